from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.branch_list import BranchList
from ...models.list_branches_status import ListBranchesStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    status: ListBranchesStatus | Unset = UNSET,
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
        "url": "/api/v1/associations/{id}/branches".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BranchList | Problem | None:
    if response.status_code == 200:
        response_200 = BranchList.from_dict(response.json())

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
) -> Response[BranchList | Problem]:
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
    status: ListBranchesStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[BranchList | Problem]:
    """List the branches of an association

     All branches of one association in Vietnamese name order, readable by anyone; filter by
    `status`.

    Args:
        id (int):
        status (ListBranchesStatus | Unset): Branch statuses (code list `branch_statuses`; labels
            at `/api/v1/reference/branch_statuses`): `active`, `inactive`, `dissolved`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BranchList | Problem]
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
    status: ListBranchesStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> BranchList | Problem | None:
    """List the branches of an association

     All branches of one association in Vietnamese name order, readable by anyone; filter by
    `status`.

    Args:
        id (int):
        status (ListBranchesStatus | Unset): Branch statuses (code list `branch_statuses`; labels
            at `/api/v1/reference/branch_statuses`): `active`, `inactive`, `dissolved`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BranchList | Problem
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
    status: ListBranchesStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[BranchList | Problem]:
    """List the branches of an association

     All branches of one association in Vietnamese name order, readable by anyone; filter by
    `status`.

    Args:
        id (int):
        status (ListBranchesStatus | Unset): Branch statuses (code list `branch_statuses`; labels
            at `/api/v1/reference/branch_statuses`): `active`, `inactive`, `dissolved`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BranchList | Problem]
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
    status: ListBranchesStatus | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> BranchList | Problem | None:
    """List the branches of an association

     All branches of one association in Vietnamese name order, readable by anyone; filter by
    `status`.

    Args:
        id (int):
        status (ListBranchesStatus | Unset): Branch statuses (code list `branch_statuses`; labels
            at `/api/v1/reference/branch_statuses`): `active`, `inactive`, `dissolved`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BranchList | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            status=status,
            accept_language=accept_language,
        )
    ).parsed
