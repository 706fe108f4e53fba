from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_columns import ImportColumns
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    kind: str,
    *,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/imports/{kind}/columns".format(
            kind=quote(str(kind), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ImportColumns | Problem | None:
    if response.status_code == 200:
        response_200 = ImportColumns.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

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
) -> Response[ImportColumns | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    kind: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: None | str | Unset = UNSET,
) -> Response[ImportColumns | Problem]:
    """Get the columns of an import

     The columns of one import's files (`roster`, `honourees`, `contest_entries`,
    `advisory_cases`, `activities`), as `GET /imports` lists them. Anyone may read it.

    Args:
        kind (str):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportColumns | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    kind: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: None | str | Unset = UNSET,
) -> ImportColumns | Problem | None:
    """Get the columns of an import

     The columns of one import's files (`roster`, `honourees`, `contest_entries`,
    `advisory_cases`, `activities`), as `GET /imports` lists them. Anyone may read it.

    Args:
        kind (str):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportColumns | Problem
    """

    return sync_detailed(
        kind=kind,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    kind: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: None | str | Unset = UNSET,
) -> Response[ImportColumns | Problem]:
    """Get the columns of an import

     The columns of one import's files (`roster`, `honourees`, `contest_entries`,
    `advisory_cases`, `activities`), as `GET /imports` lists them. Anyone may read it.

    Args:
        kind (str):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportColumns | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    kind: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: None | str | Unset = UNSET,
) -> ImportColumns | Problem | None:
    """Get the columns of an import

     The columns of one import's files (`roster`, `honourees`, `contest_entries`,
    `advisory_cases`, `activities`), as `GET /imports` lists them. Anyone may read it.

    Args:
        kind (str):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportColumns | Problem
    """

    return (
        await asyncio_detailed(
            kind=kind,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
