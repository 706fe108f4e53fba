from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnionValueInput")


@_attrs_define
class UnionValueInput:
    """The union's side of an indicator's values for a year: its value and its note. Writing it
    leaves the national reference as it is.

        Example:
            {'union_value': 1, 'union_note': 'Bản tin Khoa học và Đời sống, số ra hằng quý'}

        Attributes:
            union_value (float | None | Unset): The union's value, 0 to 1,000,000,000,000; only for indicators recorded by
                staff
                (`presence`: 1 has it, 0 does not). With `union_note`, at least one.
            union_note (None | str | Unset): Note on the union's value (where it comes from, what it counts), at most 2,000
                characters.
    """

    union_value: float | None | Unset = UNSET
    union_note: None | str | Unset = UNSET

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

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if union_value is not UNSET:
            field_dict["union_value"] = union_value
        if union_note is not UNSET:
            field_dict["union_note"] = union_note

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

        union_value_input = cls(
            union_value=union_value,
            union_note=union_note,
        )

        return union_value_input
