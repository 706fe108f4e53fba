from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_association_members_academic_title import ListAssociationMembersAcademicTitle
from ...models.list_association_members_education_level import ListAssociationMembersEducationLevel
from ...models.list_association_members_gender import ListAssociationMembersGender
from ...models.list_association_members_sort import ListAssociationMembersSort
from ...models.list_association_members_status import ListAssociationMembersStatus
from ...models.member_page import MemberPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    branch_id: int | Unset = UNSET,
    gender: ListAssociationMembersGender | Unset = UNSET,
    ethnicity: str | Unset = UNSET,
    education_level: ListAssociationMembersEducationLevel | Unset = UNSET,
    academic_title: ListAssociationMembersAcademicTitle | Unset = UNSET,
    intellectual: bool | Unset = UNSET,
    status: ListAssociationMembersStatus | Unset = UNSET,
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListAssociationMembersSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["branch_id"] = branch_id

    json_gender: str | Unset = UNSET
    if not isinstance(gender, Unset):
        json_gender = gender.value

    params["gender"] = json_gender

    params["ethnicity"] = ethnicity

    json_education_level: str | Unset = UNSET
    if not isinstance(education_level, Unset):
        json_education_level = education_level.value

    params["education_level"] = json_education_level

    json_academic_title: str | Unset = UNSET
    if not isinstance(academic_title, Unset):
        json_academic_title = academic_title.value

    params["academic_title"] = json_academic_title

    params["intellectual"] = intellectual

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["birth_year_from"] = birth_year_from

    params["birth_year_to"] = birth_year_to

    params["q"] = q

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["cursor"] = cursor

    params["include_total"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/associations/{id}/members".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MemberPage | Problem | None:
    if response.status_code == 200:
        response_200 = MemberPage.from_dict(response.json())

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
) -> Response[MemberPage | Problem]:
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
    branch_id: int | Unset = UNSET,
    gender: ListAssociationMembersGender | Unset = UNSET,
    ethnicity: str | Unset = UNSET,
    education_level: ListAssociationMembersEducationLevel | Unset = UNSET,
    academic_title: ListAssociationMembersAcademicTitle | Unset = UNSET,
    intellectual: bool | Unset = UNSET,
    status: ListAssociationMembersStatus | Unset = UNSET,
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListAssociationMembersSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[MemberPage | Problem]:
    """List the members of an association

     As `GET /api/v1/members` for one association: staff, admin and its managers.

    Args:
        id (int):
        branch_id (int | Unset):
        gender (ListAssociationMembersGender | Unset): Genders (code list `genders`; labels at
            `/api/v1/reference/genders`): `male`, `female`, `other`
        ethnicity (str | Unset):
        education_level (ListAssociationMembersEducationLevel | Unset): Education levels (code
            list `education_levels`; labels at `/api/v1/reference/education_levels`): `none`,
            `secondary`, `college`, `bachelor`, `master`, `doctor`, `doctor_of_science`
        academic_title (ListAssociationMembersAcademicTitle | Unset): Academic titles (code list
            `academic_titles`; labels at `/api/v1/reference/academic_titles`): `associate_professor`,
            `professor`
        intellectual (bool | Unset):
        status (ListAssociationMembersStatus | Unset): Membership statuses (code list
            `membership_statuses`; labels at `/api/v1/reference/membership_statuses`): `active`,
            `left`, `deceased`
        birth_year_from (int | Unset):
        birth_year_to (int | Unset):
        q (str | Unset):
        sort (ListAssociationMembersSort | Unset): How to sort members.
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MemberPage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        branch_id=branch_id,
        gender=gender,
        ethnicity=ethnicity,
        education_level=education_level,
        academic_title=academic_title,
        intellectual=intellectual,
        status=status,
        birth_year_from=birth_year_from,
        birth_year_to=birth_year_to,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
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
    branch_id: int | Unset = UNSET,
    gender: ListAssociationMembersGender | Unset = UNSET,
    ethnicity: str | Unset = UNSET,
    education_level: ListAssociationMembersEducationLevel | Unset = UNSET,
    academic_title: ListAssociationMembersAcademicTitle | Unset = UNSET,
    intellectual: bool | Unset = UNSET,
    status: ListAssociationMembersStatus | Unset = UNSET,
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListAssociationMembersSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> MemberPage | Problem | None:
    """List the members of an association

     As `GET /api/v1/members` for one association: staff, admin and its managers.

    Args:
        id (int):
        branch_id (int | Unset):
        gender (ListAssociationMembersGender | Unset): Genders (code list `genders`; labels at
            `/api/v1/reference/genders`): `male`, `female`, `other`
        ethnicity (str | Unset):
        education_level (ListAssociationMembersEducationLevel | Unset): Education levels (code
            list `education_levels`; labels at `/api/v1/reference/education_levels`): `none`,
            `secondary`, `college`, `bachelor`, `master`, `doctor`, `doctor_of_science`
        academic_title (ListAssociationMembersAcademicTitle | Unset): Academic titles (code list
            `academic_titles`; labels at `/api/v1/reference/academic_titles`): `associate_professor`,
            `professor`
        intellectual (bool | Unset):
        status (ListAssociationMembersStatus | Unset): Membership statuses (code list
            `membership_statuses`; labels at `/api/v1/reference/membership_statuses`): `active`,
            `left`, `deceased`
        birth_year_from (int | Unset):
        birth_year_to (int | Unset):
        q (str | Unset):
        sort (ListAssociationMembersSort | Unset): How to sort members.
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MemberPage | Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        branch_id=branch_id,
        gender=gender,
        ethnicity=ethnicity,
        education_level=education_level,
        academic_title=academic_title,
        intellectual=intellectual,
        status=status,
        birth_year_from=birth_year_from,
        birth_year_to=birth_year_to,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    branch_id: int | Unset = UNSET,
    gender: ListAssociationMembersGender | Unset = UNSET,
    ethnicity: str | Unset = UNSET,
    education_level: ListAssociationMembersEducationLevel | Unset = UNSET,
    academic_title: ListAssociationMembersAcademicTitle | Unset = UNSET,
    intellectual: bool | Unset = UNSET,
    status: ListAssociationMembersStatus | Unset = UNSET,
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListAssociationMembersSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[MemberPage | Problem]:
    """List the members of an association

     As `GET /api/v1/members` for one association: staff, admin and its managers.

    Args:
        id (int):
        branch_id (int | Unset):
        gender (ListAssociationMembersGender | Unset): Genders (code list `genders`; labels at
            `/api/v1/reference/genders`): `male`, `female`, `other`
        ethnicity (str | Unset):
        education_level (ListAssociationMembersEducationLevel | Unset): Education levels (code
            list `education_levels`; labels at `/api/v1/reference/education_levels`): `none`,
            `secondary`, `college`, `bachelor`, `master`, `doctor`, `doctor_of_science`
        academic_title (ListAssociationMembersAcademicTitle | Unset): Academic titles (code list
            `academic_titles`; labels at `/api/v1/reference/academic_titles`): `associate_professor`,
            `professor`
        intellectual (bool | Unset):
        status (ListAssociationMembersStatus | Unset): Membership statuses (code list
            `membership_statuses`; labels at `/api/v1/reference/membership_statuses`): `active`,
            `left`, `deceased`
        birth_year_from (int | Unset):
        birth_year_to (int | Unset):
        q (str | Unset):
        sort (ListAssociationMembersSort | Unset): How to sort members.
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MemberPage | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        branch_id=branch_id,
        gender=gender,
        ethnicity=ethnicity,
        education_level=education_level,
        academic_title=academic_title,
        intellectual=intellectual,
        status=status,
        birth_year_from=birth_year_from,
        birth_year_to=birth_year_to,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    branch_id: int | Unset = UNSET,
    gender: ListAssociationMembersGender | Unset = UNSET,
    ethnicity: str | Unset = UNSET,
    education_level: ListAssociationMembersEducationLevel | Unset = UNSET,
    academic_title: ListAssociationMembersAcademicTitle | Unset = UNSET,
    intellectual: bool | Unset = UNSET,
    status: ListAssociationMembersStatus | Unset = UNSET,
    birth_year_from: int | Unset = UNSET,
    birth_year_to: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListAssociationMembersSort | Unset = UNSET,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> MemberPage | Problem | None:
    """List the members of an association

     As `GET /api/v1/members` for one association: staff, admin and its managers.

    Args:
        id (int):
        branch_id (int | Unset):
        gender (ListAssociationMembersGender | Unset): Genders (code list `genders`; labels at
            `/api/v1/reference/genders`): `male`, `female`, `other`
        ethnicity (str | Unset):
        education_level (ListAssociationMembersEducationLevel | Unset): Education levels (code
            list `education_levels`; labels at `/api/v1/reference/education_levels`): `none`,
            `secondary`, `college`, `bachelor`, `master`, `doctor`, `doctor_of_science`
        academic_title (ListAssociationMembersAcademicTitle | Unset): Academic titles (code list
            `academic_titles`; labels at `/api/v1/reference/academic_titles`): `associate_professor`,
            `professor`
        intellectual (bool | Unset):
        status (ListAssociationMembersStatus | Unset): Membership statuses (code list
            `membership_statuses`; labels at `/api/v1/reference/membership_statuses`): `active`,
            `left`, `deceased`
        birth_year_from (int | Unset):
        birth_year_to (int | Unset):
        q (str | Unset):
        sort (ListAssociationMembersSort | Unset): How to sort members.
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MemberPage | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            branch_id=branch_id,
            gender=gender,
            ethnicity=ethnicity,
            education_level=education_level,
            academic_title=academic_title,
            intellectual=intellectual,
            status=status,
            birth_year_from=birth_year_from,
            birth_year_to=birth_year_to,
            q=q,
            sort=sort,
            limit=limit,
            cursor=cursor,
            include_total=include_total,
            accept_language=accept_language,
        )
    ).parsed
