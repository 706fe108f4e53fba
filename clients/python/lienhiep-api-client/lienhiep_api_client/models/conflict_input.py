from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ConflictInput")


@_attrs_define
class ConflictInput:
    """A judge's conflict of interest with an entry.

    Example:
        {'note': 'Tác giả là đồng nghiệp cùng phòng thí nghiệm'}

    Attributes:
        note (str): What the conflict is, 2 to 2,000 characters.
    """

    note: str

    def to_dict(self) -> dict[str, Any]:
        note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        note = d.pop("note")

        conflict_input = cls(
            note=note,
        )

        return conflict_input
