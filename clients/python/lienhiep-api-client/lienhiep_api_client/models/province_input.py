from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvinceInput")


@_attrs_define
class ProvinceInput:
    """The province's own figures of a year; a `PUT` sets all of it.

    Example:
        {'st_intellectuals': 41700, 'source': 'Cục Thống kê tỉnh Sơn La, niên giám thống kê 2019'}

    Attributes:
        st_intellectuals (int): S&T intellectuals (bachelor or higher) in the whole province, 0 to 100,000,000.
        source (None | str | Unset): Where the figure comes from, at most 500 characters.
        note (None | str | Unset): Note, at most 2,000 characters.
    """

    st_intellectuals: int
    source: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        st_intellectuals = self.st_intellectuals

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

        field_dict.update(
            {
                "st_intellectuals": st_intellectuals,
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
        st_intellectuals = d.pop("st_intellectuals")

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

        province_input = cls(
            st_intellectuals=st_intellectuals,
            source=source,
            note=note,
        )

        return province_input
