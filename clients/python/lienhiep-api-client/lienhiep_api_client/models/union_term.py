from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.committee_member_view import CommitteeMemberView


T = TypeVar("T", bound="UnionTerm")


@_attrs_define
class UnionTerm:
    """A congress term of the union (nhiệm kỳ).

    Example:
        {'number': 2, 'congress_on': '2015-10-16', 'first_year': 2015, 'last_year': 2020, 'standing_committee':
            [{'name': 'Nguyễn Văn An', 'position': 'Chủ tịch'}], 'executive_committee_size': 25,
            'fatherland_front_delegates': 1, 'note': 'Đại hội lần thứ II', 'version': 1, 'created_at':
            '2026-12-07T08:00:00Z', 'updated_at': '2026-12-07T08:00:00Z'}

    Attributes:
        number (int): The congress's number (the congress of term II is 2).
        congress_on (datetime.date): The day the congress opened.
        first_year (int): First year of the term.
        last_year (int): Last year of the term (planned, while it runs).
        standing_committee (list[CommitteeMemberView]): The standing committee (ban thường vụ).
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When it was recorded.
        updated_at (datetime.datetime): When it last changed.
        executive_committee_size (int | None | Unset): Members of the executive committee (ban chấp hành).
        fatherland_front_delegates (int | None | Unset): Delegates of the union to the Fatherland Front's committee.
        note (None | str | Unset): Note.
    """

    number: int
    congress_on: datetime.date
    first_year: int
    last_year: int
    standing_committee: list[CommitteeMemberView]
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    executive_committee_size: int | None | Unset = UNSET
    fatherland_front_delegates: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        congress_on = self.congress_on.isoformat()

        first_year = self.first_year

        last_year = self.last_year

        standing_committee = []
        for standing_committee_item_data in self.standing_committee:
            standing_committee_item = standing_committee_item_data.to_dict()
            standing_committee.append(standing_committee_item)

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        executive_committee_size: int | None | Unset
        if isinstance(self.executive_committee_size, Unset):
            executive_committee_size = UNSET
        else:
            executive_committee_size = self.executive_committee_size

        fatherland_front_delegates: int | None | Unset
        if isinstance(self.fatherland_front_delegates, Unset):
            fatherland_front_delegates = UNSET
        else:
            fatherland_front_delegates = self.fatherland_front_delegates

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "congress_on": congress_on,
                "first_year": first_year,
                "last_year": last_year,
                "standing_committee": standing_committee,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if executive_committee_size is not UNSET:
            field_dict["executive_committee_size"] = executive_committee_size
        if fatherland_front_delegates is not UNSET:
            field_dict["fatherland_front_delegates"] = fatherland_front_delegates
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.committee_member_view import CommitteeMemberView  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        congress_on = datetime.date.fromisoformat(d.pop("congress_on"))

        first_year = d.pop("first_year")

        last_year = d.pop("last_year")

        standing_committee = []
        _standing_committee = d.pop("standing_committee")
        for standing_committee_item_data in _standing_committee:
            standing_committee_item = CommitteeMemberView.from_dict(standing_committee_item_data)

            standing_committee.append(standing_committee_item)

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_executive_committee_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        executive_committee_size = _parse_executive_committee_size(d.pop("executive_committee_size", UNSET))

        def _parse_fatherland_front_delegates(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fatherland_front_delegates = _parse_fatherland_front_delegates(d.pop("fatherland_front_delegates", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        union_term = cls(
            number=number,
            congress_on=congress_on,
            first_year=first_year,
            last_year=last_year,
            standing_committee=standing_committee,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            executive_committee_size=executive_committee_size,
            fatherland_front_delegates=fatherland_front_delegates,
            note=note,
        )

        union_term.additional_properties = d
        return union_term

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
