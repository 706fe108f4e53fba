from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commendation_page import CommendationPage
from ...models.list_commendations_issuer import ListCommendationsIssuer
from ...models.list_commendations_recipient_kind import ListCommendationsRecipientKind
from ...models.list_commendations_type import ListCommendationsType
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    year: int | Unset = UNSET,
    recipient_kind: ListCommendationsRecipientKind | Unset = UNSET,
    association_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    issuer: ListCommendationsIssuer | Unset = UNSET,
    type_: ListCommendationsType | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["include_total"] = include_total

    params["year"] = year

    json_recipient_kind: str | Unset = UNSET
    if not isinstance(recipient_kind, Unset):
        json_recipient_kind = recipient_kind.value

    params["recipient_kind"] = json_recipient_kind

    params["association_id"] = association_id

    params["person_id"] = person_id

    json_issuer: str | Unset = UNSET
    if not isinstance(issuer, Unset):
        json_issuer = issuer.value

    params["issuer"] = json_issuer

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/commendations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommendationPage | Problem | None:
    if response.status_code == 200:
        response_200 = CommendationPage.from_dict(response.json())

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
) -> Response[CommendationPage | Problem]:
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
    year: int | Unset = UNSET,
    recipient_kind: ListCommendationsRecipientKind | Unset = UNSET,
    association_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    issuer: ListCommendationsIssuer | Unset = UNSET,
    type_: ListCommendationsType | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[CommendationPage | Problem]:
    """List commendations

     Commendations received by the union, its associations and people, newest year first;
    public records, readable by anyone. Filter by `year`, `recipient_kind`, `association_id`,
    `person_id`, `issuer` and `type`; pages with `limit` and `cursor`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        year (int | Unset):
        recipient_kind (ListCommendationsRecipientKind | Unset): Commendation recipients (code
            list `commendation_recipient_kinds`; labels at
            `/api/v1/reference/commendation_recipient_kinds`): `union`, `association`, `person`
        association_id (int | Unset):
        person_id (int | Unset):
        issuer (ListCommendationsIssuer | Unset): Commendation issuers (code list
            `commendation_issuers`; labels at `/api/v1/reference/commendation_issuers`):
            `state_president`, `prime_minister`, `vusta`, `national_association`,
            `provincial_peoples_committee`, `provincial_union`, `other`
        type_ (ListCommendationsType | Unset): Commendation types (code list `commendation_types`;
            labels at `/api/v1/reference/commendation_types`): `certificate_of_merit`,
            `emulation_flag`, `labour_order`, `emulation_fighter`, `other`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommendationPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        year=year,
        recipient_kind=recipient_kind,
        association_id=association_id,
        person_id=person_id,
        issuer=issuer,
        type_=type_,
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
    year: int | Unset = UNSET,
    recipient_kind: ListCommendationsRecipientKind | Unset = UNSET,
    association_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    issuer: ListCommendationsIssuer | Unset = UNSET,
    type_: ListCommendationsType | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> CommendationPage | Problem | None:
    """List commendations

     Commendations received by the union, its associations and people, newest year first;
    public records, readable by anyone. Filter by `year`, `recipient_kind`, `association_id`,
    `person_id`, `issuer` and `type`; pages with `limit` and `cursor`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        year (int | Unset):
        recipient_kind (ListCommendationsRecipientKind | Unset): Commendation recipients (code
            list `commendation_recipient_kinds`; labels at
            `/api/v1/reference/commendation_recipient_kinds`): `union`, `association`, `person`
        association_id (int | Unset):
        person_id (int | Unset):
        issuer (ListCommendationsIssuer | Unset): Commendation issuers (code list
            `commendation_issuers`; labels at `/api/v1/reference/commendation_issuers`):
            `state_president`, `prime_minister`, `vusta`, `national_association`,
            `provincial_peoples_committee`, `provincial_union`, `other`
        type_ (ListCommendationsType | Unset): Commendation types (code list `commendation_types`;
            labels at `/api/v1/reference/commendation_types`): `certificate_of_merit`,
            `emulation_flag`, `labour_order`, `emulation_fighter`, `other`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommendationPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        year=year,
        recipient_kind=recipient_kind,
        association_id=association_id,
        person_id=person_id,
        issuer=issuer,
        type_=type_,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    year: int | Unset = UNSET,
    recipient_kind: ListCommendationsRecipientKind | Unset = UNSET,
    association_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    issuer: ListCommendationsIssuer | Unset = UNSET,
    type_: ListCommendationsType | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[CommendationPage | Problem]:
    """List commendations

     Commendations received by the union, its associations and people, newest year first;
    public records, readable by anyone. Filter by `year`, `recipient_kind`, `association_id`,
    `person_id`, `issuer` and `type`; pages with `limit` and `cursor`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        year (int | Unset):
        recipient_kind (ListCommendationsRecipientKind | Unset): Commendation recipients (code
            list `commendation_recipient_kinds`; labels at
            `/api/v1/reference/commendation_recipient_kinds`): `union`, `association`, `person`
        association_id (int | Unset):
        person_id (int | Unset):
        issuer (ListCommendationsIssuer | Unset): Commendation issuers (code list
            `commendation_issuers`; labels at `/api/v1/reference/commendation_issuers`):
            `state_president`, `prime_minister`, `vusta`, `national_association`,
            `provincial_peoples_committee`, `provincial_union`, `other`
        type_ (ListCommendationsType | Unset): Commendation types (code list `commendation_types`;
            labels at `/api/v1/reference/commendation_types`): `certificate_of_merit`,
            `emulation_flag`, `labour_order`, `emulation_fighter`, `other`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommendationPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        year=year,
        recipient_kind=recipient_kind,
        association_id=association_id,
        person_id=person_id,
        issuer=issuer,
        type_=type_,
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
    year: int | Unset = UNSET,
    recipient_kind: ListCommendationsRecipientKind | Unset = UNSET,
    association_id: int | Unset = UNSET,
    person_id: int | Unset = UNSET,
    issuer: ListCommendationsIssuer | Unset = UNSET,
    type_: ListCommendationsType | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> CommendationPage | Problem | None:
    """List commendations

     Commendations received by the union, its associations and people, newest year first;
    public records, readable by anyone. Filter by `year`, `recipient_kind`, `association_id`,
    `person_id`, `issuer` and `type`; pages with `limit` and `cursor`.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        year (int | Unset):
        recipient_kind (ListCommendationsRecipientKind | Unset): Commendation recipients (code
            list `commendation_recipient_kinds`; labels at
            `/api/v1/reference/commendation_recipient_kinds`): `union`, `association`, `person`
        association_id (int | Unset):
        person_id (int | Unset):
        issuer (ListCommendationsIssuer | Unset): Commendation issuers (code list
            `commendation_issuers`; labels at `/api/v1/reference/commendation_issuers`):
            `state_president`, `prime_minister`, `vusta`, `national_association`,
            `provincial_peoples_committee`, `provincial_union`, `other`
        type_ (ListCommendationsType | Unset): Commendation types (code list `commendation_types`;
            labels at `/api/v1/reference/commendation_types`): `certificate_of_merit`,
            `emulation_flag`, `labour_order`, `emulation_fighter`, `other`
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommendationPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            include_total=include_total,
            year=year,
            recipient_kind=recipient_kind,
            association_id=association_id,
            person_id=person_id,
            issuer=issuer,
            type_=type_,
            accept_language=accept_language,
        )
    ).parsed
