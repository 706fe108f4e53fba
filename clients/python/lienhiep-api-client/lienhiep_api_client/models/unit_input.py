from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.union_unit_kind import UnionUnitKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="UnitInput")


@_attrs_define
class UnitInput:
    """A department, centre or council of the union itself; a `PUT` sets all of it.

    Example:
        {'name': 'Trung tâm Tư vấn và Chuyển giao công nghệ', 'kind': 'centre', 'established_year': 2015}

    Attributes:
        name (str): Name, 2 to 300 characters.
        kind (UnionUnitKind): Kinds of the union's own units (code list `union_unit_kinds`; labels at
            `/api/v1/reference/union_unit_kinds`): `department`, `centre`, `council`, `other`
        established_year (int | None | Unset): Year it was set up, 1900 to 2100.
        closed_year (int | None | Unset): Year it was closed, not before `established_year`; `null` while it works.
        note (None | str | Unset): Note, at most 2,000 characters.
    """

    name: str
    kind: UnionUnitKind
    established_year: int | None | Unset = UNSET
    closed_year: int | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

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

        field_dict.update(
            {
                "name": name,
                "kind": kind,
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
        name = d.pop("name")

        kind = UnionUnitKind(d.pop("kind"))

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

        unit_input = cls(
            name=name,
            kind=kind,
            established_year=established_year,
            closed_year=closed_year,
            note=note,
        )

        return unit_input
