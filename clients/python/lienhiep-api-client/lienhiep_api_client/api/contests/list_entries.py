from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entry_page import EntryPage
from ...models.list_entries_status import ListEntriesStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    status: ListEntriesStatus | Unset = UNSET,
    association_id: int | Unset = UNSET,
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

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["association_id"] = association_id

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/editions/{id}/entries".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EntryPage | Problem | None:
    if response.status_code == 200:
        response_200 = EntryPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EntryPage | Problem]:
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
    status: ListEntriesStatus | Unset = UNSET,
    association_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[EntryPage | Problem]:
    """List the entries of an edition

     In submission order. Staff see every entry; an association manager its associations'
    entries; a judge the entries assigned to them; once results are published, anyone also
    sees the eligible entries (pupils under 18 named as the contest says). An edition the
    caller may not see is a `404`. Filter by `status`, `association_id` and `q`; pages with
    `limit` and `cursor`.

    Args:
        id (int):
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        status (ListEntriesStatus | Unset): Contest entry statuses (code list `entry_statuses`;
            labels at `/api/v1/reference/entry_statuses`): `submitted`, `eligible`, `ineligible`,
            `withdrawn`
        association_id (int | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntryPage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        status=status,
        association_id=association_id,
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
    status: ListEntriesStatus | Unset = UNSET,
    association_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> EntryPage | Problem | None:
    """List the entries of an edition

     In submission order. Staff see every entry; an association manager its associations'
    entries; a judge the entries assigned to them; once results are published, anyone also
    sees the eligible entries (pupils under 18 named as the contest says). An edition the
    caller may not see is a `404`. Filter by `status`, `association_id` and `q`; pages with
    `limit` and `cursor`.

    Args:
        id (int):
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        status (ListEntriesStatus | Unset): Contest entry statuses (code list `entry_statuses`;
            labels at `/api/v1/reference/entry_statuses`): `submitted`, `eligible`, `ineligible`,
            `withdrawn`
        association_id (int | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntryPage | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        status=status,
        association_id=association_id,
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
    status: ListEntriesStatus | Unset = UNSET,
    association_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[EntryPage | Problem]:
    """List the entries of an edition

     In submission order. Staff see every entry; an association manager its associations'
    entries; a judge the entries assigned to them; once results are published, anyone also
    sees the eligible entries (pupils under 18 named as the contest says). An edition the
    caller may not see is a `404`. Filter by `status`, `association_id` and `q`; pages with
    `limit` and `cursor`.

    Args:
        id (int):
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        status (ListEntriesStatus | Unset): Contest entry statuses (code list `entry_statuses`;
            labels at `/api/v1/reference/entry_statuses`): `submitted`, `eligible`, `ineligible`,
            `withdrawn`
        association_id (int | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntryPage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        status=status,
        association_id=association_id,
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
    status: ListEntriesStatus | Unset = UNSET,
    association_id: int | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> EntryPage | Problem | None:
    """List the entries of an edition

     In submission order. Staff see every entry; an association manager its associations'
    entries; a judge the entries assigned to them; once results are published, anyone also
    sees the eligible entries (pupils under 18 named as the contest says). An edition the
    caller may not see is a `404`. Filter by `status`, `association_id` and `q`; pages with
    `limit` and `cursor`.

    Args:
        id (int):
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        status (ListEntriesStatus | Unset): Contest entry statuses (code list `entry_statuses`;
            labels at `/api/v1/reference/entry_statuses`): `submitted`, `eligible`, `ineligible`,
            `withdrawn`
        association_id (int | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntryPage | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            cursor=cursor,
            include_total=include_total,
            status=status,
            association_id=association_id,
            q=q,
            accept_language=accept_language,
        )
    ).parsed
