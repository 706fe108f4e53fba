from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.union_unit_kind import UnionUnitKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnionUnit")


@_attrs_define
class UnionUnit:
    """A department, centre or council of the union itself.

    Example:
        {'code': 'tu_van', 'name': 'Trung tâm Tư vấn và Chuyển giao công nghệ', 'kind': 'centre', 'established_year':
            2015, 'closed_year': None, 'note': None, 'version': 1, 'created_at': '2026-12-07T08:00:00Z', 'updated_at':
            '2026-12-07T08:00:00Z'}

    Attributes:
        code (str): Code, chosen by staff (2 to 64 lower-case letters, digits and `_`).
        name (str): Name.
        kind (UnionUnitKind): Kinds of the union's own units (code list `union_unit_kinds`; labels at
            `/api/v1/reference/union_unit_kinds`): `department`, `centre`, `council`, `other`
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When it was recorded.
        updated_at (datetime.datetime): When it last changed.
        established_year (int | None | Unset): Year it was set up.
        closed_year (int | None | Unset): Year it was closed; `null` while it works.
        note (None | str | Unset): Note.
    """

    code: str
    name: str
    kind: UnionUnitKind
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    established_year: int | None | Unset = UNSET
    closed_year: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        kind = self.kind.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        established_year: int | None | Unset
        if isinstance(self.established_year, Unset):
            established_year = UNSET
        else:
            established_year = self.established_year

        closed_year: int | None | Unset
        if isinstance(self.closed_year, Unset):
            closed_year = UNSET
        else:
            closed_year = self.closed_year

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "kind": kind,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if established_year is not UNSET:
            field_dict["established_year"] = established_year
        if closed_year is not UNSET:
            field_dict["closed_year"] = closed_year
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        kind = UnionUnitKind(d.pop("kind"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_established_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        established_year = _parse_established_year(d.pop("established_year", UNSET))

        def _parse_closed_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        closed_year = _parse_closed_year(d.pop("closed_year", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        union_unit = cls(
            code=code,
            name=name,
            kind=kind,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            established_year=established_year,
            closed_year=closed_year,
            note=note,
        )

        union_unit.additional_properties = d
        return union_unit

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
