from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.committee_member_input import CommitteeMemberInput


T = TypeVar("T", bound="TermInput")


@_attrs_define
class TermInput:
    """A congress term (nhiệm kỳ) of the union; a `PUT` sets all of it.

    Example:
        {'congress_on': '2015-10-16', 'first_year': 2015, 'last_year': 2020, 'standing_committee': [{'name': 'Nguyễn Văn
            An', 'position': 'Chủ tịch'}], 'executive_committee_size': 25, 'fatherland_front_delegates': 1, 'note': 'Đại hội
            lần thứ II'}

    Attributes:
        congress_on (datetime.date): The day the congress opened; not in the future, in `first_year`.
        first_year (int): First year of the term, 1900 to 2100.
        last_year (int): Last year of the term (the planned one while it runs), from `first_year` to
            `first_year` + 10.
        standing_committee (list[CommitteeMemberInput] | Unset): The standing committee (ban thường vụ), at most 50
            people.
        executive_committee_size (int | None | Unset): Members of the executive committee (ban chấp hành), 0 to 500.
        fatherland_front_delegates (int | None | Unset): Delegates of the union to the Fatherland Front's committee, 0
            to 100.
        note (None | str | Unset): Note, at most 2,000 characters.
    """

    congress_on: datetime.date
    first_year: int
    last_year: int
    standing_committee: list[CommitteeMemberInput] | Unset = UNSET
    executive_committee_size: int | None | Unset = UNSET
    fatherland_front_delegates: int | None | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        congress_on = self.congress_on.isoformat()

        first_year = self.first_year

        last_year = self.last_year

        standing_committee: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.standing_committee, Unset):
            standing_committee = []
            for standing_committee_item_data in self.standing_committee:
                standing_committee_item = standing_committee_item_data.to_dict()
                standing_committee.append(standing_committee_item)

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

        field_dict.update(
            {
                "congress_on": congress_on,
                "first_year": first_year,
                "last_year": last_year,
            }
        )
        if standing_committee is not UNSET:
            field_dict["standing_committee"] = standing_committee
        if executive_committee_size is not UNSET:
            field_dict["executive_committee_size"] = executive_committee_size
        if fatherland_front_delegates is not UNSET:
            field_dict["fatherland_front_delegates"] = fatherland_front_delegates
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.committee_member_input import CommitteeMemberInput  # noqa: PLC0415

        d = dict(src_dict)
        congress_on = datetime.date.fromisoformat(d.pop("congress_on"))

        first_year = d.pop("first_year")

        last_year = d.pop("last_year")

        _standing_committee = d.pop("standing_committee", UNSET)
        standing_committee: list[CommitteeMemberInput] | Unset = UNSET
        if _standing_committee is not UNSET:
            standing_committee = []
            for standing_committee_item_data in _standing_committee:
                standing_committee_item = CommitteeMemberInput.from_dict(standing_committee_item_data)

                standing_committee.append(standing_committee_item)

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

        term_input = cls(
            congress_on=congress_on,
            first_year=first_year,
            last_year=last_year,
            standing_committee=standing_committee,
            executive_committee_size=executive_committee_size,
            fatherland_front_delegates=fatherland_front_delegates,
            note=note,
        )

        return term_input
