from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.term_input import TermInput
from ...models.union_term import UnionTerm
from ...types import UNSET, Response, Unset


def _get_kwargs(
    number: int,
    *,
    body: TermInput,
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
        "method": "put",
        "url": "/api/v1/union/terms/{number}".format(
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | UnionTerm | None:
    if response.status_code == 200:
        response_200 = UnionTerm.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = UnionTerm.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | UnionTerm]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    body: TermInput,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | UnionTerm]:
    """Record a congress term

     Creates (`201`) or replaces (`200`) it; the other records of the union stay as they are.
    Staff and admin. `If-Match` makes a replacement conditional (`412`).

    Args:
        number (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (TermInput): A congress term (nhiệm kỳ) of the union; a `PUT` sets all of it.
            Example: {'congress_on': '2015-10-16', 'first_year': 2015, 'last_year': 2020,
            'standing_committee': [{'name': 'Nguyễn Văn An', 'position': 'Chủ tịch'}],
            'executive_committee_size': 25, 'fatherland_front_delegates': 1, 'note': 'Đại hội lần thứ
            II'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnionTerm]
    """

    kwargs = _get_kwargs(
        number=number,
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
    number: int,
    *,
    client: AuthenticatedClient,
    body: TermInput,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | UnionTerm | None:
    """Record a congress term

     Creates (`201`) or replaces (`200`) it; the other records of the union stay as they are.
    Staff and admin. `If-Match` makes a replacement conditional (`412`).

    Args:
        number (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (TermInput): A congress term (nhiệm kỳ) of the union; a `PUT` sets all of it.
            Example: {'congress_on': '2015-10-16', 'first_year': 2015, 'last_year': 2020,
            'standing_committee': [{'name': 'Nguyễn Văn An', 'position': 'Chủ tịch'}],
            'executive_committee_size': 25, 'fatherland_front_delegates': 1, 'note': 'Đại hội lần thứ
            II'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnionTerm
    """

    return sync_detailed(
        number=number,
        client=client,
        body=body,
        if_match=if_match,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    body: TermInput,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[Problem | UnionTerm]:
    """Record a congress term

     Creates (`201`) or replaces (`200`) it; the other records of the union stay as they are.
    Staff and admin. `If-Match` makes a replacement conditional (`412`).

    Args:
        number (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (TermInput): A congress term (nhiệm kỳ) of the union; a `PUT` sets all of it.
            Example: {'congress_on': '2015-10-16', 'first_year': 2015, 'last_year': 2020,
            'standing_committee': [{'name': 'Nguyễn Văn An', 'position': 'Chủ tịch'}],
            'executive_committee_size': 25, 'fatherland_front_delegates': 1, 'note': 'Đại hội lần thứ
            II'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | UnionTerm]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
        if_match=if_match,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    *,
    client: AuthenticatedClient,
    body: TermInput,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Problem | UnionTerm | None:
    """Record a congress term

     Creates (`201`) or replaces (`200`) it; the other records of the union stay as they are.
    Staff and admin. `If-Match` makes a replacement conditional (`412`).

    Args:
        number (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (TermInput): A congress term (nhiệm kỳ) of the union; a `PUT` sets all of it.
            Example: {'congress_on': '2015-10-16', 'first_year': 2015, 'last_year': 2020,
            'standing_committee': [{'name': 'Nguyễn Văn An', 'position': 'Chủ tịch'}],
            'executive_committee_size': 25, 'fatherland_front_delegates': 1, 'note': 'Đại hội lần thứ
            II'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | UnionTerm
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
            body=body,
            if_match=if_match,
            accept_language=accept_language,
            idempotency_key=idempotency_key,
        )
    ).parsed
