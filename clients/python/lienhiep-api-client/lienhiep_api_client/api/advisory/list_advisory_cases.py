from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.advisory_case_page import AdvisoryCasePage
from ...models.list_advisory_cases_kind import ListAdvisoryCasesKind
from ...models.list_advisory_cases_requester import ListAdvisoryCasesRequester
from ...models.list_advisory_cases_status import ListAdvisoryCasesStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    kind: ListAdvisoryCasesKind | Unset = UNSET,
    requester: ListAdvisoryCasesRequester | Unset = UNSET,
    status: ListAdvisoryCasesStatus | Unset = UNSET,
    year: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["include_total"] = include_total

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_requester: str | Unset = UNSET
    if not isinstance(requester, Unset):
        json_requester = requester.value

    params["requester"] = json_requester

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["year"] = year

    params["overdue"] = overdue

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/advisory-opinions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdvisoryCasePage | Problem | None:
    if response.status_code == 200:
        response_200 = AdvisoryCasePage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[AdvisoryCasePage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    kind: ListAdvisoryCasesKind | Unset = UNSET,
    requester: ListAdvisoryCasesRequester | Unset = UNSET,
    status: ListAdvisoryCasesStatus | Unset = UNSET,
    year: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[AdvisoryCasePage | Problem]:
    """List advisory cases

     Newest receipt first. Staff see every case; an expert sees the cases they are on, in
    full, and public, closed cases; anyone else sees public, closed cases only (title, kind,
    requester, dates, outcome). Filter by `kind`, `requester`, `status`, `year`
    (of receipt), `overdue=true` (open cases past `due_on`) and `q`; pages with `limit` and
    `cursor`. Each case reports `days_to_respond`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        kind (ListAdvisoryCasesKind | Unset): Advisory kinds (code list `advisory_kinds`; labels
            at `/api/v1/reference/advisory_kinds`): `consultation`, `critique`, `social_assessment`,
            `draft_law_comment`
        requester (ListAdvisoryCasesRequester | Unset): Advisory requesters (code list
            `advisory_requesters`; labels at `/api/v1/reference/advisory_requesters`):
            `party_committee_standing_board`, `peoples_committee`, `peoples_council`,
            `fatherland_front`, `national_assembly_delegation`, `department`, `enterprise`, `other`
        status (ListAdvisoryCasesStatus | Unset): Advisory case statuses (code list
            `advisory_statuses`; labels at `/api/v1/reference/advisory_statuses`): `received`,
            `accepted`, `declined`, `in_progress`, `opinion_submitted`, `outcome_recorded`, `closed`
        year (int | Unset):
        overdue (bool | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvisoryCasePage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        kind=kind,
        requester=requester,
        status=status,
        year=year,
        overdue=overdue,
        q=q,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    kind: ListAdvisoryCasesKind | Unset = UNSET,
    requester: ListAdvisoryCasesRequester | Unset = UNSET,
    status: ListAdvisoryCasesStatus | Unset = UNSET,
    year: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> AdvisoryCasePage | Problem | None:
    """List advisory cases

     Newest receipt first. Staff see every case; an expert sees the cases they are on, in
    full, and public, closed cases; anyone else sees public, closed cases only (title, kind,
    requester, dates, outcome). Filter by `kind`, `requester`, `status`, `year`
    (of receipt), `overdue=true` (open cases past `due_on`) and `q`; pages with `limit` and
    `cursor`. Each case reports `days_to_respond`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        kind (ListAdvisoryCasesKind | Unset): Advisory kinds (code list `advisory_kinds`; labels
            at `/api/v1/reference/advisory_kinds`): `consultation`, `critique`, `social_assessment`,
            `draft_law_comment`
        requester (ListAdvisoryCasesRequester | Unset): Advisory requesters (code list
            `advisory_requesters`; labels at `/api/v1/reference/advisory_requesters`):
            `party_committee_standing_board`, `peoples_committee`, `peoples_council`,
            `fatherland_front`, `national_assembly_delegation`, `department`, `enterprise`, `other`
        status (ListAdvisoryCasesStatus | Unset): Advisory case statuses (code list
            `advisory_statuses`; labels at `/api/v1/reference/advisory_statuses`): `received`,
            `accepted`, `declined`, `in_progress`, `opinion_submitted`, `outcome_recorded`, `closed`
        year (int | Unset):
        overdue (bool | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvisoryCasePage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        kind=kind,
        requester=requester,
        status=status,
        year=year,
        overdue=overdue,
        q=q,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    kind: ListAdvisoryCasesKind | Unset = UNSET,
    requester: ListAdvisoryCasesRequester | Unset = UNSET,
    status: ListAdvisoryCasesStatus | Unset = UNSET,
    year: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[AdvisoryCasePage | Problem]:
    """List advisory cases

     Newest receipt first. Staff see every case; an expert sees the cases they are on, in
    full, and public, closed cases; anyone else sees public, closed cases only (title, kind,
    requester, dates, outcome). Filter by `kind`, `requester`, `status`, `year`
    (of receipt), `overdue=true` (open cases past `due_on`) and `q`; pages with `limit` and
    `cursor`. Each case reports `days_to_respond`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        kind (ListAdvisoryCasesKind | Unset): Advisory kinds (code list `advisory_kinds`; labels
            at `/api/v1/reference/advisory_kinds`): `consultation`, `critique`, `social_assessment`,
            `draft_law_comment`
        requester (ListAdvisoryCasesRequester | Unset): Advisory requesters (code list
            `advisory_requesters`; labels at `/api/v1/reference/advisory_requesters`):
            `party_committee_standing_board`, `peoples_committee`, `peoples_council`,
            `fatherland_front`, `national_assembly_delegation`, `department`, `enterprise`, `other`
        status (ListAdvisoryCasesStatus | Unset): Advisory case statuses (code list
            `advisory_statuses`; labels at `/api/v1/reference/advisory_statuses`): `received`,
            `accepted`, `declined`, `in_progress`, `opinion_submitted`, `outcome_recorded`, `closed`
        year (int | Unset):
        overdue (bool | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AdvisoryCasePage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        kind=kind,
        requester=requester,
        status=status,
        year=year,
        overdue=overdue,
        q=q,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    kind: ListAdvisoryCasesKind | Unset = UNSET,
    requester: ListAdvisoryCasesRequester | Unset = UNSET,
    status: ListAdvisoryCasesStatus | Unset = UNSET,
    year: int | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> AdvisoryCasePage | Problem | None:
    """List advisory cases

     Newest receipt first. Staff see every case; an expert sees the cases they are on, in
    full, and public, closed cases; anyone else sees public, closed cases only (title, kind,
    requester, dates, outcome). Filter by `kind`, `requester`, `status`, `year`
    (of receipt), `overdue=true` (open cases past `due_on`) and `q`; pages with `limit` and
    `cursor`. Each case reports `days_to_respond`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        kind (ListAdvisoryCasesKind | Unset): Advisory kinds (code list `advisory_kinds`; labels
            at `/api/v1/reference/advisory_kinds`): `consultation`, `critique`, `social_assessment`,
            `draft_law_comment`
        requester (ListAdvisoryCasesRequester | Unset): Advisory requesters (code list
            `advisory_requesters`; labels at `/api/v1/reference/advisory_requesters`):
            `party_committee_standing_board`, `peoples_committee`, `peoples_council`,
            `fatherland_front`, `national_assembly_delegation`, `department`, `enterprise`, `other`
        status (ListAdvisoryCasesStatus | Unset): Advisory case statuses (code list
            `advisory_statuses`; labels at `/api/v1/reference/advisory_statuses`): `received`,
            `accepted`, `declined`, `in_progress`, `opinion_submitted`, `outcome_recorded`, `closed`
        year (int | Unset):
        overdue (bool | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AdvisoryCasePage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            include_total=include_total,
            kind=kind,
            requester=requester,
            status=status,
            year=year,
            overdue=overdue,
            q=q,
            accept_language=accept_language,
        )
    ).parsed
