from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.award_kind import AwardKind
from ..models.award_level import AwardLevel

T = TypeVar("T", bound="AwardCategory")


@_attrs_define
class AwardCategory:
    """An award category: an achievement that qualifies an honouree (Labour Hero, Doctorate, …).

    Example:
        {'id': 4, 'code': 'labour_hero', 'name_vi': 'Anh hùng Lao động', 'name_en': 'Labour Hero', 'level': 'national',
            'kind': 'title', 'position': 40, 'version': 1, 'created_at': '2026-11-28T08:00:00Z', 'updated_at':
            '2026-11-28T08:00:00Z'}

    Attributes:
        id (int): Id.
        code (str): Stable code, fixed at creation. The seeded categories use the codes of the
            `honour_titles` code list.
        name_vi (str): Vietnamese name.
        name_en (str): English name.
        level (AwardLevel): Award levels (code list `award_levels`; labels at `/api/v1/reference/award_levels`):
            `provincial`, `national`, `international`
        kind (AwardKind): Award kinds (code list `award_kinds`; labels at `/api/v1/reference/award_kinds`): `title`,
            `order`, `academic`, `prize`, `certificate`
        position (int): Display position (lists are in this order).
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When the record was created.
        updated_at (datetime.datetime): When the record last changed.
    """

    id: int
    code: str
    name_vi: str
    name_en: str
    level: AwardLevel
    kind: AwardKind
    position: int
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        name_vi = self.name_vi

        name_en = self.name_en

        level = self.level.value

        kind = self.kind.value

        position = self.position

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "name_vi": name_vi,
                "name_en": name_en,
                "level": level,
                "kind": kind,
                "position": position,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        name_vi = d.pop("name_vi")

        name_en = d.pop("name_en")

        level = AwardLevel(d.pop("level"))

        kind = AwardKind(d.pop("kind"))

        position = d.pop("position")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        award_category = cls(
            id=id,
            code=code,
            name_vi=name_vi,
            name_en=name_en,
            level=level,
            kind=kind,
            position=position,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
        )

        award_category.additional_properties = d
        return award_category

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
