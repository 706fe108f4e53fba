from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.figure_source import FigureSource
from ..models.metric import Metric
from ..types import UNSET, Unset

T = TypeVar("T", bound="Figure")


@_attrs_define
class Figure:
    """One figure.

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
        year (int): The year it describes.
        suppressed (bool): In public answers, a figure from 1 to one below the small-cell threshold is
            suppressed so that no person can be singled out.
        association_id (int | None | Unset): The association it is about; `null` for the whole union.
        dimension (None | str | Unset): The breakdown's name (e.g. `gender`), if any.
        dimension_value (None | str | Unset): The breakdown's value (e.g. `female`; `unknown` where not recorded).
        value (int | None | Unset): The figure; `null` when suppressed.
        source (FigureSource | None | Unset):
    """

    metric: Metric
    year: int
    suppressed: bool
    association_id: int | None | Unset = UNSET
    dimension: None | str | Unset = UNSET
    dimension_value: None | str | Unset = UNSET
    value: int | None | Unset = UNSET
    source: FigureSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric.value

        year = self.year

        suppressed = self.suppressed

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        dimension: None | str | Unset
        if isinstance(self.dimension, Unset):
            dimension = UNSET
        else:
            dimension = self.dimension

        dimension_value: None | str | Unset
        if isinstance(self.dimension_value, Unset):
            dimension_value = UNSET
        else:
            dimension_value = self.dimension_value

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, FigureSource):
            source = self.source.value
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "year": year,
                "suppressed": suppressed,
            }
        )
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if dimension is not UNSET:
            field_dict["dimension"] = dimension
        if dimension_value is not UNSET:
            field_dict["dimension_value"] = dimension_value
        if value is not UNSET:
            field_dict["value"] = value
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric = Metric(d.pop("metric"))

        year = d.pop("year")

        suppressed = d.pop("suppressed")

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_dimension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dimension = _parse_dimension(d.pop("dimension", UNSET))

        def _parse_dimension_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dimension_value = _parse_dimension_value(d.pop("dimension_value", UNSET))

        def _parse_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_source(data: object) -> FigureSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_1 = FigureSource(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FigureSource | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        figure = cls(
            metric=metric,
            year=year,
            suppressed=suppressed,
            association_id=association_id,
            dimension=dimension,
            dimension_value=dimension_value,
            value=value,
            source=source,
        )

        figure.additional_properties = d
        return figure

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
