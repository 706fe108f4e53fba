from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.reference_list import ReferenceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_: str,
    *,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reference/{list_}".format(
            list_=quote(str(list_), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | ReferenceList | None:
    if response.status_code == 200:
        response_200 = ReferenceList.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Problem | ReferenceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Any | Problem | ReferenceList]:
    """Get one reference list

     All values of one list, in display order, with code, Vietnamese and English label. The
    code is what other resources store and accept. Anyone may read it. Answers carry an
    `ETag`; send it back in `If-None-Match` to get `304`.

    Args:
        list_ (str):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ReferenceList]
    """

    kwargs = _get_kwargs(
        list_=list_,
        if_none_match=if_none_match,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Any | Problem | ReferenceList | None:
    """Get one reference list

     All values of one list, in display order, with code, Vietnamese and English label. The
    code is what other resources store and accept. Anyone may read it. Answers carry an
    `ETag`; send it back in `If-None-Match` to get `304`.

    Args:
        list_ (str):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ReferenceList
    """

    return sync_detailed(
        list_=list_,
        client=client,
        if_none_match=if_none_match,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    list_: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Any | Problem | ReferenceList]:
    """Get one reference list

     All values of one list, in display order, with code, Vietnamese and English label. The
    code is what other resources store and accept. Anyone may read it. Answers carry an
    `ETag`; send it back in `If-None-Match` to get `304`.

    Args:
        list_ (str):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | ReferenceList]
    """

    kwargs = _get_kwargs(
        list_=list_,
        if_none_match=if_none_match,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_: str,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Any | Problem | ReferenceList | None:
    """Get one reference list

     All values of one list, in display order, with code, Vietnamese and English label. The
    code is what other resources store and accept. Anyone may read it. Answers carry an
    `ETag`; send it back in `If-None-Match` to get `304`.

    Args:
        list_ (str):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | ReferenceList
    """

    return (
        await asyncio_detailed(
            list_=list_,
            client=client,
            if_none_match=if_none_match,
            accept_language=accept_language,
        )
    ).parsed
