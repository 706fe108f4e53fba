from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """The caller, as its access token says.

    Example:
        {'subject': 'user:12', 'user_id': 12, 'name': 'an.nguyen', 'roles': ['association_manager'], 'association_ids':
            [3], 'person_id': None, 'must_change_password': False}

    Attributes:
        subject (str): `user:<id>` for a person, `client:<client_id>` for a machine client.
        name (str): Username or client id.
        roles (list[str]): Role codes (see `/api/v1/reference/roles`).
        association_ids (list[int]): The associations a scoped role (`association_manager`) applies to.
        must_change_password (bool): The password is temporary: change it with `POST /api/v1/me/password` before
            anything else.
        user_id (int | None | Unset): The user id, for a person.
        person_id (int | None | Unset): The person this user is, if linked.
    """

    subject: str
    name: str
    roles: list[str]
    association_ids: list[int]
    must_change_password: bool
    user_id: int | None | Unset = UNSET
    person_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        name = self.name

        roles = self.roles

        association_ids = self.association_ids

        must_change_password = self.must_change_password

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subject": subject,
                "name": name,
                "roles": roles,
                "association_ids": association_ids,
                "must_change_password": must_change_password,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if person_id is not UNSET:
            field_dict["person_id"] = person_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject")

        name = d.pop("name")

        roles = cast(list[str], d.pop("roles"))

        association_ids = cast(list[int], d.pop("association_ids"))

        must_change_password = d.pop("must_change_password")

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        me = cls(
            subject=subject,
            name=name,
            roles=roles,
            association_ids=association_ids,
            must_change_password=must_change_password,
            user_id=user_id,
            person_id=person_id,
        )

        me.additional_properties = d
        return me

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
