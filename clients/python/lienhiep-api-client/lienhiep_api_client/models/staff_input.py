from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_by_education import StaffByEducation


T = TypeVar("T", bound="StaffInput")


@_attrs_define
class StaffInput:
    """The full-time staff of the union's office in a year; a `PUT` sets all of it.

    Example:
        {'full_time': 10, 'by_education': {'master': 2, 'bachelor': 7}, 'note': '3 lãnh đạo, 1 chuyên trách, 02 cán bộ
            nghỉ hưu'}

    Attributes:
        full_time (int): Full-time staff, 0 to 1,000.
        by_education (StaffByEducation | Unset): People by highest education level (the codes of `education_levels`); a
            level left out:
            none known.
        note (None | str | Unset): Note, at most 2,000 characters (e.g. who they are).
    """

    full_time: int
    by_education: StaffByEducation | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_time = self.full_time

        by_education: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_education, Unset):
            by_education = self.by_education.to_dict()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "full_time": full_time,
            }
        )
        if by_education is not UNSET:
            field_dict["by_education"] = by_education
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_by_education import StaffByEducation  # noqa: PLC0415

        d = dict(src_dict)
        full_time = d.pop("full_time")

        _by_education = d.pop("by_education", UNSET)
        by_education: StaffByEducation | Unset
        if isinstance(_by_education, Unset):
            by_education = UNSET
        else:
            by_education = StaffByEducation.from_dict(_by_education)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        staff_input = cls(
            full_time=full_time,
            by_education=by_education,
            note=note,
        )

        return staff_input
