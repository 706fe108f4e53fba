from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.contest_kind import ContestKind
from ..models.minor_names import MinorNames
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContestPatch")


@_attrs_define
class ContestPatch:
    """Changes to a contest as a JSON Merge Patch: left out stays; only `description` can be
    cleared; the code never changes.

        Example:
            {'minor_names': 'initials'}

        Attributes:
            name_vi (str | Unset): Vietnamese name.
            name_en (str | Unset): English name.
            kind (ContestKind | Unset): Contest kinds (code list `contest_kinds`; labels at
                `/api/v1/reference/contest_kinds`): `technical_innovation`, `youth_creativity`, `other`
            description (None | str | Unset): Description.
            minor_names (MinorNames | Unset): Names of minors in public (code list `minor_name_display`; labels at
                `/api/v1/reference/minor_name_display`): `full_name`, `initials`
    """

    name_vi: str | Unset = UNSET
    name_en: str | Unset = UNSET
    kind: ContestKind | Unset = UNSET
    description: None | str | Unset = UNSET
    minor_names: MinorNames | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name_vi = self.name_vi

        name_en = self.name_en

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        minor_names: str | Unset = UNSET
        if not isinstance(self.minor_names, Unset):
            minor_names = self.minor_names.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name_vi is not UNSET:
            field_dict["name_vi"] = name_vi
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if kind is not UNSET:
            field_dict["kind"] = kind
        if description is not UNSET:
            field_dict["description"] = description
        if minor_names is not UNSET:
            field_dict["minor_names"] = minor_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name_vi = d.pop("name_vi", UNSET)

        name_en = d.pop("name_en", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: ContestKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = ContestKind(_kind)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _minor_names = d.pop("minor_names", UNSET)
        minor_names: MinorNames | Unset
        if isinstance(_minor_names, Unset):
            minor_names = UNSET
        else:
            minor_names = MinorNames(_minor_names)

        contest_patch = cls(
            name_vi=name_vi,
            name_en=name_en,
            kind=kind,
            description=description,
            minor_names=minor_names,
        )

        return contest_patch
