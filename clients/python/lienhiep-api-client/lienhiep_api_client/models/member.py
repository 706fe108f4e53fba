from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_status import MembershipStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person import Person


T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A membership with its person.

    Example:
        {'id': 1201, 'association_id': 3, 'external_id': 'KH-000123', 'member_number': '123', 'branch_id': 7,
            'joined_on': '2015-03-01', 'left_on': None, 'status': 'active', 'personal_data': False, 'person': {'id': 981,
            'full_name': 'Nguyễn Văn An', 'family_name': 'Nguyễn', 'middle_name': 'Văn', 'given_name': 'An', 'gender':
            'male', 'birth_year': 1975, 'education_level': 'master', 'intellectual': True, 'academic_title': None,
            'honour_titles': [], 'field_of_expertise': 'Nông nghiệp', 'workplace': 'Sở NN&PTNT', 'position': None,
            'has_national_id': True}, 'version': 1, 'created_at': '2026-11-27T08:00:00Z', 'updated_at':
            '2026-11-27T08:00:00Z'}

    Attributes:
        id (int): Membership id.
        association_id (int): The association.
        status (MembershipStatus): Membership statuses (code list `membership_statuses`; labels at
            `/api/v1/reference/membership_statuses`): `active`, `left`, `deceased`
        personal_data (bool): Whether the personal data fields are included for this caller.
        person (Person): A person as the API shows it. `phone`, `email`, `birth_date` and `ethnicity` are personal
            data: present only for admin, staff and managers of the member's association.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): Created.
        updated_at (datetime.datetime): Last changed.
        external_id (None | str | Unset): The association's own key for the member, unique within the association.
        member_number (None | str | Unset): Member number.
        branch_id (int | None | Unset): Branch (chi hội).
        joined_on (datetime.date | None | Unset): Joined.
        left_on (datetime.date | None | Unset): Left.
    """

    id: int
    association_id: int
    status: MembershipStatus
    personal_data: bool
    person: Person
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    external_id: None | str | Unset = UNSET
    member_number: None | str | Unset = UNSET
    branch_id: int | None | Unset = UNSET
    joined_on: datetime.date | None | Unset = UNSET
    left_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        association_id = self.association_id

        status = self.status.value

        personal_data = self.personal_data

        person = self.person.to_dict()

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        left_on: None | str | Unset
        if isinstance(self.left_on, Unset):
            left_on = UNSET
        elif isinstance(self.left_on, datetime.date):
            left_on = self.left_on.isoformat()
        else:
            left_on = self.left_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "association_id": association_id,
                "status": status,
                "personal_data": personal_data,
                "person": person,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if member_number is not UNSET:
            field_dict["member_number"] = member_number
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if joined_on is not UNSET:
            field_dict["joined_on"] = joined_on
        if left_on is not UNSET:
            field_dict["left_on"] = left_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person import Person  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        association_id = d.pop("association_id")

        status = MembershipStatus(d.pop("status"))

        personal_data = d.pop("personal_data")

        person = Person.from_dict(d.pop("person"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        def _parse_left_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                left_on_type_0 = datetime.date.fromisoformat(data)

                return left_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        left_on = _parse_left_on(d.pop("left_on", UNSET))

        member = cls(
            id=id,
            association_id=association_id,
            status=status,
            personal_data=personal_data,
            person=person,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            external_id=external_id,
            member_number=member_number,
            branch_id=branch_id,
            joined_on=joined_on,
            left_on=left_on,
        )

        member.additional_properties = d
        return member

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
