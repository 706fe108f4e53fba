from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CommitteeMemberInput")


@_attrs_define
class CommitteeMemberInput:
    """A member of the standing committee.

    Attributes:
        name (str): Full name, 2 to 100 characters.
        position (None | str | Unset): Position, at most 100 characters (e.g. `Chủ tịch`, `Phó Chủ tịch`, `Ủy viên`).
    """

    name: str
    position: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        committee_member_input = cls(
            name=name,
            position=position,
        )

        return committee_member_input
