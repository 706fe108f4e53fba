from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.indicator_value import IndicatorValue
from ...models.indicator_value_input import IndicatorValueInput
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    year: int,
    *,
    body: IndicatorValueInput,
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
        "url": "/api/v1/statistics/indicator-definitions/{code}/values/{year}".format(
            code=quote(str(code), safe=""),
            year=quote(str(year), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IndicatorValue | Problem | None:
    if response.status_code == 200:
        response_200 = IndicatorValue.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = IndicatorValue.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IndicatorValue | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    year: int,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueInput,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[IndicatorValue | Problem]:
    """Record an indicator's values for a year

     Writes each side of which the body sends a field, creating the record (`201`) or changing
    it (`200`): the union's side (`union_value`, only for indicators without a metric: `422`
    otherwise; `union_note`) and the national reference (`national_value` with
    `national_source`). A side the body does not name is left as it is; a side it names is
    replaced as a whole. To write one side only, `PUT` its own resource (`…/union`,
    `…/national`). Staff and admin. `If-Match` makes the write conditional on the record's
    version, which either side's change moves.

    Args:
        code (str):
        year (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (IndicatorValueInput): What staff record for an indicator and a year, both sides at
            once: the union's
            (`union_value`, `union_note`) and the national reference (`national_value`,
            `national_source`). A `PUT` replaces each side of which it sends a field and leaves the
            other as it is. At least one field. Example: {'national_value': 22.5, 'national_source':
            'Liên hiệp các hội KH&KT Việt Nam, báo cáo năm 2019', 'union_note': 'Lúc mới thành lập có
            10'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorValue | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        year=year,
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
    code: str,
    year: int,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueInput,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> IndicatorValue | Problem | None:
    """Record an indicator's values for a year

     Writes each side of which the body sends a field, creating the record (`201`) or changing
    it (`200`): the union's side (`union_value`, only for indicators without a metric: `422`
    otherwise; `union_note`) and the national reference (`national_value` with
    `national_source`). A side the body does not name is left as it is; a side it names is
    replaced as a whole. To write one side only, `PUT` its own resource (`…/union`,
    `…/national`). Staff and admin. `If-Match` makes the write conditional on the record's
    version, which either side's change moves.

    Args:
        code (str):
        year (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (IndicatorValueInput): What staff record for an indicator and a year, both sides at
            once: the union's
            (`union_value`, `union_note`) and the national reference (`national_value`,
            `national_source`). A `PUT` replaces each side of which it sends a field and leaves the
            other as it is. At least one field. Example: {'national_value': 22.5, 'national_source':
            'Liên hiệp các hội KH&KT Việt Nam, báo cáo năm 2019', 'union_note': 'Lúc mới thành lập có
            10'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorValue | Problem
    """

    return sync_detailed(
        code=code,
        year=year,
        client=client,
        body=body,
        if_match=if_match,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    code: str,
    year: int,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueInput,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[IndicatorValue | Problem]:
    """Record an indicator's values for a year

     Writes each side of which the body sends a field, creating the record (`201`) or changing
    it (`200`): the union's side (`union_value`, only for indicators without a metric: `422`
    otherwise; `union_note`) and the national reference (`national_value` with
    `national_source`). A side the body does not name is left as it is; a side it names is
    replaced as a whole. To write one side only, `PUT` its own resource (`…/union`,
    `…/national`). Staff and admin. `If-Match` makes the write conditional on the record's
    version, which either side's change moves.

    Args:
        code (str):
        year (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (IndicatorValueInput): What staff record for an indicator and a year, both sides at
            once: the union's
            (`union_value`, `union_note`) and the national reference (`national_value`,
            `national_source`). A `PUT` replaces each side of which it sends a field and leaves the
            other as it is. At least one field. Example: {'national_value': 22.5, 'national_source':
            'Liên hiệp các hội KH&KT Việt Nam, báo cáo năm 2019', 'union_note': 'Lúc mới thành lập có
            10'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IndicatorValue | Problem]
    """

    kwargs = _get_kwargs(
        code=code,
        year=year,
        body=body,
        if_match=if_match,
        accept_language=accept_language,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    year: int,
    *,
    client: AuthenticatedClient,
    body: IndicatorValueInput,
    if_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,
) -> IndicatorValue | Problem | None:
    """Record an indicator's values for a year

     Writes each side of which the body sends a field, creating the record (`201`) or changing
    it (`200`): the union's side (`union_value`, only for indicators without a metric: `422`
    otherwise; `union_note`) and the national reference (`national_value` with
    `national_source`). A side the body does not name is left as it is; a side it names is
    replaced as a whole. To write one side only, `PUT` its own resource (`…/union`,
    `…/national`). Staff and admin. `If-Match` makes the write conditional on the record's
    version, which either side's change moves.

    Args:
        code (str):
        year (int):
        if_match (None | str | Unset):
        accept_language (None | str | Unset):
        idempotency_key (None | str | Unset):
        body (IndicatorValueInput): What staff record for an indicator and a year, both sides at
            once: the union's
            (`union_value`, `union_note`) and the national reference (`national_value`,
            `national_source`). A `PUT` replaces each side of which it sends a field and leaves the
            other as it is. At least one field. Example: {'national_value': 22.5, 'national_source':
            'Liên hiệp các hội KH&KT Việt Nam, báo cáo năm 2019', 'union_note': 'Lúc mới thành lập có
            10'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IndicatorValue | Problem
    """

    return (
        await asyncio_detailed(
            code=code,
            year=year,
            client=client,
            body=body,
            if_match=if_match,
            accept_language=accept_language,
            idempotency_key=idempotency_key,
        )
    ).parsed
