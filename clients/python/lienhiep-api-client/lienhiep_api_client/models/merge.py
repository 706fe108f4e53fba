from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.moved_membership import MovedMembership


T = TypeVar("T", bound="Merge")


@_attrs_define
class Merge:
    """A merge of people, which can be undone.

    Attributes:
        id (int): Id.
        kept_person_id (int): The person kept.
        merged_person_ids (list[int]): The people merged into it (kept, marked merged, until the merge is undone).
        moved_memberships (list[MovedMembership]): The memberships that moved.
        actor (str): Who merged.
        created_at (datetime.datetime): When.
        undone_at (datetime.datetime | None | Unset): When it was undone.
        undone_by (None | str | Unset): Who undid it.
    """

    id: int
    kept_person_id: int
    merged_person_ids: list[int]
    moved_memberships: list[MovedMembership]
    actor: str
    created_at: datetime.datetime
    undone_at: datetime.datetime | None | Unset = UNSET
    undone_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        kept_person_id = self.kept_person_id

        merged_person_ids = self.merged_person_ids

        moved_memberships = []
        for moved_memberships_item_data in self.moved_memberships:
            moved_memberships_item = moved_memberships_item_data.to_dict()
            moved_memberships.append(moved_memberships_item)

        actor = self.actor

        created_at = self.created_at.isoformat()

        undone_at: None | str | Unset
        if isinstance(self.undone_at, Unset):
            undone_at = UNSET
        elif isinstance(self.undone_at, datetime.datetime):
            undone_at = self.undone_at.isoformat()
        else:
            undone_at = self.undone_at

        undone_by: None | str | Unset
        if isinstance(self.undone_by, Unset):
            undone_by = UNSET
        else:
            undone_by = self.undone_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kept_person_id": kept_person_id,
                "merged_person_ids": merged_person_ids,
                "moved_memberships": moved_memberships,
                "actor": actor,
                "created_at": created_at,
            }
        )
        if undone_at is not UNSET:
            field_dict["undone_at"] = undone_at
        if undone_by is not UNSET:
            field_dict["undone_by"] = undone_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.moved_membership import MovedMembership  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        kept_person_id = d.pop("kept_person_id")

        merged_person_ids = cast(list[int], d.pop("merged_person_ids"))

        moved_memberships = []
        _moved_memberships = d.pop("moved_memberships")
        for moved_memberships_item_data in _moved_memberships:
            moved_memberships_item = MovedMembership.from_dict(moved_memberships_item_data)

            moved_memberships.append(moved_memberships_item)

        actor = d.pop("actor")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_undone_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                undone_at_type_0 = datetime.datetime.fromisoformat(data)

                return undone_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        undone_at = _parse_undone_at(d.pop("undone_at", UNSET))

        def _parse_undone_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        undone_by = _parse_undone_by(d.pop("undone_by", UNSET))

        merge = cls(
            id=id,
            kept_person_id=kept_person_id,
            merged_person_ids=merged_person_ids,
            moved_memberships=moved_memberships,
            actor=actor,
            created_at=created_at,
            undone_at=undone_at,
            undone_by=undone_by,
        )

        merge.additional_properties = d
        return merge

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
