from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.honour_round_list import HonourRoundList
from ...models.list_honour_rounds_status import ListHonourRoundsStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: int | Unset = UNSET,
    status: ListHonourRoundsStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["year"] = year

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/honour-rounds",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HonourRoundList | Problem | None:
    if response.status_code == 200:
        response_200 = HonourRoundList.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[HonourRoundList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    status: ListHonourRoundsStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[HonourRoundList | Problem]:
    """List honour rounds

     Rounds of honouring outstanding intellectuals, newest year first. Anonymous readers (and
    any role without a say in rounds) see published rounds only; association managers and
    staff see every round.

    Args:
        year (int | Unset):
        status (ListHonourRoundsStatus | Unset): Honour round statuses (code list
            `honour_round_statuses`; labels at `/api/v1/reference/honour_round_statuses`): `planned`,
            `nominations_open`, `under_review`, `published`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HonourRoundList | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
        status=status,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    status: ListHonourRoundsStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> HonourRoundList | Problem | None:
    """List honour rounds

     Rounds of honouring outstanding intellectuals, newest year first. Anonymous readers (and
    any role without a say in rounds) see published rounds only; association managers and
    staff see every round.

    Args:
        year (int | Unset):
        status (ListHonourRoundsStatus | Unset): Honour round statuses (code list
            `honour_round_statuses`; labels at `/api/v1/reference/honour_round_statuses`): `planned`,
            `nominations_open`, `under_review`, `published`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HonourRoundList | Problem
    """

    return sync_detailed(
        client=client,
        year=year,
        status=status,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    status: ListHonourRoundsStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[HonourRoundList | Problem]:
    """List honour rounds

     Rounds of honouring outstanding intellectuals, newest year first. Anonymous readers (and
    any role without a say in rounds) see published rounds only; association managers and
    staff see every round.

    Args:
        year (int | Unset):
        status (ListHonourRoundsStatus | Unset): Honour round statuses (code list
            `honour_round_statuses`; labels at `/api/v1/reference/honour_round_statuses`): `planned`,
            `nominations_open`, `under_review`, `published`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HonourRoundList | Problem]
    """

    kwargs = _get_kwargs(
        year=year,
        status=status,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    status: ListHonourRoundsStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> HonourRoundList | Problem | None:
    """List honour rounds

     Rounds of honouring outstanding intellectuals, newest year first. Anonymous readers (and
    any role without a say in rounds) see published rounds only; association managers and
    staff see every round.

    Args:
        year (int | Unset):
        status (ListHonourRoundsStatus | Unset): Honour round statuses (code list
            `honour_round_statuses`; labels at `/api/v1/reference/honour_round_statuses`): `planned`,
            `nominations_open`, `under_review`, `published`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HonourRoundList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            status=status,
            accept_language=accept_language,
        )
    ).parsed
