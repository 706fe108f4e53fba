from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.award_kind import AwardKind
from ..models.award_level import AwardLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="AwardCategoryInput")


@_attrs_define
class AwardCategoryInput:
    """A new award category.

    Example:
        {'code': 'provincial_science_prize', 'name_vi': 'Giải thưởng khoa học và công nghệ tỉnh', 'name_en': 'Provincial
            Science and Technology Prize', 'level': 'provincial', 'kind': 'prize'}

    Attributes:
        code (str): Code: 2 to 64 lower-case letters, digits and `_`, starting with a letter; unique.
        name_vi (str): Vietnamese name, 2 to 200 characters.
        name_en (str): English name, 2 to 200 characters.
        level (AwardLevel): Award levels (code list `award_levels`; labels at `/api/v1/reference/award_levels`):
            `provincial`, `national`, `international`
        kind (AwardKind): Award kinds (code list `award_kinds`; labels at `/api/v1/reference/award_kinds`): `title`,
            `order`, `academic`, `prize`, `certificate`
        position (int | None | Unset): Display position, 0 to 1,000,000 (default: after the last).
    """

    code: str
    name_vi: str
    name_en: str
    level: AwardLevel
    kind: AwardKind
    position: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_vi = self.name_vi

        name_en = self.name_en

        level = self.level.value

        kind = self.kind.value

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name_vi": name_vi,
                "name_en": name_en,
                "level": level,
                "kind": kind,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name_vi = d.pop("name_vi")

        name_en = d.pop("name_en")

        level = AwardLevel(d.pop("level"))

        kind = AwardKind(d.pop("kind"))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        award_category_input = cls(
            code=code,
            name_vi=name_vi,
            name_en=name_en,
            level=level,
            kind=kind,
            position=position,
        )

        return award_category_input
