from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.author_role import AuthorRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntryAuthor")


@_attrs_define
class EntryAuthor:
    """A person named on an entry.

    Attributes:
        role (AuthorRole): Entry author roles (code list `entry_author_roles`; labels at
            `/api/v1/reference/entry_author_roles`): `author`, `pupil`, `supervisor`
        full_name (str): Name. In published results a pupil under 18 is named as the contest's `minor_names`
            says (full name, or initials).
        person_id (int | None | Unset): The person in the registry, when known (*full view*).
        workplace (None | str | Unset): Workplace.
        school (None | str | Unset): School (pupils and supervisors).
        grade (int | None | Unset): Grade, 1 to 12 (pupils).
        birth_date (datetime.date | None | Unset): Birth date (*full view*).
    """

    role: AuthorRole
    full_name: str
    person_id: int | None | Unset = UNSET
    workplace: None | str | Unset = UNSET
    school: None | str | Unset = UNSET
    grade: int | None | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        full_name = self.full_name

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

        school: None | str | Unset
        if isinstance(self.school, Unset):
            school = UNSET
        else:
            school = self.school

        grade: int | None | Unset
        if isinstance(self.grade, Unset):
            grade = UNSET
        else:
            grade = self.grade

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "full_name": full_name,
            }
        )
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if workplace is not UNSET:
            field_dict["workplace"] = workplace
        if school is not UNSET:
            field_dict["school"] = school
        if grade is not UNSET:
            field_dict["grade"] = grade
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = AuthorRole(d.pop("role"))

        full_name = d.pop("full_name")

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

        def _parse_school(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        school = _parse_school(d.pop("school", UNSET))

        def _parse_grade(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        grade = _parse_grade(d.pop("grade", UNSET))

        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)

                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))

        entry_author = cls(
            role=role,
            full_name=full_name,
            person_id=person_id,
            workplace=workplace,
            school=school,
            grade=grade,
            birth_date=birth_date,
        )

        entry_author.additional_properties = d
        return entry_author

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
