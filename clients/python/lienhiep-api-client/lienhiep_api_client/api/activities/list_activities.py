import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_page import ActivityPage
from ...models.list_activities_kind import ListActivitiesKind
from ...models.list_activities_organiser_kind import ListActivitiesOrganiserKind
from ...models.list_activities_union_role import ListActivitiesUnionRole
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    kind: ListActivitiesKind | Unset = UNSET,
    year: int | Unset = UNSET,
    organiser_kind: ListActivitiesOrganiserKind | Unset = UNSET,
    association_id: int | Unset = UNSET,
    union_role: ListActivitiesUnionRole | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
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

    params["year"] = year

    json_organiser_kind: str | Unset = UNSET
    if not isinstance(organiser_kind, Unset):
        json_organiser_kind = organiser_kind.value

    params["organiser_kind"] = json_organiser_kind

    params["association_id"] = association_id

    json_union_role: str | Unset = UNSET
    if not isinstance(union_role, Unset):
        json_union_role = union_role.value

    params["union_role"] = json_union_role

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/activities",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityPage | Problem | None:
    if response.status_code == 200:
        response_200 = ActivityPage.from_dict(response.json())

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
) -> Response[ActivityPage | Problem]:
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
    kind: ListActivitiesKind | Unset = UNSET,
    year: int | Unset = UNSET,
    organiser_kind: ListActivitiesOrganiserKind | Unset = UNSET,
    association_id: int | Unset = UNSET,
    union_role: ListActivitiesUnionRole | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[ActivityPage | Problem]:
    """List activities

     Newest first. Anyone sees public activities; association managers also their
    associations' internal ones; staff see all. Filter by `kind`, `year`, `organiser_kind`,
    `association_id`, `union_role`, a start-date range (`from`, `to`) and `q`; pages with
    `limit` and `cursor`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        kind (ListActivitiesKind | Unset): Activity kinds (code list `activity_kinds`; labels at
            `/api/v1/reference/activity_kinds`): `workshop`, `research_project`, `transfer_model`,
            `council_participation`, `publication`, `social_activity`, `training`, `other`
        year (int | Unset):
        organiser_kind (ListActivitiesOrganiserKind | Unset): Activity organisers (code list
            `activity_organisers`; labels at `/api/v1/reference/activity_organisers`): `union`,
            `association`, `partner`
        association_id (int | Unset):
        union_role (ListActivitiesUnionRole | Unset): The union's roles (code list `union_roles`;
            labels at `/api/v1/reference/union_roles`): `led`, `co_organised`, `took_part`
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        kind=kind,
        year=year,
        organiser_kind=organiser_kind,
        association_id=association_id,
        union_role=union_role,
        from_=from_,
        to=to,
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
    kind: ListActivitiesKind | Unset = UNSET,
    year: int | Unset = UNSET,
    organiser_kind: ListActivitiesOrganiserKind | Unset = UNSET,
    association_id: int | Unset = UNSET,
    union_role: ListActivitiesUnionRole | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> ActivityPage | Problem | None:
    """List activities

     Newest first. Anyone sees public activities; association managers also their
    associations' internal ones; staff see all. Filter by `kind`, `year`, `organiser_kind`,
    `association_id`, `union_role`, a start-date range (`from`, `to`) and `q`; pages with
    `limit` and `cursor`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        kind (ListActivitiesKind | Unset): Activity kinds (code list `activity_kinds`; labels at
            `/api/v1/reference/activity_kinds`): `workshop`, `research_project`, `transfer_model`,
            `council_participation`, `publication`, `social_activity`, `training`, `other`
        year (int | Unset):
        organiser_kind (ListActivitiesOrganiserKind | Unset): Activity organisers (code list
            `activity_organisers`; labels at `/api/v1/reference/activity_organisers`): `union`,
            `association`, `partner`
        association_id (int | Unset):
        union_role (ListActivitiesUnionRole | Unset): The union's roles (code list `union_roles`;
            labels at `/api/v1/reference/union_roles`): `led`, `co_organised`, `took_part`
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        kind=kind,
        year=year,
        organiser_kind=organiser_kind,
        association_id=association_id,
        union_role=union_role,
        from_=from_,
        to=to,
        q=q,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    kind: ListActivitiesKind | Unset = UNSET,
    year: int | Unset = UNSET,
    organiser_kind: ListActivitiesOrganiserKind | Unset = UNSET,
    association_id: int | Unset = UNSET,
    union_role: ListActivitiesUnionRole | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[ActivityPage | Problem]:
    """List activities

     Newest first. Anyone sees public activities; association managers also their
    associations' internal ones; staff see all. Filter by `kind`, `year`, `organiser_kind`,
    `association_id`, `union_role`, a start-date range (`from`, `to`) and `q`; pages with
    `limit` and `cursor`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        kind (ListActivitiesKind | Unset): Activity kinds (code list `activity_kinds`; labels at
            `/api/v1/reference/activity_kinds`): `workshop`, `research_project`, `transfer_model`,
            `council_participation`, `publication`, `social_activity`, `training`, `other`
        year (int | Unset):
        organiser_kind (ListActivitiesOrganiserKind | Unset): Activity organisers (code list
            `activity_organisers`; labels at `/api/v1/reference/activity_organisers`): `union`,
            `association`, `partner`
        association_id (int | Unset):
        union_role (ListActivitiesUnionRole | Unset): The union's roles (code list `union_roles`;
            labels at `/api/v1/reference/union_roles`): `led`, `co_organised`, `took_part`
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        kind=kind,
        year=year,
        organiser_kind=organiser_kind,
        association_id=association_id,
        union_role=union_role,
        from_=from_,
        to=to,
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
    kind: ListActivitiesKind | Unset = UNSET,
    year: int | Unset = UNSET,
    organiser_kind: ListActivitiesOrganiserKind | Unset = UNSET,
    association_id: int | Unset = UNSET,
    union_role: ListActivitiesUnionRole | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> ActivityPage | Problem | None:
    """List activities

     Newest first. Anyone sees public activities; association managers also their
    associations' internal ones; staff see all. Filter by `kind`, `year`, `organiser_kind`,
    `association_id`, `union_role`, a start-date range (`from`, `to`) and `q`; pages with
    `limit` and `cursor`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        kind (ListActivitiesKind | Unset): Activity kinds (code list `activity_kinds`; labels at
            `/api/v1/reference/activity_kinds`): `workshop`, `research_project`, `transfer_model`,
            `council_participation`, `publication`, `social_activity`, `training`, `other`
        year (int | Unset):
        organiser_kind (ListActivitiesOrganiserKind | Unset): Activity organisers (code list
            `activity_organisers`; labels at `/api/v1/reference/activity_organisers`): `union`,
            `association`, `partner`
        association_id (int | Unset):
        union_role (ListActivitiesUnionRole | Unset): The union's roles (code list `union_roles`;
            labels at `/api/v1/reference/union_roles`): `led`, `co_organised`, `took_part`
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            include_total=include_total,
            kind=kind,
            year=year,
            organiser_kind=organiser_kind,
            association_id=association_id,
            union_role=union_role,
            from_=from_,
            to=to,
            q=q,
            accept_language=accept_language,
        )
    ).parsed
