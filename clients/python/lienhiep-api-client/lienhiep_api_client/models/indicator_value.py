from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorValue")


@_attrs_define
class IndicatorValue:
    """What is recorded for an indicator and a year.

    Attributes:
        indicator (str): The indicator's code.
        year (int): The year.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When it was recorded.
        updated_at (datetime.datetime): When it last changed.
        union_value (float | None | Unset): The union's value (indicators recorded by staff).
        union_note (None | str | Unset): Note on the union's value for the year.
        national_value (float | None | Unset): The national reference value.
        national_source (None | str | Unset): Where the national reference comes from.
    """

    indicator: str
    year: int
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    union_value: float | None | Unset = UNSET
    union_note: None | str | Unset = UNSET
    national_value: float | None | Unset = UNSET
    national_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indicator = self.indicator

        year = self.year

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        union_value: float | None | Unset
        if isinstance(self.union_value, Unset):
            union_value = UNSET
        else:
            union_value = self.union_value

        union_note: None | str | Unset
        if isinstance(self.union_note, Unset):
            union_note = UNSET
        else:
            union_note = self.union_note

        national_value: float | None | Unset
        if isinstance(self.national_value, Unset):
            national_value = UNSET
        else:
            national_value = self.national_value

        national_source: None | str | Unset
        if isinstance(self.national_source, Unset):
            national_source = UNSET
        else:
            national_source = self.national_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "indicator": indicator,
                "year": year,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if union_value is not UNSET:
            field_dict["union_value"] = union_value
        if union_note is not UNSET:
            field_dict["union_note"] = union_note
        if national_value is not UNSET:
            field_dict["national_value"] = national_value
        if national_source is not UNSET:
            field_dict["national_source"] = national_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        indicator = d.pop("indicator")

        year = d.pop("year")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_union_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        union_value = _parse_union_value(d.pop("union_value", UNSET))

        def _parse_union_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        union_note = _parse_union_note(d.pop("union_note", UNSET))

        def _parse_national_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        national_value = _parse_national_value(d.pop("national_value", UNSET))

        def _parse_national_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_source = _parse_national_source(d.pop("national_source", UNSET))

        indicator_value = cls(
            indicator=indicator,
            year=year,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            union_value=union_value,
            union_note=union_note,
            national_value=national_value,
            national_source=national_source,
        )

        indicator_value.additional_properties = d
        return indicator_value

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
