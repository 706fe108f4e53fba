from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entry_international_award import EntryInternationalAward
from ...models.entry_international_award_input import EntryInternationalAwardInput
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    body: EntryInternationalAwardInput,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/entries/{id}/international-awards".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EntryInternationalAward | Problem | None:
    if response.status_code == 201:
        response_201 = EntryInternationalAward.from_dict(response.json())

        return response_201

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EntryInternationalAward | Problem]:
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
    body: EntryInternationalAwardInput,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[EntryInternationalAward | Problem]:
    """Record an award an entry won abroad

     Once the edition's results are published, for an entry not withdrawn; the year not
    before the edition's nor in the future. Several awards at one event are several records
    (an organisers' medal and a delegation's special prize). A correction is a `DELETE` and
    a new record. Staff and admin only.

    Args:
        id (int):
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (EntryInternationalAwardInput): Records an award an entry won abroad. Example:
            {'event': 'Triển lãm quốc tế sáng chế dành cho thanh thiếu niên (IYIA)', 'country': 'In-
            đô-nê-xi-a', 'year': 2018, 'award': 'special_prize', 'awarded_by': 'Đoàn Ma Cao'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntryInternationalAward | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
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
    body: EntryInternationalAwardInput,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> EntryInternationalAward | Problem | None:
    """Record an award an entry won abroad

     Once the edition's results are published, for an entry not withdrawn; the year not
    before the edition's nor in the future. Several awards at one event are several records
    (an organisers' medal and a delegation's special prize). A correction is a `DELETE` and
    a new record. Staff and admin only.

    Args:
        id (int):
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (EntryInternationalAwardInput): Records an award an entry won abroad. Example:
            {'event': 'Triển lãm quốc tế sáng chế dành cho thanh thiếu niên (IYIA)', 'country': 'In-
            đô-nê-xi-a', 'year': 2018, 'award': 'special_prize', 'awarded_by': 'Đoàn Ma Cao'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntryInternationalAward | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: EntryInternationalAwardInput,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[EntryInternationalAward | Problem]:
    """Record an award an entry won abroad

     Once the edition's results are published, for an entry not withdrawn; the year not
    before the edition's nor in the future. Several awards at one event are several records
    (an organisers' medal and a delegation's special prize). A correction is a `DELETE` and
    a new record. Staff and admin only.

    Args:
        id (int):
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (EntryInternationalAwardInput): Records an award an entry won abroad. Example:
            {'event': 'Triển lãm quốc tế sáng chế dành cho thanh thiếu niên (IYIA)', 'country': 'In-
            đô-nê-xi-a', 'year': 2018, 'award': 'special_prize', 'awarded_by': 'Đoàn Ma Cao'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EntryInternationalAward | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: EntryInternationalAwardInput,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> EntryInternationalAward | Problem | None:
    """Record an award an entry won abroad

     Once the edition's results are published, for an entry not withdrawn; the year not
    before the edition's nor in the future. Several awards at one event are several records
    (an organisers' medal and a delegation's special prize). A correction is a `DELETE` and
    a new record. Staff and admin only.

    Args:
        id (int):
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (EntryInternationalAwardInput): Records an award an entry won abroad. Example:
            {'event': 'Triển lãm quốc tế sáng chế dành cho thanh thiếu niên (IYIA)', 'country': 'In-
            đô-nê-xi-a', 'year': 2018, 'award': 'special_prize', 'awarded_by': 'Đoàn Ma Cao'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EntryInternationalAward | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            accept_language=accept_language,
        )
    ).parsed
