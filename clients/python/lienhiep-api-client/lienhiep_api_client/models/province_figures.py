from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvinceFigures")


@_attrs_define
class ProvinceFigures:
    """The province's own figures of a year, which the union measures itself against.

    Example:
        {'year': 2019, 'st_intellectuals': 41700, 'source': 'Cục Thống kê tỉnh Sơn La, niên giám thống kê 2019', 'note':
            None, 'version': 1, 'created_at': '2026-12-07T08:00:00Z', 'updated_at': '2026-12-07T08:00:00Z'}

    Attributes:
        year (int): The year.
        st_intellectuals (int): S&T intellectuals (bachelor or higher) in the whole province; the statistics give the
            associations' share of them (`union_intellectual_share_percent`).
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When it was recorded.
        updated_at (datetime.datetime): When it last changed.
        source (None | str | Unset): Where the figure comes from.
        note (None | str | Unset): Note.
    """

    year: int
    st_intellectuals: int
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    source: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        st_intellectuals = self.st_intellectuals

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "year": year,
                "st_intellectuals": st_intellectuals,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        st_intellectuals = d.pop("st_intellectuals")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        province_figures = cls(
            year=year,
            st_intellectuals=st_intellectuals,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            source=source,
            note=note,
        )

        province_figures.additional_properties = d
        return province_figures

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
