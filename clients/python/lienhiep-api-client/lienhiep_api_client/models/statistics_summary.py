from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.resource_figures import ResourceFigures


T = TypeVar("T", bound="StatisticsSummary")


@_attrs_define
class StatisticsSummary:
    """Every figure of a year, grouped by resource.

    Example:
        {'year': 2025, 'data_version': 18234, 'stale': False, 'computed_at': '2026-12-06T08:30:00Z', 'public': False,
            'resources': [{'resource': 'members', 'figures': [{'metric': 'members_total', 'year': 2025, 'association_id': 3,
            'dimension': None, 'dimension_value': None, 'value': 1520, 'suppressed': False, 'source': 'roster'}]}]}

    Attributes:
        year (int): The year.
        data_version (int): The data version the figures hold every change up to; it moves with every change of
            the data. With `stale` false it is the current one.
        stale (bool): Whether the data changed since the figures were computed. Stale figures are the last
            complete ones, computed at most `LIENHIEP_STATISTICS_MAX_STALENESS_SECS` seconds ago
            (60 by default), answered while newer ones are computed; the `Age` header then says
            their age in seconds. `fresh=true` asks for figures at the current version.
        computed_at (datetime.datetime): When the figures were computed (RFC 3339, UTC); for several years, the oldest.
        public (bool): The public subset, with small cells suppressed.
        resources (list[ResourceFigures]): The figures by resource.
    """

    year: int
    data_version: int
    stale: bool
    computed_at: datetime.datetime
    public: bool
    resources: list[ResourceFigures]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        data_version = self.data_version

        stale = self.stale

        computed_at = self.computed_at.isoformat()

        public = self.public

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "data_version": data_version,
                "stale": stale,
                "computed_at": computed_at,
                "public": public,
                "resources": resources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_figures import ResourceFigures  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        data_version = d.pop("data_version")

        stale = d.pop("stale")

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))

        public = d.pop("public")

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = ResourceFigures.from_dict(resources_item_data)

            resources.append(resources_item)

        statistics_summary = cls(
            year=year,
            data_version=data_version,
            stale=stale,
            computed_at=computed_at,
            public=public,
            resources=resources,
        )

        statistics_summary.additional_properties = d
        return statistics_summary

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
