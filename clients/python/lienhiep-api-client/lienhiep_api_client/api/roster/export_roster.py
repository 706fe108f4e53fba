from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.membership_status import MembershipStatus
from ...models.problem import Problem
from ...models.roster_record import RosterRecord
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    status: MembershipStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/associations/{id}/roster".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | list[RosterRecord] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = RosterRecord.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Problem | list[RosterRecord]]:
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
    status: MembershipStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | list[RosterRecord]]:
    """Export a roster

     The association's members as a JSON array of records, in the columns that sync reads, so
    that exporting and syncing back changes nothing (as a file: `…/roster.csv`,
    `…/roster.xlsx`). Streamed in batches: memory stays flat at any size. The national ID is
    never exported. Admin, staff, or the association's own managers.

    Args:
        id (int):
        status (MembershipStatus | Unset): Membership statuses (code list `membership_statuses`;
            labels at `/api/v1/reference/membership_statuses`): `active`, `left`, `deceased`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[RosterRecord]]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
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
    status: MembershipStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | list[RosterRecord] | None:
    """Export a roster

     The association's members as a JSON array of records, in the columns that sync reads, so
    that exporting and syncing back changes nothing (as a file: `…/roster.csv`,
    `…/roster.xlsx`). Streamed in batches: memory stays flat at any size. The national ID is
    never exported. Admin, staff, or the association's own managers.

    Args:
        id (int):
        status (MembershipStatus | Unset): Membership statuses (code list `membership_statuses`;
            labels at `/api/v1/reference/membership_statuses`): `active`, `left`, `deceased`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[RosterRecord]
    """

    return sync_detailed(
        id=id,
        client=client,
        status=status,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    status: MembershipStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Problem | list[RosterRecord]]:
    """Export a roster

     The association's members as a JSON array of records, in the columns that sync reads, so
    that exporting and syncing back changes nothing (as a file: `…/roster.csv`,
    `…/roster.xlsx`). Streamed in batches: memory stays flat at any size. The national ID is
    never exported. Admin, staff, or the association's own managers.

    Args:
        id (int):
        status (MembershipStatus | Unset): Membership statuses (code list `membership_statuses`;
            labels at `/api/v1/reference/membership_statuses`): `active`, `left`, `deceased`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[RosterRecord]]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    status: MembershipStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Problem | list[RosterRecord] | None:
    """Export a roster

     The association's members as a JSON array of records, in the columns that sync reads, so
    that exporting and syncing back changes nothing (as a file: `…/roster.csv`,
    `…/roster.xlsx`). Streamed in batches: memory stays flat at any size. The national ID is
    never exported. Admin, staff, or the association's own managers.

    Args:
        id (int):
        status (MembershipStatus | Unset): Membership statuses (code list `membership_statuses`;
            labels at `/api/v1/reference/membership_statuses`): `active`, `left`, `deceased`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[RosterRecord]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            status=status,
            accept_language=accept_language,
        )
    ).parsed
