from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.association_kind import AssociationKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssociationPatch")


@_attrs_define
class AssociationPatch:
    """Changes to an association as a JSON Merge Patch (RFC 7396): a field left out stays, `null`
    clears it, a value replaces it. `name` and `kind` cannot be cleared. The status changes
    only through the suspend, reactivate and dissolve actions. An association manager may not
    change `kind`, `joined_on` or `special_status`.

        Example:
            {'chairperson': 'Trần Thị Bình', 'website': None}

        Attributes:
            name (str | Unset): Full name.
            short_name (None | str | Unset): Short name.
            kind (AssociationKind | Unset): Association kinds (code list `association_kinds`; labels at
                `/api/v1/reference/association_kinds`): `member_association`, `collective_member`
            field_of_activity (None | str | Unset): Field of activity.
            founded_on (datetime.date | None | Unset): Founding date.
            joined_on (datetime.date | None | Unset): Joining date.
            special_status (bool | Unset): Special association.
            address (None | str | Unset): Postal address.
            phone (None | str | Unset): Office phone.
            email (None | str | Unset): Office email.
            website (None | str | Unset): Website: an absolute http or https URL.
            chairperson (None | str | Unset): Chairperson.
            description (None | str | Unset): Description.
    """

    name: str | Unset = UNSET
    short_name: None | str | Unset = UNSET
    kind: AssociationKind | Unset = UNSET
    field_of_activity: None | str | Unset = UNSET
    founded_on: datetime.date | None | Unset = UNSET
    joined_on: datetime.date | None | Unset = UNSET
    special_status: bool | Unset = UNSET
    address: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    chairperson: None | str | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

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

        special_status = self.special_status

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

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if field_of_activity is not UNSET:
            field_dict["field_of_activity"] = field_of_activity
        if founded_on is not UNSET:
            field_dict["founded_on"] = founded_on
        if joined_on is not UNSET:
            field_dict["joined_on"] = joined_on
        if special_status is not UNSET:
            field_dict["special_status"] = special_status
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
        name = d.pop("name", UNSET)

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: AssociationKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = AssociationKind(_kind)

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

        special_status = d.pop("special_status", UNSET)

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

        association_patch = cls(
            name=name,
            short_name=short_name,
            kind=kind,
            field_of_activity=field_of_activity,
            founded_on=founded_on,
            joined_on=joined_on,
            special_status=special_status,
            address=address,
            phone=phone,
            email=email,
            website=website,
            chairperson=chairperson,
            description=description,
        )

        return association_patch
