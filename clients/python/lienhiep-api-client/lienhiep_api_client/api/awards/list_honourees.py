from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.honouree_page import HonoureePage
from ...models.list_honourees_decision import ListHonoureesDecision
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    decision: ListHonoureesDecision | Unset = UNSET,
    association_id: int | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["include_total"] = include_total

    json_decision: str | Unset = UNSET
    if not isinstance(decision, Unset):
        json_decision = decision.value

    params["decision"] = json_decision

    params["association_id"] = association_id

    params["category"] = category

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/honour-rounds/{id}/honourees".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HonoureePage | Problem | None:
    if response.status_code == 200:
        response_200 = HonoureePage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 431:
        response_431 = Problem.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HonoureePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    decision: ListHonoureesDecision | Unset = UNSET,
    association_id: int | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[HonoureePage | Problem]:
    """List the honourees of a round

     In Vietnamese order of given name. Staff see every proposal; association managers see
    their associations' proposals and, once the round is published, every approved honouree;
    anyone else sees the approved honourees of published rounds only, without the staff-view
    fields. Filter by `decision`, `association_id`, `category` and `q`; pages with `limit` and
    `cursor`.

    Args:
        id (int):
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        decision (ListHonoureesDecision | Unset): Honouree decisions (code list
            `honouree_decisions`; labels at `/api/v1/reference/honouree_decisions`): `pending`,
            `approved`, `rejected`
        association_id (int | Unset):
        category (str | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HonoureePage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        decision=decision,
        association_id=association_id,
        category=category,
        q=q,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    decision: ListHonoureesDecision | Unset = UNSET,
    association_id: int | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> HonoureePage | Problem | None:
    """List the honourees of a round

     In Vietnamese order of given name. Staff see every proposal; association managers see
    their associations' proposals and, once the round is published, every approved honouree;
    anyone else sees the approved honourees of published rounds only, without the staff-view
    fields. Filter by `decision`, `association_id`, `category` and `q`; pages with `limit` and
    `cursor`.

    Args:
        id (int):
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        decision (ListHonoureesDecision | Unset): Honouree decisions (code list
            `honouree_decisions`; labels at `/api/v1/reference/honouree_decisions`): `pending`,
            `approved`, `rejected`
        association_id (int | Unset):
        category (str | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HonoureePage | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        decision=decision,
        association_id=association_id,
        category=category,
        q=q,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    decision: ListHonoureesDecision | Unset = UNSET,
    association_id: int | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[HonoureePage | Problem]:
    """List the honourees of a round

     In Vietnamese order of given name. Staff see every proposal; association managers see
    their associations' proposals and, once the round is published, every approved honouree;
    anyone else sees the approved honourees of published rounds only, without the staff-view
    fields. Filter by `decision`, `association_id`, `category` and `q`; pages with `limit` and
    `cursor`.

    Args:
        id (int):
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        decision (ListHonoureesDecision | Unset): Honouree decisions (code list
            `honouree_decisions`; labels at `/api/v1/reference/honouree_decisions`): `pending`,
            `approved`, `rejected`
        association_id (int | Unset):
        category (str | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HonoureePage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        decision=decision,
        association_id=association_id,
        category=category,
        q=q,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    decision: ListHonoureesDecision | Unset = UNSET,
    association_id: int | Unset = UNSET,
    category: str | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> HonoureePage | Problem | None:
    """List the honourees of a round

     In Vietnamese order of given name. Staff see every proposal; association managers see
    their associations' proposals and, once the round is published, every approved honouree;
    anyone else sees the approved honourees of published rounds only, without the staff-view
    fields. Filter by `decision`, `association_id`, `category` and `q`; pages with `limit` and
    `cursor`.

    Args:
        id (int):
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        decision (ListHonoureesDecision | Unset): Honouree decisions (code list
            `honouree_decisions`; labels at `/api/v1/reference/honouree_decisions`): `pending`,
            `approved`, `rejected`
        association_id (int | Unset):
        category (str | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HonoureePage | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            cursor=cursor,
            include_total=include_total,
            decision=decision,
            association_id=association_id,
            category=category,
            q=q,
            accept_language=accept_language,
        )
    ).parsed
