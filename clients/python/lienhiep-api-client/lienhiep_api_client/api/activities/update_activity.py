from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity import Activity
from ...models.activity_patch import ActivityPatch
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: ActivityPatch,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/activities/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/merge-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Activity | Problem | None:
    if response.status_code == 200:
        response_200 = Activity.from_dict(response.json())

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

    if response.status_code == 408:
        response_408 = Problem.from_dict(response.json())

        return response_408

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Activity | Problem]:
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
    body: ActivityPatch,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Activity | Problem]:
    """Update an activity

     Changes it with a JSON Merge Patch, checked as a whole. Staff, or a manager of the
    organising association (before and after the change). `If-Match` makes the update
    conditional.

    Args:
        id (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (ActivityPatch): Changes to an activity as a JSON Merge Patch: left out stays, `null`
            clears; `kind`,
            `title`, `organiser_kind`, `starts_on`, `visibility` and `links` cannot be
            cleared. The result is checked as a whole, like a new activity (changing `kind` means
            clearing the old kind's fields in the same patch). Example: {'participants': 135,
            'outcome': 'Kiến nghị gửi UBND tỉnh'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ActivityPatch,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Activity | Problem | None:
    """Update an activity

     Changes it with a JSON Merge Patch, checked as a whole. Staff, or a manager of the
    organising association (before and after the change). `If-Match` makes the update
    conditional.

    Args:
        id (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (ActivityPatch): Changes to an activity as a JSON Merge Patch: left out stays, `null`
            clears; `kind`,
            `title`, `organiser_kind`, `starts_on`, `visibility` and `links` cannot be
            cleared. The result is checked as a whole, like a new activity (changing `kind` means
            clearing the old kind's fields in the same patch). Example: {'participants': 135,
            'outcome': 'Kiến nghị gửi UBND tỉnh'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        if_match=if_match,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ActivityPatch,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Activity | Problem]:
    """Update an activity

     Changes it with a JSON Merge Patch, checked as a whole. Staff, or a manager of the
    organising association (before and after the change). `If-Match` makes the update
    conditional.

    Args:
        id (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (ActivityPatch): Changes to an activity as a JSON Merge Patch: left out stays, `null`
            clears; `kind`,
            `title`, `organiser_kind`, `starts_on`, `visibility` and `links` cannot be
            cleared. The result is checked as a whole, like a new activity (changing `kind` means
            clearing the old kind's fields in the same patch). Example: {'participants': 135,
            'outcome': 'Kiến nghị gửi UBND tỉnh'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        if_match=if_match,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: ActivityPatch,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Activity | Problem | None:
    """Update an activity

     Changes it with a JSON Merge Patch, checked as a whole. Staff, or a manager of the
    organising association (before and after the change). `If-Match` makes the update
    conditional.

    Args:
        id (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (ActivityPatch): Changes to an activity as a JSON Merge Patch: left out stays, `null`
            clears; `kind`,
            `title`, `organiser_kind`, `starts_on`, `visibility` and `links` cannot be
            cleared. The result is checked as a whole, like a new activity (changing `kind` means
            clearing the old kind's fields in the same patch). Example: {'participants': 135,
            'outcome': 'Kiến nghị gửi UBND tỉnh'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            if_match=if_match,
            accept_language=accept_language,
            idempotency_key=idempotency_key,
        )
    ).parsed
