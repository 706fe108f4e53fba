from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorValueInput")


@_attrs_define
class IndicatorValueInput:
    """What staff record for an indicator and a year, both sides at once: the union's
    (`union_value`, `union_note`) and the national reference (`national_value`,
    `national_source`). A `PUT` replaces each side of which it sends a field and leaves the
    other as it is. At least one field.

        Example:
            {'national_value': 22.5, 'national_source': 'Liên hiệp các hội KH&KT Việt Nam, báo cáo năm 2019', 'union_note':
                'Lúc mới thành lập có 10'}

        Attributes:
            union_value (float | None | Unset): The union's value, 0 to 1,000,000,000,000; only for indicators recorded by
                staff
                (`presence`: 1 has it, 0 does not).
            union_note (None | str | Unset): Note on the union's value, at most 2,000 characters.
            national_value (float | None | Unset): The national reference value, 0 to 1,000,000,000,000: the average over
                provincial
                unions, or for `presence` indicators the number of provincial unions that have it.
            national_source (None | str | Unset): Where the national reference comes from, at most 500 characters; required
                with `national_value`.
    """

    union_value: float | None | Unset = UNSET
    union_note: None | str | Unset = UNSET
    national_value: float | None | Unset = UNSET
    national_source: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        field_dict.update({})
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

        indicator_value_input = cls(
            union_value=union_value,
            union_note=union_note,
            national_value=national_value,
            national_source=national_source,
        )

        return indicator_value_input
