from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contest_kind import ContestKind
from ..models.minor_names import MinorNames
from ..types import UNSET, Unset

T = TypeVar("T", bound="Contest")


@_attrs_define
class Contest:
    """A contest, run in editions.

    Example:
        {'id': 1, 'code': 'technical_innovation', 'name_vi': 'Hội thi Sáng tạo kỹ thuật', 'name_en': 'Technical
            Innovation Contest', 'kind': 'technical_innovation', 'description': None, 'minor_names': 'full_name', 'version':
            1, 'created_at': '2026-11-28T00:00:00Z', 'updated_at': '2026-11-28T00:00:00Z'}

    Attributes:
        id (int): Id.
        code (str): Stable code.
        name_vi (str): Vietnamese name.
        name_en (str): English name.
        kind (ContestKind): Contest kinds (code list `contest_kinds`; labels at `/api/v1/reference/contest_kinds`):
            `technical_innovation`, `youth_creativity`, `other`
        minor_names (MinorNames): Names of minors in public (code list `minor_name_display`; labels at
            `/api/v1/reference/minor_name_display`): `full_name`, `initials`
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When the record was created.
        updated_at (datetime.datetime): When the record last changed.
        description (None | str | Unset): Description.
    """

    id: int
    code: str
    name_vi: str
    name_en: str
    kind: ContestKind
    minor_names: MinorNames
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        name_vi = self.name_vi

        name_en = self.name_en

        kind = self.kind.value

        minor_names = self.minor_names.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "name_vi": name_vi,
                "name_en": name_en,
                "kind": kind,
                "minor_names": minor_names,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        name_vi = d.pop("name_vi")

        name_en = d.pop("name_en")

        kind = ContestKind(d.pop("kind"))

        minor_names = MinorNames(d.pop("minor_names"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        contest = cls(
            id=id,
            code=code,
            name_vi=name_vi,
            name_en=name_en,
            kind=kind,
            minor_names=minor_names,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            description=description,
        )

        contest.additional_properties = d
        return contest

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
