from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConflictDeclaration")


@_attrs_define
class ConflictDeclaration:
    """A conflict-of-interest declaration of a person on a case.

    Attributes:
        has_conflict (bool): `true`: the person declared a conflict of interest, and cannot write the opinion.
        declared_at (datetime.datetime): When it was declared.
        note (None | str | Unset): What the conflict is.
    """

    has_conflict: bool
    declared_at: datetime.datetime
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_conflict = self.has_conflict

        declared_at = self.declared_at.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_conflict": has_conflict,
                "declared_at": declared_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_conflict = d.pop("has_conflict")

        declared_at = datetime.datetime.fromisoformat(d.pop("declared_at"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        conflict_declaration = cls(
            has_conflict=has_conflict,
            declared_at=declared_at,
            note=note,
        )

        conflict_declaration.additional_properties = d
        return conflict_declaration

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
