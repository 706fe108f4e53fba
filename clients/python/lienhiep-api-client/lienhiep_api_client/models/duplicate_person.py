from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duplicate_membership import DuplicateMembership


T = TypeVar("T", bound="DuplicatePerson")


@_attrs_define
class DuplicatePerson:
    """A person in a duplicate group, with what tells people apart.

    Attributes:
        id (int): Person id.
        full_name (str): Full name.
        has_national_id (bool): Whether a national ID is on record.
        created_at (datetime.datetime): Created.
        memberships (list[DuplicateMembership]): The person's memberships.
        birth_date (datetime.date | None | Unset): Birth date.
        gender (None | str | Unset): Gender code.
        workplace (None | str | Unset): Workplace.
    """

    id: int
    full_name: str
    has_national_id: bool
    created_at: datetime.datetime
    memberships: list[DuplicateMembership]
    birth_date: datetime.date | None | Unset = UNSET
    gender: None | str | Unset = UNSET
    workplace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        full_name = self.full_name

        has_national_id = self.has_national_id

        created_at = self.created_at.isoformat()

        memberships = []
        for memberships_item_data in self.memberships:
            memberships_item = memberships_item_data.to_dict()
            memberships.append(memberships_item)

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        workplace: None | str | Unset
        if isinstance(self.workplace, Unset):
            workplace = UNSET
        else:
            workplace = self.workplace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "full_name": full_name,
                "has_national_id": has_national_id,
                "created_at": created_at,
                "memberships": memberships,
            }
        )
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if gender is not UNSET:
            field_dict["gender"] = gender
        if workplace is not UNSET:
            field_dict["workplace"] = workplace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.duplicate_membership import DuplicateMembership  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        full_name = d.pop("full_name")

        has_national_id = d.pop("has_national_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = DuplicateMembership.from_dict(memberships_item_data)

            memberships.append(memberships_item)

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

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_workplace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workplace = _parse_workplace(d.pop("workplace", UNSET))

        duplicate_person = cls(
            id=id,
            full_name=full_name,
            has_national_id=has_national_id,
            created_at=created_at,
            memberships=memberships,
            birth_date=birth_date,
            gender=gender,
            workplace=workplace,
        )

        duplicate_person.additional_properties = d
        return duplicate_person

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
