from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.association_kind import AssociationKind
from ..models.association_status import AssociationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="Association")


@_attrs_define
class Association:
    """An association as the API shows it.

    Example:
        {'id': 3, 'name': 'Hội Khuyến học tỉnh Sơn La', 'short_name': 'Hội Khuyến học', 'kind': 'member_association',
            'field_of_activity': 'Khuyến học, khuyến tài', 'founded_on': '2005-06-01', 'joined_on': '2010-04-21', 'status':
            'active', 'special_status': True, 'dissolved_on': None, 'address': 'Số 5, đường Tô Hiệu, TP Sơn La', 'phone':
            '0212 3852 123', 'email': 'khuyenhoc@sonla.example.vn', 'website': 'https://khuyenhoc.sonla.example.vn',
            'chairperson': 'Nguyễn Văn An', 'description': None, 'version': 1, 'created_at': '2026-11-27T08:00:00Z',
            'updated_at': '2026-11-27T08:00:00Z'}

    Attributes:
        id (int): Id.
        name (str): Full name, unique (ignoring case).
        kind (AssociationKind): Association kinds (code list `association_kinds`; labels at
            `/api/v1/reference/association_kinds`): `member_association`, `collective_member`
        status (AssociationStatus): Association statuses (code list `association_statuses`; labels at
            `/api/v1/reference/association_statuses`): `active`, `suspended`, `dissolved`
        special_status (bool): A special association (hội đặc thù), with the state support that status brings.
        version (int): Version of this record; the `ETag` is `"v<version>"`. Send it in `If-Match` to update safely.
        created_at (datetime.datetime): When the record was created.
        updated_at (datetime.datetime): When the record last changed.
        short_name (None | str | Unset): Short name.
        field_of_activity (None | str | Unset): Field of activity.
        founded_on (datetime.date | None | Unset): Founding date.
        joined_on (datetime.date | None | Unset): Date it joined the union.
        dissolved_on (datetime.date | None | Unset): Date of dissolution, when dissolved.
        address (None | str | Unset): Postal address.
        phone (None | str | Unset): Office phone.
        email (None | str | Unset): Office email.
        website (None | str | Unset): Website.
        chairperson (None | str | Unset): Name of the chairperson.
        description (None | str | Unset): Description.
    """

    id: int
    name: str
    kind: AssociationKind
    status: AssociationStatus
    special_status: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    short_name: None | str | Unset = UNSET
    field_of_activity: None | str | Unset = UNSET
    founded_on: datetime.date | None | Unset = UNSET
    joined_on: datetime.date | None | Unset = UNSET
    dissolved_on: datetime.date | None | Unset = UNSET
    address: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    chairperson: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        kind = self.kind.value

        status = self.status.value

        special_status = self.special_status

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        field_of_activity: None | str | Unset
        if isinstance(self.field_of_activity, Unset):
            field_of_activity = UNSET
        else:
            field_of_activity = self.field_of_activity

        founded_on: None | str | Unset
        if isinstance(self.founded_on, Unset):
            founded_on = UNSET
        elif isinstance(self.founded_on, datetime.date):
            founded_on = self.founded_on.isoformat()
        else:
            founded_on = self.founded_on

        joined_on: None | str | Unset
        if isinstance(self.joined_on, Unset):
            joined_on = UNSET
        elif isinstance(self.joined_on, datetime.date):
            joined_on = self.joined_on.isoformat()
        else:
            joined_on = self.joined_on

        dissolved_on: None | str | Unset
        if isinstance(self.dissolved_on, Unset):
            dissolved_on = UNSET
        elif isinstance(self.dissolved_on, datetime.date):
            dissolved_on = self.dissolved_on.isoformat()
        else:
            dissolved_on = self.dissolved_on

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

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

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        chairperson: None | str | Unset
        if isinstance(self.chairperson, Unset):
            chairperson = UNSET
        else:
            chairperson = self.chairperson

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "kind": kind,
                "status": status,
                "special_status": special_status,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if field_of_activity is not UNSET:
            field_dict["field_of_activity"] = field_of_activity
        if founded_on is not UNSET:
            field_dict["founded_on"] = founded_on
        if joined_on is not UNSET:
            field_dict["joined_on"] = joined_on
        if dissolved_on is not UNSET:
            field_dict["dissolved_on"] = dissolved_on
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if website is not UNSET:
            field_dict["website"] = website
        if chairperson is not UNSET:
            field_dict["chairperson"] = chairperson
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        kind = AssociationKind(d.pop("kind"))

        status = AssociationStatus(d.pop("status"))

        special_status = d.pop("special_status")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))

        def _parse_field_of_activity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_of_activity = _parse_field_of_activity(d.pop("field_of_activity", UNSET))

        def _parse_founded_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                founded_on_type_0 = datetime.date.fromisoformat(data)

                return founded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        founded_on = _parse_founded_on(d.pop("founded_on", UNSET))

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

        def _parse_dissolved_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dissolved_on_type_0 = datetime.date.fromisoformat(data)

                return dissolved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        dissolved_on = _parse_dissolved_on(d.pop("dissolved_on", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

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

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_chairperson(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chairperson = _parse_chairperson(d.pop("chairperson", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        association = cls(
            id=id,
            name=name,
            kind=kind,
            status=status,
            special_status=special_status,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            short_name=short_name,
            field_of_activity=field_of_activity,
            founded_on=founded_on,
            joined_on=joined_on,
            dissolved_on=dissolved_on,
            address=address,
            phone=phone,
            email=email,
            website=website,
            chairperson=chairperson,
            description=description,
        )

        association.additional_properties = d
        return association

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
