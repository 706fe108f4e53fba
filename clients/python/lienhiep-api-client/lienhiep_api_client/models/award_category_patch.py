from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.award_kind import AwardKind
from ..models.award_level import AwardLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="AwardCategoryPatch")


@_attrs_define
class AwardCategoryPatch:
    """Changes to a category as a JSON Merge Patch: left out stays. The code cannot change;
    nothing can be cleared.

        Example:
            {'name_en': 'Hero of Labour', 'position': 35}

        Attributes:
            name_vi (str | Unset): Vietnamese name.
            name_en (str | Unset): English name.
            level (AwardLevel | Unset): Award levels (code list `award_levels`; labels at `/api/v1/reference/award_levels`):
                `provincial`, `national`, `international`
            kind (AwardKind | Unset): Award kinds (code list `award_kinds`; labels at `/api/v1/reference/award_kinds`):
                `title`, `order`, `academic`, `prize`, `certificate`
            position (int | Unset): Display position.
    """

    name_vi: str | Unset = UNSET
    name_en: str | Unset = UNSET
    level: AwardLevel | Unset = UNSET
    kind: AwardKind | Unset = UNSET
    position: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name_vi = self.name_vi

        name_en = self.name_en

        level: str | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level.value

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name_vi is not UNSET:
            field_dict["name_vi"] = name_vi
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if level is not UNSET:
            field_dict["level"] = level
        if kind is not UNSET:
            field_dict["kind"] = kind
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name_vi = d.pop("name_vi", UNSET)

        name_en = d.pop("name_en", UNSET)

        _level = d.pop("level", UNSET)
        level: AwardLevel | Unset
        if isinstance(_level, Unset):
            level = UNSET
        else:
            level = AwardLevel(_level)

        _kind = d.pop("kind", UNSET)
        kind: AwardKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = AwardKind(_kind)

        position = d.pop("position", UNSET)

        award_category_patch = cls(
            name_vi=name_vi,
            name_en=name_en,
            level=level,
            kind=kind,
            position=position,
        )

        return award_category_patch
