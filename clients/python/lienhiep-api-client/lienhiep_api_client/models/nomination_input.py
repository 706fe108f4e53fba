from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.nomination_programme import NominationProgramme
from ..types import UNSET, Unset

T = TypeVar("T", bound="NominationInput")


@_attrs_define
class NominationInput:
    """A new nomination (status `drafted`).

    Example:
        {'programme': 'golden_book_creativity', 'year': 2019, 'nominee_name': 'Quàng Văn Bình', 'workplace': 'Trường
            THCS Tô Hiệu'}

    Attributes:
        programme (NominationProgramme): National honour programmes (code list `nomination_programmes`; labels at
            `/api/v1/reference/nomination_programmes`): `agriculture_intellectual`, `amateur_inventor`, `farmers_scientist`,
            `golden_book_creativity`, `outstanding_intellectual`, `other`
        year (int): Year, 1945 to 2100.
        programme_name (None | str | Unset): The programme's name, 2 to 200 characters; required when `programme` is
            `other`.
        person_id (int | None | Unset): The nominee, when known to the roster (name and workplace are taken from them
            when left out).
        nominee_name (None | str | Unset): Nominee's name, 2 to 200 characters; required without `person_id`.
        workplace (None | str | Unset): Workplace, at most 300 characters.
        association_id (int | None | Unset): The proposing association.
        decision_reference (None | str | Unset): Reference of the programme's decision, at most 200 characters.
        notes (None | str | Unset): Notes, at most 4,000 characters.
    """

    programme: NominationProgramme
    year: int
    programme_name: None | str | Unset = UNSET
    person_id: int | None | Unset = UNSET
    nominee_name: None | str | Unset = UNSET
    workplace: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    decision_reference: None | str | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        programme = self.programme.value

        year = self.year

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

        field_dict.update(
            {
                "programme": programme,
                "year": year,
            }
        )
        if programme_name is not UNSET:
            field_dict["programme_name"] = programme_name
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
        programme = NominationProgramme(d.pop("programme"))

        year = d.pop("year")

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

        nomination_input = cls(
            programme=programme,
            year=year,
            programme_name=programme_name,
            person_id=person_id,
            nominee_name=nominee_name,
            workplace=workplace,
            association_id=association_id,
            decision_reference=decision_reference,
            notes=notes,
        )

        return nomination_input
