from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInput")


@_attrs_define
class UserInput:
    """A new user.

    Example:
        {'username': 'an.nguyen', 'password': 'temporary passphrase 1', 'roles': ['association_manager'],
            'association_ids': [3]}

    Attributes:
        username (str): Login name: 3 to 64 of letters, digits, `.`, `_`, `-`, `@`; unique.
        password (str): The first password: at least 10 characters, not the username, not a common password.
        roles (list[Role]): Roles (at least one).
        association_ids (list[int] | Unset): With `association_manager`: the associations it manages (at least one).
        person_id (int | None | Unset): The person (member) this user is.
        must_change_password (bool | None | Unset): Make the user change the password at first login (default `true`).
    """

    username: str
    password: str
    roles: list[Role]
    association_ids: list[int] | Unset = UNSET
    person_id: int | None | Unset = UNSET
    must_change_password: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        association_ids: list[int] | Unset = UNSET
        if not isinstance(self.association_ids, Unset):
            association_ids = self.association_ids

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        must_change_password: bool | None | Unset
        if isinstance(self.must_change_password, Unset):
            must_change_password = UNSET
        else:
            must_change_password = self.must_change_password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "password": password,
                "roles": roles,
            }
        )
        if association_ids is not UNSET:
            field_dict["association_ids"] = association_ids
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if must_change_password is not UNSET:
            field_dict["must_change_password"] = must_change_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = Role(roles_item_data)

            roles.append(roles_item)

        association_ids = cast(list[int], d.pop("association_ids", UNSET))

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        def _parse_must_change_password(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        must_change_password = _parse_must_change_password(d.pop("must_change_password", UNSET))

        user_input = cls(
            username=username,
            password=password,
            roles=roles,
            association_ids=association_ids,
            person_id=person_id,
            must_change_password=must_change_password,
        )

        return user_input
