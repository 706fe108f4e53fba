from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.nomination_programme import NominationProgramme
from ..models.nomination_status import NominationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Nomination")


@_attrs_define
class Nomination:
    """A nomination of a person to a national honour programme (đề cử vinh danh toàn quốc).

    Example:
        {'id': 3, 'programme': 'farmers_scientist', 'programme_name': None, 'year': 2019, 'person_id': 88,
            'nominee_name': 'Lường Văn Thắng', 'workplace': 'Trung tâm Khuyến nông tỉnh', 'association_id': 4, 'status':
            'honoured', 'decision_reference': 'Quyết định 125/QĐ-LHHVN', 'submitted_on': '2019-04-02', 'decided_on':
            '2019-10-10', 'notes': None, 'version': 3, 'created_at': '2019-03-01T08:00:00Z', 'updated_at':
            '2019-10-15T08:00:00Z'}

    Attributes:
        id (int): Id.
        programme (NominationProgramme): National honour programmes (code list `nomination_programmes`; labels at
            `/api/v1/reference/nomination_programmes`): `agriculture_intellectual`, `amateur_inventor`, `farmers_scientist`,
            `golden_book_creativity`, `outstanding_intellectual`, `other`
        year (int): Year of the programme.
        nominee_name (str): Nominee's name.
        status (NominationStatus): Nomination statuses (code list `nomination_statuses`; labels at
            `/api/v1/reference/nomination_statuses`): `drafted`, `submitted`, `honoured`, `not_selected`
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When the record was created.
        updated_at (datetime.datetime): When the record last changed.
        programme_name (None | str | Unset): The programme's name when `programme` is `other`.
        person_id (int | None | Unset): The nominee, when a known person (staff view; `null` for others).
        workplace (None | str | Unset): Nominee's workplace.
        association_id (int | None | Unset): The association that proposed the nominee.
        decision_reference (None | str | Unset): Reference of the programme's decision.
        submitted_on (datetime.date | None | Unset): When it was sent to the programme, as recorded with `submit`
            (`null`: not yet, or
            before these dates were kept); the audit log keeps when it was entered.
        decided_on (datetime.date | None | Unset): When the programme decided, as recorded with `record-honoured` or
            `record-not-selected`.
        notes (None | str | Unset): Notes (staff view; `null` for others).
    """

    id: int
    programme: NominationProgramme
    year: int
    nominee_name: str
    status: NominationStatus
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    programme_name: None | str | Unset = UNSET
    person_id: int | None | Unset = UNSET
    workplace: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    decision_reference: None | str | Unset = UNSET
    submitted_on: datetime.date | None | Unset = UNSET
    decided_on: datetime.date | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        programme = self.programme.value

        year = self.year

        nominee_name = self.nominee_name

        status = self.status.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        programme_name: None | str | Unset
        if isinstance(self.programme_name, Unset):
            programme_name = UNSET
        else:
            programme_name = self.programme_name

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        workplace: None | str | Unset
        if isinstance(self.workplace, Unset):
            workplace = UNSET
        else:
            workplace = self.workplace

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        decision_reference: None | str | Unset
        if isinstance(self.decision_reference, Unset):
            decision_reference = UNSET
        else:
            decision_reference = self.decision_reference

        submitted_on: None | str | Unset
        if isinstance(self.submitted_on, Unset):
            submitted_on = UNSET
        elif isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "programme": programme,
                "year": year,
                "nominee_name": nominee_name,
                "status": status,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if programme_name is not UNSET:
            field_dict["programme_name"] = programme_name
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if workplace is not UNSET:
            field_dict["workplace"] = workplace
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if decision_reference is not UNSET:
            field_dict["decision_reference"] = decision_reference
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        programme = NominationProgramme(d.pop("programme"))

        year = d.pop("year")

        nominee_name = d.pop("nominee_name")

        status = NominationStatus(d.pop("status"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_programme_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        programme_name = _parse_programme_name(d.pop("programme_name", UNSET))

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        def _parse_workplace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workplace = _parse_workplace(d.pop("workplace", UNSET))

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_decision_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_reference = _parse_decision_reference(d.pop("decision_reference", UNSET))

        def _parse_submitted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.date.fromisoformat(data)

                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        submitted_on = _parse_submitted_on(d.pop("submitted_on", UNSET))

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decided_on", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        nomination = cls(
            id=id,
            programme=programme,
            year=year,
            nominee_name=nominee_name,
            status=status,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            programme_name=programme_name,
            person_id=person_id,
            workplace=workplace,
            association_id=association_id,
            decision_reference=decision_reference,
            submitted_on=submitted_on,
            decided_on=decided_on,
            notes=notes,
        )

        nomination.additional_properties = d
        return nomination

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
