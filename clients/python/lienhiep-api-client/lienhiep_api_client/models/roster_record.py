from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RosterRecord")


@_attrs_define
class RosterRecord:
    """One member of a roster file, as JSON. CSV files have the same columns (the keys below, or
    the Vietnamese headers: Mã hội viên, Họ và tên, Giới tính, Ngày sinh, Năm sinh, Dân tộc,
    Trình độ, Học hàm, Danh hiệu, Chuyên ngành, Nơi công tác, Chức vụ, Điện thoại, Email,
    Số CCCD, Số thẻ hội viên, Chi hội, Ngày vào hội, Ngày rời hội, Trạng thái). A column left
    out of the file leaves that field as it is; an empty cell or `null` clears it. Code-list
    values may be given by code or by their Vietnamese or English label ("Nữ", "Đại học");
    dates as `yyyy-mm-dd` or `dd/mm/yyyy`.

        Example:
            {'external_id': 'KH-000123', 'full_name': 'Nguyễn Văn An', 'gender': 'male', 'birth_date': '1975-04-02',
                'ethnicity': '01', 'education_level': 'master', 'honour_titles': [], 'branch': 'Chi hội Mường La', 'joined_on':
                '2015-03-01', 'status': 'active'}

        Attributes:
            external_id (None | str | Unset): The association's own key for the member, unique within the file and the
                association:
                required in a sync (an export shows `null` for members created without one).
            full_name (None | str | Unset): Full name, family name first (required for a new member).
            gender (None | str | Unset): Gender: `male`, `female`, `other` (or Nam, Nữ, Khác).
            birth_date (None | str | Unset): Birth date.
            birth_year (int | None | Unset): Birth year, when only the year is known.
            ethnicity (None | str | Unset): Ethnic group: code `01`–`54` or name (`/api/v1/reference/ethnic_groups`).
            education_level (None | str | Unset): Education level (code or label, `/api/v1/reference/education_levels`).
            academic_title (None | str | Unset): Academic title (code or label).
            honour_titles (list[str] | None | Unset): Honour titles (codes or labels; in CSV separated by `;`).
            field_of_expertise (None | str | Unset): Field of expertise.
            workplace (None | str | Unset): Workplace.
            position (None | str | Unset): Position.
            phone (None | str | Unset): Phone.
            email (None | str | Unset): Email.
            national_id (None | str | Unset): National ID (CMND or CCCD): only a keyed hash is kept; never exported.
            member_number (None | str | Unset): Member number.
            branch (None | str | Unset): Branch (chi hội) of the association, by name.
            joined_on (None | str | Unset): Joined.
            left_on (None | str | Unset): Left.
            status (None | str | Unset): `active`, `left` or `deceased` (or their labels). Left out: `active` for a new
                member;
                in a snapshot, a member marked left by an earlier snapshot becomes active again.
    """

    external_id: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    birth_date: None | str | Unset = UNSET
    birth_year: int | None | Unset = UNSET
    ethnicity: None | str | Unset = UNSET
    education_level: None | str | Unset = UNSET
    academic_title: None | str | Unset = UNSET
    honour_titles: list[str] | None | Unset = UNSET
    field_of_expertise: None | str | Unset = UNSET
    workplace: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    national_id: None | str | Unset = UNSET
    member_number: None | str | Unset = UNSET
    branch: None | str | Unset = UNSET
    joined_on: None | str | Unset = UNSET
    left_on: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
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
        else:
            education_level = self.education_level

        academic_title: None | str | Unset
        if isinstance(self.academic_title, Unset):
            academic_title = UNSET
        else:
            academic_title = self.academic_title

        honour_titles: list[str] | None | Unset
        if isinstance(self.honour_titles, Unset):
            honour_titles = UNSET
        elif isinstance(self.honour_titles, list):
            honour_titles = self.honour_titles

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

        member_number: None | str | Unset
        if isinstance(self.member_number, Unset):
            member_number = UNSET
        else:
            member_number = self.member_number

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        joined_on: None | str | Unset
        if isinstance(self.joined_on, Unset):
            joined_on = UNSET
        else:
            joined_on = self.joined_on

        left_on: None | str | Unset
        if isinstance(self.left_on, Unset):
            left_on = UNSET
        else:
            left_on = self.left_on

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
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
        if member_number is not UNSET:
            field_dict["member_number"] = member_number
        if branch is not UNSET:
            field_dict["branch"] = branch
        if joined_on is not UNSET:
            field_dict["joined_on"] = joined_on
        if left_on is not UNSET:
            field_dict["left_on"] = left_on
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_birth_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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

        def _parse_education_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        education_level = _parse_education_level(d.pop("education_level", UNSET))

        def _parse_academic_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        academic_title = _parse_academic_title(d.pop("academic_title", UNSET))

        def _parse_honour_titles(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                honour_titles_type_0 = cast(list[str], data)

                return honour_titles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

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

        def _parse_member_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member_number = _parse_member_number(d.pop("member_number", UNSET))

        def _parse_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))

        def _parse_joined_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        joined_on = _parse_joined_on(d.pop("joined_on", UNSET))

        def _parse_left_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        left_on = _parse_left_on(d.pop("left_on", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        roster_record = cls(
            external_id=external_id,
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
            member_number=member_number,
            branch=branch,
            joined_on=joined_on,
            left_on=left_on,
            status=status,
        )

        roster_record.additional_properties = d
        return roster_record

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
