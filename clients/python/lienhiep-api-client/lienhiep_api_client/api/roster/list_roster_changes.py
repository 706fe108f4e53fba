from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.roster_changes import RosterChanges
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/associations/{id}/roster/changes".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RosterChanges | None:
    if response.status_code == 200:
        response_200 = RosterChanges.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

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
) -> Response[Problem | RosterChanges]:
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | RosterChanges]:
    """Roster changes

     For systems that mirror a roster: the memberships of the association written since
    `cursor` (created, updated, and left or deceased ones as tombstones), in the order the
    writes committed, each once as it is now. Start without a cursor (every membership), then
    keep the `next_cursor` of each answer and ask again, at once while `has_more`, later for
    what changed since. A cursor from another database (after a restore or a copy) is expired:
    `410`, start again from a full export. Admin, staff, or the association's own managers.

    Args:
        id (int):
        cursor (str | Unset):
        limit (int | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterChanges]
    """

    kwargs = _get_kwargs(
        id=id,
        cursor=cursor,
        limit=limit,
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
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | RosterChanges | None:
    """Roster changes

     For systems that mirror a roster: the memberships of the association written since
    `cursor` (created, updated, and left or deceased ones as tombstones), in the order the
    writes committed, each once as it is now. Start without a cursor (every membership), then
    keep the `next_cursor` of each answer and ask again, at once while `has_more`, later for
    what changed since. A cursor from another database (after a restore or a copy) is expired:
    `410`, start again from a full export. Admin, staff, or the association's own managers.

    Args:
        id (int):
        cursor (str | Unset):
        limit (int | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RosterChanges
    """

    return sync_detailed(
        id=id,
        client=client,
        cursor=cursor,
        limit=limit,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | RosterChanges]:
    """Roster changes

     For systems that mirror a roster: the memberships of the association written since
    `cursor` (created, updated, and left or deceased ones as tombstones), in the order the
    writes committed, each once as it is now. Start without a cursor (every membership), then
    keep the `next_cursor` of each answer and ask again, at once while `has_more`, later for
    what changed since. A cursor from another database (after a restore or a copy) is expired:
    `410`, start again from a full export. Admin, staff, or the association's own managers.

    Args:
        id (int):
        cursor (str | Unset):
        limit (int | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RosterChanges]
    """

    kwargs = _get_kwargs(
        id=id,
        cursor=cursor,
        limit=limit,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | RosterChanges | None:
    """Roster changes

     For systems that mirror a roster: the memberships of the association written since
    `cursor` (created, updated, and left or deceased ones as tombstones), in the order the
    writes committed, each once as it is now. Start without a cursor (every membership), then
    keep the `next_cursor` of each answer and ask again, at once while `has_more`, later for
    what changed since. A cursor from another database (after a restore or a copy) is expired:
    `410`, start again from a full export. Admin, staff, or the association's own managers.

    Args:
        id (int):
        cursor (str | Unset):
        limit (int | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RosterChanges
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            cursor=cursor,
            limit=limit,
            accept_language=accept_language,
        )
    ).parsed
