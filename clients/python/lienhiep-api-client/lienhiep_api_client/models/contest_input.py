from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.contest_kind import ContestKind
from ..models.minor_names import MinorNames
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContestInput")


@_attrs_define
class ContestInput:
    """A new contest.

    Example:
        {'code': 'digital_transformation', 'name_vi': 'Cuộc thi Ý tưởng chuyển đổi số', 'name_en': 'Digital
            Transformation Ideas Contest', 'kind': 'other'}

    Attributes:
        code (str): Code: 2 to 64 lower-case letters, digits and `_`, starting with a letter; unique.
        name_vi (str): Vietnamese name, 2 to 300 characters.
        name_en (str): English name, 2 to 300 characters.
        kind (ContestKind): Contest kinds (code list `contest_kinds`; labels at `/api/v1/reference/contest_kinds`):
            `technical_innovation`, `youth_creativity`, `other`
        description (None | str | Unset): Description, at most 5,000 characters.
        minor_names (MinorNames | None | Unset):
    """

    code: str
    name_vi: str
    name_en: str
    kind: ContestKind
    description: None | str | Unset = UNSET
    minor_names: MinorNames | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_vi = self.name_vi

        name_en = self.name_en

        kind = self.kind.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        minor_names: None | str | Unset
        if isinstance(self.minor_names, Unset):
            minor_names = UNSET
        elif isinstance(self.minor_names, MinorNames):
            minor_names = self.minor_names.value
        else:
            minor_names = self.minor_names

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name_vi": name_vi,
                "name_en": name_en,
                "kind": kind,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if minor_names is not UNSET:
            field_dict["minor_names"] = minor_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name_vi = d.pop("name_vi")

        name_en = d.pop("name_en")

        kind = ContestKind(d.pop("kind"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_minor_names(data: object) -> MinorNames | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                minor_names_type_1 = MinorNames(data)

                return minor_names_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MinorNames | None | Unset, data)

        minor_names = _parse_minor_names(d.pop("minor_names", UNSET))

        contest_input = cls(
            code=code,
            name_vi=name_vi,
            name_en=name_en,
            kind=kind,
            description=description,
            minor_names=minor_names,
        )

        return contest_input
