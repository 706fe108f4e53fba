from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_figure import MemberFigure


T = TypeVar("T", bound="AnnualReport")


@_attrs_define
class AnnualReport:
    """An annual report as the API shows it.

    Example:
        {'association_id': 3, 'year': 2024, 'members': {'reported': 1480, 'value': 1480, 'source': 'annual_report'},
            'intellectual_members': {'reported': 310, 'value': 310, 'source': 'annual_report'}, 'branches': 12,
            'activities': 9, 'document': 'Báo cáo tổng kết năm 2024 số 15/BC-HYH', 'note': None, 'version': 1, 'created_at':
            '2025-01-10T08:00:00Z', 'updated_at': '2025-01-10T08:00:00Z'}

    Attributes:
        association_id (int): The association.
        year (int): The year reported on.
        members (MemberFigure): A member figure of a year: what the report says, and the figure that stands for the
            year.
        intellectual_members (MemberFigure): A member figure of a year: what the report says, and the figure that stands
            for the year.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When the report was recorded.
        updated_at (datetime.datetime): When it last changed.
        branches (int | None | Unset): Branches (chi hội, cơ sở hội) the report gives.
        activities (int | None | Unset): Activities held in the year, as the report gives them.
        document (None | str | Unset): The document the figures come from (e.g. the report's number).
        note (None | str | Unset): Note.
    """

    association_id: int
    year: int
    members: MemberFigure
    intellectual_members: MemberFigure
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    branches: int | None | Unset = UNSET
    activities: int | None | Unset = UNSET
    document: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        association_id = self.association_id

        year = self.year

        members = self.members.to_dict()

        intellectual_members = self.intellectual_members.to_dict()

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "association_id": association_id,
                "year": year,
                "members": members,
                "intellectual_members": intellectual_members,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
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
        from ..models.member_figure import MemberFigure  # noqa: PLC0415

        d = dict(src_dict)
        association_id = d.pop("association_id")

        year = d.pop("year")

        members = MemberFigure.from_dict(d.pop("members"))

        intellectual_members = MemberFigure.from_dict(d.pop("intellectual_members"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        annual_report = cls(
            association_id=association_id,
            year=year,
            members=members,
            intellectual_members=intellectual_members,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            branches=branches,
            activities=activities,
            document=document,
            note=note,
        )

        annual_report.additional_properties = d
        return annual_report

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
