from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeclarationInput")


@_attrs_define
class DeclarationInput:
    """A conflict-of-interest declaration.

    Example:
        {'has_conflict': False}

    Attributes:
        has_conflict (bool): `true` declares a conflict of interest (the expert then cannot write the opinion);
            `false` declares none.
        note (None | str | Unset): What the conflict is, 2 to 2,000 characters; required with `has_conflict: true`.
    """

    has_conflict: bool
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        has_conflict = self.has_conflict

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "has_conflict": has_conflict,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_conflict = d.pop("has_conflict")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        declaration_input = cls(
            has_conflict=has_conflict,
            note=note,
        )

        return declaration_input
