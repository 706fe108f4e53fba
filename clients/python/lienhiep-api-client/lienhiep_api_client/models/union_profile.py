from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnionProfile")


@_attrs_define
class UnionProfile:
    """The union's profile.

    Example:
        {'name': 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La', 'short_name': 'Liên hiệp hội Sơn La',
            'founded_on': '2010-05-24', 'founding_decision': 'Quyết định thành lập của Chủ tịch UBND tỉnh (2010)',
            'address': None, 'phone': None, 'email': None, 'website': 'https://lienhiephoi.sonla.gov.vn', 'version': 3,
            'updated_at': '2026-12-07T08:00:00Z'}

    Attributes:
        name (str): Full name.
        version (int): Version; the `ETag` is `"v<version>"`.
        updated_at (datetime.datetime): When it last changed.
        short_name (None | str | Unset): Short name.
        founded_on (datetime.date | None | Unset): Founding date; the statistics count the union's years from its year
            (`union_age_years`).
        founding_decision (None | str | Unset): The founding decision (number, date, issuer).
        address (None | str | Unset): Postal address.
        phone (None | str | Unset): Office phone.
        email (None | str | Unset): Office email.
        website (None | str | Unset): Website.
    """

    name: str
    version: int
    updated_at: datetime.datetime
    short_name: None | str | Unset = UNSET
    founded_on: datetime.date | None | Unset = UNSET
    founding_decision: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        version = self.version

        updated_at = self.updated_at.isoformat()

        short_name: None | str | Unset
        if isinstance(self.short_name, Unset):
            short_name = UNSET
        else:
            short_name = self.short_name

        founded_on: None | str | Unset
        if isinstance(self.founded_on, Unset):
            founded_on = UNSET
        elif isinstance(self.founded_on, datetime.date):
            founded_on = self.founded_on.isoformat()
        else:
            founded_on = self.founded_on

        founding_decision: None | str | Unset
        if isinstance(self.founding_decision, Unset):
            founding_decision = UNSET
        else:
            founding_decision = self.founding_decision

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "version": version,
                "updated_at": updated_at,
            }
        )
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if founded_on is not UNSET:
            field_dict["founded_on"] = founded_on
        if founding_decision is not UNSET:
            field_dict["founding_decision"] = founding_decision
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        version = d.pop("version")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_short_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_name = _parse_short_name(d.pop("short_name", UNSET))

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

        def _parse_founding_decision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        founding_decision = _parse_founding_decision(d.pop("founding_decision", UNSET))

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

        union_profile = cls(
            name=name,
            version=version,
            updated_at=updated_at,
            short_name=short_name,
            founded_on=founded_on,
            founding_decision=founding_decision,
            address=address,
            phone=phone,
            email=email,
            website=website,
        )

        union_profile.additional_properties = d
        return union_profile

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
