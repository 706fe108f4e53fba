from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.academic_title import AcademicTitle
from ..models.education_level import EducationLevel
from ..models.gender import Gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """A person as the API shows it. `phone`, `email`, `birth_date` and `ethnicity` are personal
    data: present only for admin, staff and managers of the member's association.

        Attributes:
            id (int): Person id (one person may be a member of several associations).
            full_name (str): Full name, family name first.
            family_name (str): Family name (họ).
            given_name (str): Given name (tên).
            intellectual (bool): Whether the person is an S&T intellectual (bachelor or higher); derived, never set.
            honour_titles (list[str]): Honour titles.
            has_national_id (bool): Whether a national ID is on record (the number itself is never stored or shown).
            middle_name (None | str | Unset): Middle name(s) (tên đệm).
            gender (Gender | None | Unset):
            birth_year (int | None | Unset): Birth year.
            birth_date (datetime.date | None | Unset): Birth date (personal data).
            ethnicity (None | str | Unset): Ethnic group code from `/api/v1/reference/ethnic_groups` (personal data).
            education_level (EducationLevel | None | Unset):
            academic_title (AcademicTitle | None | Unset):
            field_of_expertise (None | str | Unset): Field of expertise.
            workplace (None | str | Unset): Workplace.
            position (None | str | Unset): Position.
            phone (None | str | Unset): Phone (personal data).
            email (None | str | Unset): Email (personal data).
    """

    id: int
    full_name: str
    family_name: str
    given_name: str
    intellectual: bool
    honour_titles: list[str]
    has_national_id: bool
    middle_name: None | str | Unset = UNSET
    gender: Gender | None | Unset = UNSET
    birth_year: int | None | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    education_level: EducationLevel | None | Unset = UNSET
    academic_title: AcademicTitle | None | Unset = UNSET
    field_of_expertise: None | str | Unset = UNSET
    workplace: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        full_name = self.full_name

        family_name = self.family_name

        given_name = self.given_name

        intellectual = self.intellectual

        honour_titles = self.honour_titles

        has_national_id = self.has_national_id

        middle_name: None | str | Unset
        if isinstance(self.middle_name, Unset):
            middle_name = UNSET
        else:
            middle_name = self.middle_name

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, Gender):
            gender = self.gender.value
        else:
            gender = self.gender

        birth_year: int | None | Unset
        if isinstance(self.birth_year, Unset):
            birth_year = UNSET
        else:
            birth_year = self.birth_year

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "full_name": full_name,
                "family_name": family_name,
                "given_name": given_name,
                "intellectual": intellectual,
                "honour_titles": honour_titles,
                "has_national_id": has_national_id,
            }
        )
        if middle_name is not UNSET:
            field_dict["middle_name"] = middle_name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if birth_year is not UNSET:
            field_dict["birth_year"] = birth_year
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity
        if education_level is not UNSET:
            field_dict["education_level"] = education_level
        if academic_title is not UNSET:
            field_dict["academic_title"] = academic_title
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        full_name = d.pop("full_name")

        family_name = d.pop("family_name")

        given_name = d.pop("given_name")

        intellectual = d.pop("intellectual")

        honour_titles = cast(list[str], d.pop("honour_titles"))

        has_national_id = d.pop("has_national_id")

        def _parse_middle_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        middle_name = _parse_middle_name(d.pop("middle_name", UNSET))

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

        def _parse_birth_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        birth_year = _parse_birth_year(d.pop("birth_year", UNSET))

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

        person = cls(
            id=id,
            full_name=full_name,
            family_name=family_name,
            given_name=given_name,
            intellectual=intellectual,
            honour_titles=honour_titles,
            has_national_id=has_national_id,
            middle_name=middle_name,
            gender=gender,
            birth_year=birth_year,
            birth_date=birth_date,
            ethnicity=ethnicity,
            education_level=education_level,
            academic_title=academic_title,
            field_of_expertise=field_of_expertise,
            workplace=workplace,
            position=position,
            phone=phone,
            email=email,
        )

        person.additional_properties = d
        return person

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
