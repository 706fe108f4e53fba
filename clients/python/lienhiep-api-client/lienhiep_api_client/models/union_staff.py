from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.staff_by_education import StaffByEducation


T = TypeVar("T", bound="UnionStaff")


@_attrs_define
class UnionStaff:
    """The full-time staff of the union's office in a year.

    Example:
        {'year': 2019, 'full_time': 10, 'by_education': {'master': 2, 'bachelor': 7}, 'note': '3 lãnh đạo, 1 chuyên
            trách, 02 cán bộ nghỉ hưu', 'version': 1, 'created_at': '2026-12-07T08:00:00Z', 'updated_at':
            '2026-12-07T08:00:00Z'}

    Attributes:
        year (int): The year.
        full_time (int): Full-time staff.
        by_education (StaffByEducation): People by highest education level (the codes of `education_levels`); a level
            left out:
            none known.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When it was recorded.
        updated_at (datetime.datetime): When it last changed.
        note (None | str | Unset): Note.
    """

    year: int
    full_time: int
    by_education: StaffByEducation
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        full_time = self.full_time

        by_education = self.by_education.to_dict()

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
                "full_time": full_time,
                "by_education": by_education,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.staff_by_education import StaffByEducation  # noqa: PLC0415

        d = dict(src_dict)
        year = d.pop("year")

        full_time = d.pop("full_time")

        by_education = StaffByEducation.from_dict(d.pop("by_education"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        union_staff = cls(
            year=year,
            full_time=full_time,
            by_education=by_education,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            note=note,
        )

        union_staff.additional_properties = d
        return union_staff

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
