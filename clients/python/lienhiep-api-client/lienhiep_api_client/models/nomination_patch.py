from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.nomination_programme import NominationProgramme
from ..types import UNSET, Unset

T = TypeVar("T", bound="NominationPatch")


@_attrs_define
class NominationPatch:
    """Changes to a nomination as a JSON Merge Patch: left out stays, `null` clears;
    `programme` and `year` cannot be cleared. The status changes only by its operations.

        Example:
            {'notes': 'Hồ sơ gửi qua Liên hiệp hội Việt Nam'}

        Attributes:
            programme (NominationProgramme | Unset): National honour programmes (code list `nomination_programmes`; labels
                at `/api/v1/reference/nomination_programmes`): `agriculture_intellectual`, `amateur_inventor`,
                `farmers_scientist`, `golden_book_creativity`, `outstanding_intellectual`, `other`
            programme_name (None | str | Unset): The programme's name.
            year (int | Unset): Year.
            person_id (int | None | Unset): The nominee.
            nominee_name (None | str | Unset): Nominee's name.
            workplace (None | str | Unset): Workplace.
            association_id (int | None | Unset): The proposing association.
            decision_reference (None | str | Unset): Decision reference.
            notes (None | str | Unset): Notes.
    """

    programme: NominationProgramme | Unset = UNSET
    programme_name: None | str | Unset = UNSET
    year: int | Unset = UNSET
    person_id: int | None | Unset = UNSET
    nominee_name: None | str | Unset = UNSET
    workplace: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    decision_reference: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        programme: str | Unset = UNSET
        if not isinstance(self.programme, Unset):
            programme = self.programme.value

        programme_name: None | str | Unset
        if isinstance(self.programme_name, Unset):
            programme_name = UNSET
        else:
            programme_name = self.programme_name

        year = self.year

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        nominee_name: None | str | Unset
        if isinstance(self.nominee_name, Unset):
            nominee_name = UNSET
        else:
            nominee_name = self.nominee_name

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if programme is not UNSET:
            field_dict["programme"] = programme
        if programme_name is not UNSET:
            field_dict["programme_name"] = programme_name
        if year is not UNSET:
            field_dict["year"] = year
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if nominee_name is not UNSET:
            field_dict["nominee_name"] = nominee_name
        if workplace is not UNSET:
            field_dict["workplace"] = workplace
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if decision_reference is not UNSET:
            field_dict["decision_reference"] = decision_reference
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _programme = d.pop("programme", UNSET)
        programme: NominationProgramme | Unset
        if isinstance(_programme, Unset):
            programme = UNSET
        else:
            programme = NominationProgramme(_programme)

        def _parse_programme_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        programme_name = _parse_programme_name(d.pop("programme_name", UNSET))

        year = d.pop("year", UNSET)

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        def _parse_nominee_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nominee_name = _parse_nominee_name(d.pop("nominee_name", UNSET))

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

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        nomination_patch = cls(
            programme=programme,
            programme_name=programme_name,
            year=year,
            person_id=person_id,
            nominee_name=nominee_name,
            workplace=workplace,
            association_id=association_id,
            decision_reference=decision_reference,
            notes=notes,
        )

        return nomination_patch
