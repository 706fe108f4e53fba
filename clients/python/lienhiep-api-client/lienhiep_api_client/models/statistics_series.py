from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric import Metric
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.figure import Figure


T = TypeVar("T", bound="StatisticsSeries")


@_attrs_define
class StatisticsSeries:
    """One metric year by year.

    Example:
        {'metric': 'honourees', 'dimension': None, 'association_id': None, 'from': 2021, 'to': 2022, 'data_version':
            18234, 'stale': False, 'computed_at': '2026-12-06T08:30:00Z', 'public': False, 'figures': [{'metric':
            'honourees', 'year': 2021, 'association_id': None, 'dimension': None, 'dimension_value': None, 'value': 92,
            'suppressed': False, 'source': None}, {'metric': 'honourees', 'year': 2022, 'association_id': None, 'dimension':
            None, 'dimension_value': None, 'value': 87, 'suppressed': False, 'source': None}]}

    Attributes:
        metric (Metric): Statistical metrics (code list `metrics`; labels at `/api/v1/reference/metrics`):
            `members_total`, `union_members_total`, `union_intellectual_members`, `members_by_gender`,
            `members_by_ethnicity`, `members_by_education`, `union_intellectual_share_percent`, `intellectual_members`,
            `branches_reported`, `activities_reported`, `associations_by_kind`, `associations_by_national_ranking`,
            `national_congress_delegates`, `association_fatherland_front_members`, `honourees`, `honourees_by_round`,
            `honourees_by_category`, `nominations_by_programme`, `nominations_by_status`, `commendations_by_issuer`,
            `commendations_by_type`, `commendations_by_recipient`, `commendations_by_issuer_type`,
            `association_commendations`, `activities_by_kind`, `activities_by_organiser`, `council_projects_evaluated`,
            `council_seats_by_role`, `research_projects_by_level`, `publications_by_kind`, `publication_articles`,
            `publication_visits`, `social_beneficiaries_by_organiser`, `social_beneficiaries`, `social_amount`,
            `advisory_cases_by_kind`, `advisory_cases_by_requester`, `advisory_cases_by_outcome`,
            `advisory_cases_under_contract`, `advisory_speech_proposals`, `advisory_fees`, `advisory_cases_answered`,
            `advisory_mean_days_to_respond`, `contest_editions`, `contest_entries`, `contest_eligible_entries`,
            `contest_prizes`, `contest_national_prizes`, `contest_labour_certificates`, `contest_international_awards`,
            `union_age_years`, `union_full_time_staff`, `province_st_intellectuals`, `union_staff_by_education`,
            `union_units_by_kind`, `union_standing_committee`, `union_executive_committee`,
            `union_fatherland_front_delegates`
        from_ (int): The first year.
        to (int): The last year.
        data_version (int): The data version the figures hold every change up to; it moves with every change of
            the data. With `stale` false it is the current one.
        stale (bool): Whether the data changed since the figures were computed. Stale figures are the last
            complete ones, computed at most `LIENHIEP_STATISTICS_MAX_STALENESS_SECS` seconds ago
            (60 by default), answered while newer ones are computed; the `Age` header then says
            their age in seconds. `fresh=true` asks for figures at the current version.
        computed_at (datetime.datetime): When the figures were computed (RFC 3339, UTC); for several years, the oldest.
        public (bool): The public subset, with small cells suppressed.
        figures (list[Figure]): The figures, by year.
        dimension (None | str | Unset): The breakdown value asked for.
        association_id (int | None | Unset): The association asked for.
    """

    metric: Metric
    from_: int
    to: int
    data_version: int
    stale: bool
    computed_at: datetime.datetime
    public: bool
    figures: list[Figure]
    dimension: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric.value

        from_ = self.from_

        to = self.to

        data_version = self.data_version

        stale = self.stale

        computed_at = self.computed_at.isoformat()

        public = self.public

        figures = []
        for figures_item_data in self.figures:
            figures_item = figures_item_data.to_dict()
            figures.append(figures_item)

        dimension: None | str | Unset
        if isinstance(self.dimension, Unset):
            dimension = UNSET
        else:
            dimension = self.dimension

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "from": from_,
                "to": to,
                "data_version": data_version,
                "stale": stale,
                "computed_at": computed_at,
                "public": public,
                "figures": figures,
            }
        )
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if association_id is not UNSET:
            field_dict["association_id"] = association_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.figure import Figure  # noqa: PLC0415

        d = dict(src_dict)
        metric = Metric(d.pop("metric"))

        from_ = d.pop("from")

        to = d.pop("to")

        data_version = d.pop("data_version")

        stale = d.pop("stale")

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))

        public = d.pop("public")

        figures = []
        _figures = d.pop("figures")
        for figures_item_data in _figures:
            figures_item = Figure.from_dict(figures_item_data)

            figures.append(figures_item)

        def _parse_dimension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dimension = _parse_dimension(d.pop("dimension", UNSET))

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        statistics_series = cls(
            metric=metric,
            from_=from_,
            to=to,
            data_version=data_version,
            stale=stale,
            computed_at=computed_at,
            public=public,
            figures=figures,
            dimension=dimension,
            association_id=association_id,
        )

        statistics_series.additional_properties = d
        return statistics_series

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
