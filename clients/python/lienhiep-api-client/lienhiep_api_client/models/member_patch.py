from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.academic_title import AcademicTitle
from ..models.education_level import EducationLevel
from ..models.gender import Gender
from ..models.honour_title import HonourTitle
from ..models.membership_status import MembershipStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberPatch")


@_attrs_define
class MemberPatch:
    """Changes to a member as a JSON Merge Patch: left out stays, `null` clears; `full_name`
    cannot be cleared. `national_id` replaces the stored hash (or `null` removes it).

        Example:
            {'workplace': 'Trường Đại học Tây Bắc', 'phone': None}

        Attributes:
            full_name (str | Unset): Full name.
            gender (Gender | None | Unset):
            birth_date (datetime.date | None | Unset): Birth date.
            birth_year (int | None | Unset): Birth year.
            ethnicity (None | str | Unset): Ethnic group code.
            education_level (EducationLevel | None | Unset):
            academic_title (AcademicTitle | None | Unset):
            honour_titles (list[HonourTitle] | None | Unset): Honour titles.
            field_of_expertise (None | str | Unset): Field of expertise.
            workplace (None | str | Unset): Workplace.
            position (None | str | Unset): Position.
            phone (None | str | Unset): Phone.
            email (None | str | Unset): Email.
            national_id (None | str | Unset): National ID (write-only).
            external_id (None | str | Unset): External id.
            member_number (None | str | Unset): Member number.
            branch_id (int | None | Unset): Branch.
            joined_on (datetime.date | None | Unset): Joined.
            status (MembershipStatus | Unset): Membership statuses (code list `membership_statuses`; labels at
                `/api/v1/reference/membership_statuses`): `active`, `left`, `deceased`
    """

    full_name: str | Unset = UNSET
    gender: Gender | None | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    birth_year: int | None | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    education_level: EducationLevel | None | Unset = UNSET
    academic_title: AcademicTitle | None | Unset = UNSET
    honour_titles: list[HonourTitle] | None | Unset = UNSET
    field_of_expertise: None | str | Unset = UNSET
    workplace: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    national_id: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    member_number: None | str | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    joined_on: datetime.date | None | Unset = UNSET
    status: MembershipStatus | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        full_name = self.full_name

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        birth_year: int | None | Unset
        if isinstance(self.birth_year, Unset):
            birth_year = UNSET
        else:
            birth_year = self.birth_year

        ethnicity: None | str | Unset
        if isinstance(self.ethnicity, Unset):
            ethnicity = UNSET
        else:
            ethnicity = self.ethnicity

        education_level: None | str | Unset
        if isinstance(self.education_level, Unset):
            education_level = UNSET
        elif isinstance(self.education_level, EducationLevel):
            education_level = self.education_level.value
        else:
            education_level = self.education_level

        academic_title: None | str | Unset
        if isinstance(self.academic_title, Unset):
            academic_title = UNSET
        elif isinstance(self.academic_title, AcademicTitle):
            academic_title = self.academic_title.value
        else:
            academic_title = self.academic_title

        honour_titles: list[str] | None | Unset
        if isinstance(self.honour_titles, Unset):
            honour_titles = UNSET
        elif isinstance(self.honour_titles, list):
            honour_titles = []
            for honour_titles_type_0_item_data in self.honour_titles:
                honour_titles_type_0_item = honour_titles_type_0_item_data.value
                honour_titles.append(honour_titles_type_0_item)

        else:
            honour_titles = self.honour_titles

        field_of_expertise: None | str | Unset
        if isinstance(self.field_of_expertise, Unset):
            field_of_expertise = UNSET
        else:
            field_of_expertise = self.field_of_expertise

        workplace: None | str | Unset
        if isinstance(self.workplace, Unset):
            workplace = UNSET
        else:
            workplace = self.workplace

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        national_id: None | str | Unset
        if isinstance(self.national_id, Unset):
            national_id = UNSET
        else:
            national_id = self.national_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        member_number: None | str | Unset
        if isinstance(self.member_number, Unset):
            member_number = UNSET
        else:
            member_number = self.member_number

        branch_id: int | None | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        joined_on: None | str | Unset
        if isinstance(self.joined_on, Unset):
            joined_on = UNSET
        elif isinstance(self.joined_on, datetime.date):
            joined_on = self.joined_on.isoformat()
        else:
            joined_on = self.joined_on

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if birth_year is not UNSET:
            field_dict["birth_year"] = birth_year
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if education_level is not UNSET:
            field_dict["education_level"] = education_level
        if academic_title is not UNSET:
            field_dict["academic_title"] = academic_title
        if honour_titles is not UNSET:
            field_dict["honour_titles"] = honour_titles
        if field_of_expertise is not UNSET:
            field_dict["field_of_expertise"] = field_of_expertise
        if workplace is not UNSET:
            field_dict["workplace"] = workplace
        if position is not UNSET:
            field_dict["position"] = position
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if member_number is not UNSET:
            field_dict["member_number"] = member_number
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if joined_on is not UNSET:
            field_dict["joined_on"] = joined_on
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full_name = d.pop("full_name", UNSET)

        def _parse_gender(data: object) -> Gender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_1 = Gender(data)

                return gender_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Gender | None | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

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

        def _parse_birth_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        birth_year = _parse_birth_year(d.pop("birth_year", UNSET))

        def _parse_ethnicity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ethnicity = _parse_ethnicity(d.pop("ethnicity", UNSET))

        def _parse_education_level(data: object) -> EducationLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                education_level_type_1 = EducationLevel(data)

                return education_level_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EducationLevel | None | Unset, data)

        education_level = _parse_education_level(d.pop("education_level", UNSET))

        def _parse_academic_title(data: object) -> AcademicTitle | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                academic_title_type_1 = AcademicTitle(data)

                return academic_title_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AcademicTitle | None | Unset, data)

        academic_title = _parse_academic_title(d.pop("academic_title", UNSET))

        def _parse_honour_titles(data: object) -> list[HonourTitle] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                honour_titles_type_0 = []
                _honour_titles_type_0 = data
                for honour_titles_type_0_item_data in _honour_titles_type_0:
                    honour_titles_type_0_item = HonourTitle(honour_titles_type_0_item_data)

                    honour_titles_type_0.append(honour_titles_type_0_item)

                return honour_titles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HonourTitle] | None | Unset, data)

        honour_titles = _parse_honour_titles(d.pop("honour_titles", UNSET))

        def _parse_field_of_expertise(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_of_expertise = _parse_field_of_expertise(d.pop("field_of_expertise", UNSET))

        def _parse_workplace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workplace = _parse_workplace(d.pop("workplace", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_national_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_id = _parse_national_id(d.pop("national_id", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_member_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member_number = _parse_member_number(d.pop("member_number", UNSET))

        def _parse_branch_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        branch_id = _parse_branch_id(d.pop("branch_id", UNSET))

        def _parse_joined_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                joined_on_type_0 = datetime.date.fromisoformat(data)

                return joined_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        joined_on = _parse_joined_on(d.pop("joined_on", UNSET))

        _status = d.pop("status", UNSET)
        status: MembershipStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MembershipStatus(_status)

        member_patch = cls(
            full_name=full_name,
            gender=gender,
            birth_date=birth_date,
            birth_year=birth_year,
            ethnicity=ethnicity,
            education_level=education_level,
            academic_title=academic_title,
            honour_titles=honour_titles,
            field_of_expertise=field_of_expertise,
            workplace=workplace,
            position=position,
            phone=phone,
            email=email,
            national_id=national_id,
            external_id=external_id,
            member_number=member_number,
            branch_id=branch_id,
            joined_on=joined_on,
            status=status,
        )

        return member_patch
