from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.association_page import AssociationPage
from ...models.list_associations_kind import ListAssociationsKind
from ...models.list_associations_sort import ListAssociationsSort
from ...models.list_associations_status import ListAssociationsStatus
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: ListAssociationsSort | Unset = UNSET,
    kind: ListAssociationsKind | Unset = UNSET,
    status: ListAssociationsStatus | Unset = UNSET,
    special_status: bool | Unset = UNSET,
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

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["special_status"] = special_status

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/associations",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssociationPage | Problem | None:
    if response.status_code == 200:
        response_200 = AssociationPage.from_dict(response.json())

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
) -> Response[AssociationPage | Problem]:
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
    sort: ListAssociationsSort | Unset = UNSET,
    kind: ListAssociationsKind | Unset = UNSET,
    status: ListAssociationsStatus | Unset = UNSET,
    special_status: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[AssociationPage | Problem]:
    """List associations

     The directory of member associations and collective members, readable by anyone. Filter
    by `kind`, `status`, `special_status` and `q` (name search ignoring case and diacritics);
    sort by name in Vietnamese order (default) or by creation time. Pages with `limit` and
    `cursor`; `include_total=true` adds the count of all matches.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        sort (ListAssociationsSort | Unset): How to sort the list.
        kind (ListAssociationsKind | Unset): Association kinds (code list `association_kinds`;
            labels at `/api/v1/reference/association_kinds`): `member_association`,
            `collective_member`
        status (ListAssociationsStatus | Unset): Association statuses (code list
            `association_statuses`; labels at `/api/v1/reference/association_statuses`): `active`,
            `suspended`, `dissolved`
        special_status (bool | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssociationPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        sort=sort,
        kind=kind,
        status=status,
        special_status=special_status,
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
    sort: ListAssociationsSort | Unset = UNSET,
    kind: ListAssociationsKind | Unset = UNSET,
    status: ListAssociationsStatus | Unset = UNSET,
    special_status: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> AssociationPage | Problem | None:
    """List associations

     The directory of member associations and collective members, readable by anyone. Filter
    by `kind`, `status`, `special_status` and `q` (name search ignoring case and diacritics);
    sort by name in Vietnamese order (default) or by creation time. Pages with `limit` and
    `cursor`; `include_total=true` adds the count of all matches.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        sort (ListAssociationsSort | Unset): How to sort the list.
        kind (ListAssociationsKind | Unset): Association kinds (code list `association_kinds`;
            labels at `/api/v1/reference/association_kinds`): `member_association`,
            `collective_member`
        status (ListAssociationsStatus | Unset): Association statuses (code list
            `association_statuses`; labels at `/api/v1/reference/association_statuses`): `active`,
            `suspended`, `dissolved`
        special_status (bool | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssociationPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        sort=sort,
        kind=kind,
        status=status,
        special_status=special_status,
        q=q,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sort: ListAssociationsSort | Unset = UNSET,
    kind: ListAssociationsKind | Unset = UNSET,
    status: ListAssociationsStatus | Unset = UNSET,
    special_status: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[AssociationPage | Problem]:
    """List associations

     The directory of member associations and collective members, readable by anyone. Filter
    by `kind`, `status`, `special_status` and `q` (name search ignoring case and diacritics);
    sort by name in Vietnamese order (default) or by creation time. Pages with `limit` and
    `cursor`; `include_total=true` adds the count of all matches.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        sort (ListAssociationsSort | Unset): How to sort the list.
        kind (ListAssociationsKind | Unset): Association kinds (code list `association_kinds`;
            labels at `/api/v1/reference/association_kinds`): `member_association`,
            `collective_member`
        status (ListAssociationsStatus | Unset): Association statuses (code list
            `association_statuses`; labels at `/api/v1/reference/association_statuses`): `active`,
            `suspended`, `dissolved`
        special_status (bool | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssociationPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        include_total=include_total,
        sort=sort,
        kind=kind,
        status=status,
        special_status=special_status,
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
    sort: ListAssociationsSort | Unset = UNSET,
    kind: ListAssociationsKind | Unset = UNSET,
    status: ListAssociationsStatus | Unset = UNSET,
    special_status: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> AssociationPage | Problem | None:
    """List associations

     The directory of member associations and collective members, readable by anyone. Filter
    by `kind`, `status`, `special_status` and `q` (name search ignoring case and diacritics);
    sort by name in Vietnamese order (default) or by creation time. Pages with `limit` and
    `cursor`; `include_total=true` adds the count of all matches.

    Args:
        limit (int | Unset):
        cursor (str | Unset):
        include_total (bool | Unset):
        sort (ListAssociationsSort | Unset): How to sort the list.
        kind (ListAssociationsKind | Unset): Association kinds (code list `association_kinds`;
            labels at `/api/v1/reference/association_kinds`): `member_association`,
            `collective_member`
        status (ListAssociationsStatus | Unset): Association statuses (code list
            `association_statuses`; labels at `/api/v1/reference/association_statuses`): `active`,
            `suspended`, `dissolved`
        special_status (bool | Unset):
        q (str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssociationPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            include_total=include_total,
            sort=sort,
            kind=kind,
            status=status,
            special_status=special_status,
            q=q,
            accept_language=accept_language,
        )
    ).parsed
