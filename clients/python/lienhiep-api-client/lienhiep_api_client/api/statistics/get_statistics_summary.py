from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.statistics_summary import StatisticsSummary
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    year: int | Unset = UNSET,
    fresh: bool | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["year"] = year

    params["fresh"] = fresh

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statistics/summary",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | StatisticsSummary | None:
    if response.status_code == 200:
        response_200 = StatisticsSummary.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

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
) -> Response[Any | Problem | StatisticsSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    fresh: bool | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Any | Problem | StatisticsSummary]:
    """Get the statistics of a year

     Every figure of the year, grouped by resource (associations, members, annual reports,
    awards, contests, advisory, activities): the observations each resource offers. An
    association's member figures come from its roster from the year it was first synced, and
    from its annual report before (each says its `source`): add `members_total` over both
    resources for the union's total (as CSV: `GET /api/v1/statistics/summary.csv`). Figures are computed
    once per data version (it
    moves with every change of the data, and `data_version` says which one they are at), one
    computation at a time; while newer figures are computed after a change, the last complete
    ones answer at once, marked `stale` with their age in `Age` (at most
    `LIENHIEP_STATISTICS_MAX_STALENESS_SECS`, 60 by default), unless `fresh=true` asks to wait
    for the newest (a change made through another instance of the service, or its command
    line, is noticed within a quarter of a second unless `fresh=true`). Answers carry a strong
    `ETag`: `If-None-Match` gives `304` until they change. Readable
    by statistics readers, staff and admin; anyone else gets the public subset, with figures
    from 1 to one below the small-cell threshold suppressed, when `LIENHIEP_PUBLIC_STATISTICS`
    is on. Each figure is suppressed on its own: a public total next to a public breakdown can
    reveal a suppressed cell, so the public subset suits figures that are not sensitive.

    Args:
        year (int | Unset):
        fresh (bool | Unset):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | StatisticsSummary]
    """

    kwargs = _get_kwargs(
        year=year,
        fresh=fresh,
        if_none_match=if_none_match,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    fresh: bool | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Any | Problem | StatisticsSummary | None:
    """Get the statistics of a year

     Every figure of the year, grouped by resource (associations, members, annual reports,
    awards, contests, advisory, activities): the observations each resource offers. An
    association's member figures come from its roster from the year it was first synced, and
    from its annual report before (each says its `source`): add `members_total` over both
    resources for the union's total (as CSV: `GET /api/v1/statistics/summary.csv`). Figures are computed
    once per data version (it
    moves with every change of the data, and `data_version` says which one they are at), one
    computation at a time; while newer figures are computed after a change, the last complete
    ones answer at once, marked `stale` with their age in `Age` (at most
    `LIENHIEP_STATISTICS_MAX_STALENESS_SECS`, 60 by default), unless `fresh=true` asks to wait
    for the newest (a change made through another instance of the service, or its command
    line, is noticed within a quarter of a second unless `fresh=true`). Answers carry a strong
    `ETag`: `If-None-Match` gives `304` until they change. Readable
    by statistics readers, staff and admin; anyone else gets the public subset, with figures
    from 1 to one below the small-cell threshold suppressed, when `LIENHIEP_PUBLIC_STATISTICS`
    is on. Each figure is suppressed on its own: a public total next to a public breakdown can
    reveal a suppressed cell, so the public subset suits figures that are not sensitive.

    Args:
        year (int | Unset):
        fresh (bool | Unset):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | StatisticsSummary
    """

    return sync_detailed(
        client=client,
        year=year,
        fresh=fresh,
        if_none_match=if_none_match,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    fresh: bool | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Any | Problem | StatisticsSummary]:
    """Get the statistics of a year

     Every figure of the year, grouped by resource (associations, members, annual reports,
    awards, contests, advisory, activities): the observations each resource offers. An
    association's member figures come from its roster from the year it was first synced, and
    from its annual report before (each says its `source`): add `members_total` over both
    resources for the union's total (as CSV: `GET /api/v1/statistics/summary.csv`). Figures are computed
    once per data version (it
    moves with every change of the data, and `data_version` says which one they are at), one
    computation at a time; while newer figures are computed after a change, the last complete
    ones answer at once, marked `stale` with their age in `Age` (at most
    `LIENHIEP_STATISTICS_MAX_STALENESS_SECS`, 60 by default), unless `fresh=true` asks to wait
    for the newest (a change made through another instance of the service, or its command
    line, is noticed within a quarter of a second unless `fresh=true`). Answers carry a strong
    `ETag`: `If-None-Match` gives `304` until they change. Readable
    by statistics readers, staff and admin; anyone else gets the public subset, with figures
    from 1 to one below the small-cell threshold suppressed, when `LIENHIEP_PUBLIC_STATISTICS`
    is on. Each figure is suppressed on its own: a public total next to a public breakdown can
    reveal a suppressed cell, so the public subset suits figures that are not sensitive.

    Args:
        year (int | Unset):
        fresh (bool | Unset):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | StatisticsSummary]
    """

    kwargs = _get_kwargs(
        year=year,
        fresh=fresh,
        if_none_match=if_none_match,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int | Unset = UNSET,
    fresh: bool | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Any | Problem | StatisticsSummary | None:
    """Get the statistics of a year

     Every figure of the year, grouped by resource (associations, members, annual reports,
    awards, contests, advisory, activities): the observations each resource offers. An
    association's member figures come from its roster from the year it was first synced, and
    from its annual report before (each says its `source`): add `members_total` over both
    resources for the union's total (as CSV: `GET /api/v1/statistics/summary.csv`). Figures are computed
    once per data version (it
    moves with every change of the data, and `data_version` says which one they are at), one
    computation at a time; while newer figures are computed after a change, the last complete
    ones answer at once, marked `stale` with their age in `Age` (at most
    `LIENHIEP_STATISTICS_MAX_STALENESS_SECS`, 60 by default), unless `fresh=true` asks to wait
    for the newest (a change made through another instance of the service, or its command
    line, is noticed within a quarter of a second unless `fresh=true`). Answers carry a strong
    `ETag`: `If-None-Match` gives `304` until they change. Readable
    by statistics readers, staff and admin; anyone else gets the public subset, with figures
    from 1 to one below the small-cell threshold suppressed, when `LIENHIEP_PUBLIC_STATISTICS`
    is on. Each figure is suppressed on its own: a public total next to a public breakdown can
    reveal a suppressed cell, so the public subset suits figures that are not sensitive.

    Args:
        year (int | Unset):
        fresh (bool | Unset):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | StatisticsSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            year=year,
            fresh=fresh,
            if_none_match=if_none_match,
            accept_language=accept_language,
        )
    ).parsed
