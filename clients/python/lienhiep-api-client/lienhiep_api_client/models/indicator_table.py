from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.indicator_line import IndicatorLine


T = TypeVar("T", bound="IndicatorTable")


@_attrs_define
class IndicatorTable:
    """The development-indicator table of a year (section 5 of the union's report).

    Example:
        {'year': 2019, 'data_version': 18234, 'stale': False, 'computed_at': '2026-12-06T08:30:00Z', 'public': False,
            'items': [{'code': 'member_associations', 'section': 'I', 'number': '2', 'name_vi': 'Số hội thành viên',
            'name_en': 'Member associations', 'unit': 'count', 'metric': 'associations_by_kind', 'window_years': 1,
            'union_value': 19.0, 'present': None, 'suppressed': False, 'union_note': 'Lúc mới thành lập có 10',
            'national_value': 22.5, 'national_year': 2019, 'national_source': 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10
            năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', 'since_year': None}]}

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
        items (list[IndicatorLine]): The indicators in table order.
    """

    year: int
    data_version: int
    stale: bool
    computed_at: datetime.datetime
    public: bool
    items: list[IndicatorLine]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        data_version = self.data_version

        stale = self.stale

        computed_at = self.computed_at.isoformat()

        public = self.public

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "data_version": data_version,
                "stale": stale,
                "computed_at": computed_at,
                "public": public,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_line import IndicatorLine  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        data_version = d.pop("data_version")

        stale = d.pop("stale")

        computed_at = datetime.datetime.fromisoformat(d.pop("computed_at"))

        public = d.pop("public")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = IndicatorLine.from_dict(items_item_data)

            items.append(items_item)

        indicator_table = cls(
            year=year,
            data_version=data_version,
            stale=stale,
            computed_at=computed_at,
            public=public,
            items=items,
        )

        indicator_table.additional_properties = d
        return indicator_table

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
