from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiClientInput")


@_attrs_define
class ApiClientInput:
    """A new machine client.

    Example:
        {'name': 'Sở KH&CN: thống kê', 'roles': ['statistics_reader']}

    Attributes:
        name (str): Who or what the client is, 2 to 100 characters.
        roles (list[Role]): Roles (at least one of `staff`, `association_manager`, `statistics_reader`).
        association_ids (list[int] | Unset): With `association_manager`: the associations it acts for.
    """

    name: str
    roles: list[Role]
    association_ids: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        association_ids: list[int] | Unset = UNSET
        if not isinstance(self.association_ids, Unset):
            association_ids = self.association_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "roles": roles,
            }
        )
        if association_ids is not UNSET:
            field_dict["association_ids"] = association_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = Role(roles_item_data)

            roles.append(roles_item)

        association_ids = cast(list[int], d.pop("association_ids", UNSET))

        api_client_input = cls(
            name=name,
            roles=roles,
            association_ids=association_ids,
        )

        return api_client_input
