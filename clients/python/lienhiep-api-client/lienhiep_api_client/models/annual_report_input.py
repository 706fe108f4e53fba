from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnualReportInput")


@_attrs_define
class AnnualReportInput:
    """The content of an annual report; a `PUT` replaces all of it. At least one figure.

    Example:
        {'members': 1480, 'intellectual_members': 310, 'branches': 12, 'activities': 9, 'document': 'Báo cáo tổng kết
            năm 2024 số 15/BC-HYH'}

    Attributes:
        members (int | None | Unset): Members at the end of the year, 0 to 100,000,000.
        intellectual_members (int | None | Unset): Members who are S&T intellectuals, 0 to 100,000,000 and not more than
            `members`.
        branches (int | None | Unset): Branches, 0 to 100,000,000.
        activities (int | None | Unset): Activities held in the year, 0 to 100,000,000.
        document (None | str | Unset): The document the figures come from, at most 500 characters.
        note (None | str | Unset): Note, at most 2,000 characters.
    """

    members: int | None | Unset = UNSET
    intellectual_members: int | None | Unset = UNSET
    branches: int | None | Unset = UNSET
    activities: int | None | Unset = UNSET
    document: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        members: int | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        else:
            members = self.members

        intellectual_members: int | None | Unset
        if isinstance(self.intellectual_members, Unset):
            intellectual_members = UNSET
        else:
            intellectual_members = self.intellectual_members

        branches: int | None | Unset
        if isinstance(self.branches, Unset):
            branches = UNSET
        else:
            branches = self.branches

        activities: int | None | Unset
        if isinstance(self.activities, Unset):
            activities = UNSET
        else:
            activities = self.activities

        document: None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        else:
            document = self.document

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if members is not UNSET:
            field_dict["members"] = members
        if intellectual_members is not UNSET:
            field_dict["intellectual_members"] = intellectual_members
        if branches is not UNSET:
            field_dict["branches"] = branches
        if activities is not UNSET:
            field_dict["activities"] = activities
        if document is not UNSET:
            field_dict["document"] = document
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_members(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        members = _parse_members(d.pop("members", UNSET))

        def _parse_intellectual_members(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        intellectual_members = _parse_intellectual_members(d.pop("intellectual_members", UNSET))

        def _parse_branches(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branches = _parse_branches(d.pop("branches", UNSET))

        def _parse_activities(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        activities = _parse_activities(d.pop("activities", UNSET))

        def _parse_document(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document = _parse_document(d.pop("document", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        annual_report_input = cls(
            members=members,
            intellectual_members=intellectual_members,
            branches=branches,
            activities=activities,
            document=document,
            note=note,
        )

        return annual_report_input
