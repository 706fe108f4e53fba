from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_statistics_series_csv_metric import GetStatisticsSeriesCsvMetric
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    metric: GetStatisticsSeriesCsvMetric,
    dimension: str | Unset = UNSET,
    association_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
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

    json_metric = metric.value
    params["metric"] = json_metric

    params["dimension"] = dimension

    params["association_id"] = association_id

    params["from"] = from_

    params["to"] = to

    params["fresh"] = fresh

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/statistics/series.csv",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    metric: GetStatisticsSeriesCsvMetric,
    dimension: str | Unset = UNSET,
    association_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    fresh: bool | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Any | Problem | str]:
    """Get the series of a metric as CSV

     The figures of `GET /api/v1/statistics/series` in the columns of the summary's CSV
    (`resource` left empty). The same readers, public subset, staleness and `ETag` as the JSON.

    Args:
        metric (GetStatisticsSeriesCsvMetric): Statistical metrics (code list `metrics`; labels at
            `/api/v1/reference/metrics`): `members_total`, `union_members_total`,
            `union_intellectual_members`, `members_by_gender`, `members_by_ethnicity`,
            `members_by_education`, `union_intellectual_share_percent`, `intellectual_members`,
            `branches_reported`, `activities_reported`, `associations_by_kind`,
            `associations_by_national_ranking`, `national_congress_delegates`,
            `association_fatherland_front_members`, `honourees`, `honourees_by_round`,
            `honourees_by_category`, `nominations_by_programme`, `nominations_by_status`,
            `commendations_by_issuer`, `commendations_by_type`, `commendations_by_recipient`,
            `commendations_by_issuer_type`, `association_commendations`, `activities_by_kind`,
            `activities_by_organiser`, `council_projects_evaluated`, `council_seats_by_role`,
            `research_projects_by_level`, `publications_by_kind`, `publication_articles`,
            `publication_visits`, `social_beneficiaries_by_organiser`, `social_beneficiaries`,
            `social_amount`, `advisory_cases_by_kind`, `advisory_cases_by_requester`,
            `advisory_cases_by_outcome`, `advisory_cases_under_contract`, `advisory_speech_proposals`,
            `advisory_fees`, `advisory_cases_answered`, `advisory_mean_days_to_respond`,
            `contest_editions`, `contest_entries`, `contest_eligible_entries`, `contest_prizes`,
            `contest_national_prizes`, `contest_labour_certificates`, `contest_international_awards`,
            `union_age_years`, `union_full_time_staff`, `province_st_intellectuals`,
            `union_staff_by_education`, `union_units_by_kind`, `union_standing_committee`,
            `union_executive_committee`, `union_fatherland_front_delegates`
        dimension (str | Unset):
        association_id (int | Unset):
        from_ (int | Unset):
        to (int | Unset):
        fresh (bool | Unset):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
    """

    kwargs = _get_kwargs(
        metric=metric,
        dimension=dimension,
        association_id=association_id,
        from_=from_,
        to=to,
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
    metric: GetStatisticsSeriesCsvMetric,
    dimension: str | Unset = UNSET,
    association_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    fresh: bool | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Any | Problem | str | None:
    """Get the series of a metric as CSV

     The figures of `GET /api/v1/statistics/series` in the columns of the summary's CSV
    (`resource` left empty). The same readers, public subset, staleness and `ETag` as the JSON.

    Args:
        metric (GetStatisticsSeriesCsvMetric): Statistical metrics (code list `metrics`; labels at
            `/api/v1/reference/metrics`): `members_total`, `union_members_total`,
            `union_intellectual_members`, `members_by_gender`, `members_by_ethnicity`,
            `members_by_education`, `union_intellectual_share_percent`, `intellectual_members`,
            `branches_reported`, `activities_reported`, `associations_by_kind`,
            `associations_by_national_ranking`, `national_congress_delegates`,
            `association_fatherland_front_members`, `honourees`, `honourees_by_round`,
            `honourees_by_category`, `nominations_by_programme`, `nominations_by_status`,
            `commendations_by_issuer`, `commendations_by_type`, `commendations_by_recipient`,
            `commendations_by_issuer_type`, `association_commendations`, `activities_by_kind`,
            `activities_by_organiser`, `council_projects_evaluated`, `council_seats_by_role`,
            `research_projects_by_level`, `publications_by_kind`, `publication_articles`,
            `publication_visits`, `social_beneficiaries_by_organiser`, `social_beneficiaries`,
            `social_amount`, `advisory_cases_by_kind`, `advisory_cases_by_requester`,
            `advisory_cases_by_outcome`, `advisory_cases_under_contract`, `advisory_speech_proposals`,
            `advisory_fees`, `advisory_cases_answered`, `advisory_mean_days_to_respond`,
            `contest_editions`, `contest_entries`, `contest_eligible_entries`, `contest_prizes`,
            `contest_national_prizes`, `contest_labour_certificates`, `contest_international_awards`,
            `union_age_years`, `union_full_time_staff`, `province_st_intellectuals`,
            `union_staff_by_education`, `union_units_by_kind`, `union_standing_committee`,
            `union_executive_committee`, `union_fatherland_front_delegates`
        dimension (str | Unset):
        association_id (int | Unset):
        from_ (int | Unset):
        to (int | Unset):
        fresh (bool | Unset):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
    """

    return sync_detailed(
        client=client,
        metric=metric,
        dimension=dimension,
        association_id=association_id,
        from_=from_,
        to=to,
        fresh=fresh,
        if_none_match=if_none_match,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    metric: GetStatisticsSeriesCsvMetric,
    dimension: str | Unset = UNSET,
    association_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    fresh: bool | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Response[Any | Problem | str]:
    """Get the series of a metric as CSV

     The figures of `GET /api/v1/statistics/series` in the columns of the summary's CSV
    (`resource` left empty). The same readers, public subset, staleness and `ETag` as the JSON.

    Args:
        metric (GetStatisticsSeriesCsvMetric): Statistical metrics (code list `metrics`; labels at
            `/api/v1/reference/metrics`): `members_total`, `union_members_total`,
            `union_intellectual_members`, `members_by_gender`, `members_by_ethnicity`,
            `members_by_education`, `union_intellectual_share_percent`, `intellectual_members`,
            `branches_reported`, `activities_reported`, `associations_by_kind`,
            `associations_by_national_ranking`, `national_congress_delegates`,
            `association_fatherland_front_members`, `honourees`, `honourees_by_round`,
            `honourees_by_category`, `nominations_by_programme`, `nominations_by_status`,
            `commendations_by_issuer`, `commendations_by_type`, `commendations_by_recipient`,
            `commendations_by_issuer_type`, `association_commendations`, `activities_by_kind`,
            `activities_by_organiser`, `council_projects_evaluated`, `council_seats_by_role`,
            `research_projects_by_level`, `publications_by_kind`, `publication_articles`,
            `publication_visits`, `social_beneficiaries_by_organiser`, `social_beneficiaries`,
            `social_amount`, `advisory_cases_by_kind`, `advisory_cases_by_requester`,
            `advisory_cases_by_outcome`, `advisory_cases_under_contract`, `advisory_speech_proposals`,
            `advisory_fees`, `advisory_cases_answered`, `advisory_mean_days_to_respond`,
            `contest_editions`, `contest_entries`, `contest_eligible_entries`, `contest_prizes`,
            `contest_national_prizes`, `contest_labour_certificates`, `contest_international_awards`,
            `union_age_years`, `union_full_time_staff`, `province_st_intellectuals`,
            `union_staff_by_education`, `union_units_by_kind`, `union_standing_committee`,
            `union_executive_committee`, `union_fatherland_front_delegates`
        dimension (str | Unset):
        association_id (int | Unset):
        from_ (int | Unset):
        to (int | Unset):
        fresh (bool | Unset):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | str]
    """

    kwargs = _get_kwargs(
        metric=metric,
        dimension=dimension,
        association_id=association_id,
        from_=from_,
        to=to,
        fresh=fresh,
        if_none_match=if_none_match,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    metric: GetStatisticsSeriesCsvMetric,
    dimension: str | Unset = UNSET,
    association_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    to: int | Unset = UNSET,
    fresh: bool | Unset = UNSET,
    if_none_match: None | str | Unset = UNSET,
    accept_language: None | str | Unset = UNSET,
) -> Any | Problem | str | None:
    """Get the series of a metric as CSV

     The figures of `GET /api/v1/statistics/series` in the columns of the summary's CSV
    (`resource` left empty). The same readers, public subset, staleness and `ETag` as the JSON.

    Args:
        metric (GetStatisticsSeriesCsvMetric): Statistical metrics (code list `metrics`; labels at
            `/api/v1/reference/metrics`): `members_total`, `union_members_total`,
            `union_intellectual_members`, `members_by_gender`, `members_by_ethnicity`,
            `members_by_education`, `union_intellectual_share_percent`, `intellectual_members`,
            `branches_reported`, `activities_reported`, `associations_by_kind`,
            `associations_by_national_ranking`, `national_congress_delegates`,
            `association_fatherland_front_members`, `honourees`, `honourees_by_round`,
            `honourees_by_category`, `nominations_by_programme`, `nominations_by_status`,
            `commendations_by_issuer`, `commendations_by_type`, `commendations_by_recipient`,
            `commendations_by_issuer_type`, `association_commendations`, `activities_by_kind`,
            `activities_by_organiser`, `council_projects_evaluated`, `council_seats_by_role`,
            `research_projects_by_level`, `publications_by_kind`, `publication_articles`,
            `publication_visits`, `social_beneficiaries_by_organiser`, `social_beneficiaries`,
            `social_amount`, `advisory_cases_by_kind`, `advisory_cases_by_requester`,
            `advisory_cases_by_outcome`, `advisory_cases_under_contract`, `advisory_speech_proposals`,
            `advisory_fees`, `advisory_cases_answered`, `advisory_mean_days_to_respond`,
            `contest_editions`, `contest_entries`, `contest_eligible_entries`, `contest_prizes`,
            `contest_national_prizes`, `contest_labour_certificates`, `contest_international_awards`,
            `union_age_years`, `union_full_time_staff`, `province_st_intellectuals`,
            `union_staff_by_education`, `union_units_by_kind`, `union_standing_committee`,
            `union_executive_committee`, `union_fatherland_front_delegates`
        dimension (str | Unset):
        association_id (int | Unset):
        from_ (int | Unset):
        to (int | Unset):
        fresh (bool | Unset):
        if_none_match (None | str | Unset):
        accept_language (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            metric=metric,
            dimension=dimension,
            association_id=association_id,
            from_=from_,
            to=to,
            fresh=fresh,
            if_none_match=if_none_match,
            accept_language=accept_language,
        )
    ).parsed
