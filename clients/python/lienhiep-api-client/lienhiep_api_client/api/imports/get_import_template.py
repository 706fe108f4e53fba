from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


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
        "url": "/api/v1/imports/{kind}/template.xlsx".format(
            kind=quote(str(kind), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
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
) -> Response[File | Problem]:
    """Get an import's template

     An XLSX workbook to fill in and import: a sheet with the Vietnamese headers (drop-downs
    from the code lists, text format where leading zeros matter), and a second sheet, *Hướng
    dẫn*, explaining each column. Anyone may read it. An association's roster template with
    its branches in a drop-down is at `/associations/{id}/roster/template.xlsx`.

    Args:
        kind (str):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
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
) -> File | Problem | None:
    """Get an import's template

     An XLSX workbook to fill in and import: a sheet with the Vietnamese headers (drop-downs
    from the code lists, text format where leading zeros matter), and a second sheet, *Hướng
    dẫn*, explaining each column. Anyone may read it. An association's roster template with
    its branches in a drop-down is at `/associations/{id}/roster/template.xlsx`.

    Args:
        kind (str):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
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
) -> Response[File | Problem]:
    """Get an import's template

     An XLSX workbook to fill in and import: a sheet with the Vietnamese headers (drop-downs
    from the code lists, text format where leading zeros matter), and a second sheet, *Hướng
    dẫn*, explaining each column. Anyone may read it. An association's roster template with
    its branches in a drop-down is at `/associations/{id}/roster/template.xlsx`.

    Args:
        kind (str):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
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
) -> File | Problem | None:
    """Get an import's template

     An XLSX workbook to fill in and import: a sheet with the Vietnamese headers (drop-downs
    from the code lists, text format where leading zeros matter), and a second sheet, *Hướng
    dẫn*, explaining each column. Anyone may read it. An association's roster template with
    its branches in a drop-down is at `/associations/{id}/roster/template.xlsx`.

    Args:
        kind (str):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            kind=kind,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
