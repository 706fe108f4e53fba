from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.author_role import AuthorRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntryAuthorInput")


@_attrs_define
class EntryAuthorInput:
    """A person named on an entry: a known person by `person_id` (name and workplace are taken
    from the registry unless given), or anyone by name.

        Example:
            {'role': 'pupil', 'full_name': 'Cầm Thị Hoa', 'school': 'Trường THPT Chuyên Sơn La', 'grade': 11, 'birth_date':
                '2010-05-04'}

        Attributes:
            role (AuthorRole): Entry author roles (code list `entry_author_roles`; labels at
                `/api/v1/reference/entry_author_roles`): `author`, `pupil`, `supervisor`
            person_id (int | None | Unset): A person in the registry (for an association manager, a member of one of its
                associations).
            full_name (None | str | Unset): Name, 2 to 200 characters; required without `person_id`.
            workplace (None | str | Unset): Workplace, at most 300 characters.
            school (None | str | Unset): School, at most 300 characters; required for a pupil.
            grade (int | None | Unset): Grade, 1 to 12; required for a pupil, only for a pupil.
            birth_date (datetime.date | None | Unset): Birth date; not in the future. Decides whether a pupil is under 18 (a
                pupil without
                one counts as under 18).
    """

    role: AuthorRole
    person_id: int | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    workplace: None | str | Unset = UNSET
    school: None | str | Unset = UNSET
    grade: int | None | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

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

        field_dict.update(
            {
                "role": role,
            }
        )
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
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

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

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

        entry_author_input = cls(
            role=role,
            person_id=person_id,
            full_name=full_name,
            workplace=workplace,
            school=school,
            grade=grade,
            birth_date=birth_date,
        )

        return entry_author_input
