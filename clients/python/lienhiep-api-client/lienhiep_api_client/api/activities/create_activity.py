from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity import Activity
from ...models.activity_input import ActivityInput
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ActivityInput,
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
        "url": "/api/v1/activities",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Activity | Problem | None:
    if response.status_code == 201:
        response_201 = Activity.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Activity | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ActivityInput,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Activity | Problem]:
    """Record an activity

     Staff record any activity; association managers those their associations organised
    (`organiser_kind` `association`). Answers `201` with `Location` and `ETag`. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (ActivityInput): A new activity. The organiser fields follow `organiser_kind`
            (`association` needs
            `association_id`, `partner` needs `partner_name`, `union` takes neither), and each kind
            has
            its own fields, allowed for that kind only: `council_participation` needs `council_name`,
            `projects_evaluated` and `council_role`; `research_project` needs `research_level` and
            `research_status`; `social_activity` needs `beneficiaries` or `amount`; `publication` may
            give `publication_kind`, `articles` and `visits`. Example: {'kind': 'workshop', 'title':
            'Hội thảo khoa học về phát triển cây ăn quả vùng cao', 'organiser_kind': 'union',
            'starts_on': '2019-10-18', 'place': 'Mộc Châu', 'participants': 120, 'union_role': 'led',
            'links': [{'url': 'https://lienhiephoi.sonla.gov.vn/hoi-thao-cay-an-qua', 'title': 'Tin
            bài'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ActivityInput,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Activity | Problem | None:
    """Record an activity

     Staff record any activity; association managers those their associations organised
    (`organiser_kind` `association`). Answers `201` with `Location` and `ETag`. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (ActivityInput): A new activity. The organiser fields follow `organiser_kind`
            (`association` needs
            `association_id`, `partner` needs `partner_name`, `union` takes neither), and each kind
            has
            its own fields, allowed for that kind only: `council_participation` needs `council_name`,
            `projects_evaluated` and `council_role`; `research_project` needs `research_level` and
            `research_status`; `social_activity` needs `beneficiaries` or `amount`; `publication` may
            give `publication_kind`, `articles` and `visits`. Example: {'kind': 'workshop', 'title':
            'Hội thảo khoa học về phát triển cây ăn quả vùng cao', 'organiser_kind': 'union',
            'starts_on': '2019-10-18', 'place': 'Mộc Châu', 'participants': 120, 'union_role': 'led',
            'links': [{'url': 'https://lienhiephoi.sonla.gov.vn/hoi-thao-cay-an-qua', 'title': 'Tin
            bài'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ActivityInput,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Activity | Problem]:
    """Record an activity

     Staff record any activity; association managers those their associations organised
    (`organiser_kind` `association`). Answers `201` with `Location` and `ETag`. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (ActivityInput): A new activity. The organiser fields follow `organiser_kind`
            (`association` needs
            `association_id`, `partner` needs `partner_name`, `union` takes neither), and each kind
            has
            its own fields, allowed for that kind only: `council_participation` needs `council_name`,
            `projects_evaluated` and `council_role`; `research_project` needs `research_level` and
            `research_status`; `social_activity` needs `beneficiaries` or `amount`; `publication` may
            give `publication_kind`, `articles` and `visits`. Example: {'kind': 'workshop', 'title':
            'Hội thảo khoa học về phát triển cây ăn quả vùng cao', 'organiser_kind': 'union',
            'starts_on': '2019-10-18', 'place': 'Mộc Châu', 'participants': 120, 'union_role': 'led',
            'links': [{'url': 'https://lienhiephoi.sonla.gov.vn/hoi-thao-cay-an-qua', 'title': 'Tin
            bài'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Activity | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ActivityInput,
    idempotency_key: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Activity | Problem | None:
    """Record an activity

     Staff record any activity; association managers those their associations organised
    (`organiser_kind` `association`). Answers `201` with `Location` and `ETag`. Accepts
    `Idempotency-Key`.

    Args:
        idempotency_key (None | str | Unset):
        accept_language (None | str | Unset):
        body (ActivityInput): A new activity. The organiser fields follow `organiser_kind`
            (`association` needs
            `association_id`, `partner` needs `partner_name`, `union` takes neither), and each kind
            has
            its own fields, allowed for that kind only: `council_participation` needs `council_name`,
            `projects_evaluated` and `council_role`; `research_project` needs `research_level` and
            `research_status`; `social_activity` needs `beneficiaries` or `amount`; `publication` may
            give `publication_kind`, `articles` and `visits`. Example: {'kind': 'workshop', 'title':
            'Hội thảo khoa học về phát triển cây ăn quả vùng cao', 'organiser_kind': 'union',
            'starts_on': '2019-10-18', 'place': 'Mộc Châu', 'participants': 120, 'union_role': 'led',
            'links': [{'url': 'https://lienhiephoi.sonla.gov.vn/hoi-thao-cay-an-qua', 'title': 'Tin
            bài'}]}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Activity | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
            accept_language=accept_language,
        )
    ).parsed
