from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.advisory_expert import AdvisoryExpert
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    expert_id: int,
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
        "url": "/api/v1/advisory-opinions/{id}/experts/{expert_id}".format(
            id=quote(str(id), safe=""),
            expert_id=quote(str(expert_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdvisoryExpert | Any | Problem | None:
    if response.status_code == 200:
        response_200 = AdvisoryExpert.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[AdvisoryExpert | Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    expert_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[AdvisoryExpert | Any | Problem]:
    """Get a person on a case

     Staff, admin and the experts on the case. Answers carry `ETag`; `If-None-Match` gives `304`.

    Args:
        id (int):
        expert_id (int):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvisoryExpert | Any | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        expert_id=expert_id,
        if_none_match=if_none_match,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    expert_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> AdvisoryExpert | Any | Problem | None:
    """Get a person on a case

     Staff, admin and the experts on the case. Answers carry `ETag`; `If-None-Match` gives `304`.

    Args:
        id (int):
        expert_id (int):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvisoryExpert | Any | Problem
    """

    return sync_detailed(
        id=id,
        expert_id=expert_id,
        client=client,
        if_none_match=if_none_match,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    id: int,
    expert_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[AdvisoryExpert | Any | Problem]:
    """Get a person on a case

     Staff, admin and the experts on the case. Answers carry `ETag`; `If-None-Match` gives `304`.

    Args:
        id (int):
        expert_id (int):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvisoryExpert | Any | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        expert_id=expert_id,
        if_none_match=if_none_match,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    expert_id: int,
    *,
    client: AuthenticatedClient,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> AdvisoryExpert | Any | Problem | None:
    """Get a person on a case

     Staff, admin and the experts on the case. Answers carry `ETag`; `If-None-Match` gives `304`.

    Args:
        id (int):
        expert_id (int):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvisoryExpert | Any | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            expert_id=expert_id,
            client=client,
            if_none_match=if_none_match,
            accept_language=accept_language,
        )
    ).parsed
