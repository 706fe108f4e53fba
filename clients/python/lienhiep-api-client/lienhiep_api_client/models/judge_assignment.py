from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JudgeAssignment")


@_attrs_define
class JudgeAssignment:
    """A judge assigned to an entry.

    Example:
        {'id': 7, 'entry_id': 41, 'user_id': 52, 'person_id': 3120, 'full_name': 'Hà Văn Thẩm', 'version': 1,
            'created_at': '2026-09-10T08:00:00Z'}

    Attributes:
        id (int): Id of the assignment.
        entry_id (int): The entry.
        user_id (int): The judge's user account.
        person_id (int): The judge's person.
        full_name (str): The judge's name.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When the judge was assigned.
    """

    id: int
    entry_id: int
    user_id: int
    person_id: int
    full_name: str
    version: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        entry_id = self.entry_id

        user_id = self.user_id

        person_id = self.person_id

        full_name = self.full_name

        version = self.version

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entry_id": entry_id,
                "user_id": user_id,
                "person_id": person_id,
                "full_name": full_name,
                "version": version,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        entry_id = d.pop("entry_id")

        user_id = d.pop("user_id")

        person_id = d.pop("person_id")

        full_name = d.pop("full_name")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        judge_assignment = cls(
            id=id,
            entry_id=entry_id,
            user_id=user_id,
            person_id=person_id,
            full_name=full_name,
            version=version,
            created_at=created_at,
        )

        judge_assignment.additional_properties = d
        return judge_assignment

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
