from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user as the API shows it (never the password).

    Example:
        {'id': 12, 'username': 'an.nguyen', 'roles': ['association_manager'], 'association_ids': [3], 'person_id': None,
            'enabled': True, 'must_change_password': False, 'last_login_at': '2026-11-27T08:00:00Z', 'version': 2,
            'created_at': '2026-11-20T08:00:00Z', 'updated_at': '2026-11-21T08:00:00Z'}

    Attributes:
        id (int): Id.
        username (str): Login name.
        roles (list[Role]): Roles.
        association_ids (list[int]): The associations `association_manager` applies to.
        enabled (bool): Whether the user may log in. Disabling refuses refresh at once; access tokens already
            issued stay valid until they expire (at most `LIENHIEP_ACCESS_TOKEN_TTL_SECS`, 15 minutes by default).
        must_change_password (bool): The password is temporary and must be changed at next login.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): Created.
        updated_at (datetime.datetime): Last changed.
        person_id (int | None | Unset): The person (member) this user is, if linked.
        last_login_at (datetime.datetime | None | Unset): Last successful login.
    """

    id: int
    username: str
    roles: list[Role]
    association_ids: list[int]
    enabled: bool
    must_change_password: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    person_id: int | None | Unset = UNSET
    last_login_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        username = self.username

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        association_ids = self.association_ids

        enabled = self.enabled

        must_change_password = self.must_change_password

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        last_login_at: None | str | Unset
        if isinstance(self.last_login_at, Unset):
            last_login_at = UNSET
        elif isinstance(self.last_login_at, datetime.datetime):
            last_login_at = self.last_login_at.isoformat()
        else:
            last_login_at = self.last_login_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "username": username,
                "roles": roles,
                "association_ids": association_ids,
                "enabled": enabled,
                "must_change_password": must_change_password,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if last_login_at is not UNSET:
            field_dict["last_login_at"] = last_login_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        username = d.pop("username")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = Role(roles_item_data)

            roles.append(roles_item)

        association_ids = cast(list[int], d.pop("association_ids"))

        enabled = d.pop("enabled")

        must_change_password = d.pop("must_change_password")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        def _parse_last_login_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_login_at = _parse_last_login_at(d.pop("last_login_at", UNSET))

        user = cls(
            id=id,
            username=username,
            roles=roles,
            association_ids=association_ids,
            enabled=enabled,
            must_change_password=must_change_password,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            person_id=person_id,
            last_login_at=last_login_at,
        )

        user.additional_properties = d
        return user

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
