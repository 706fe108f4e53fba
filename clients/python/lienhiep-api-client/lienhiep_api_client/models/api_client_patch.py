from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiClientPatch")


@_attrs_define
class ApiClientPatch:
    """Changes to a client as a JSON Merge Patch.

    Example:
        {'enabled': False}

    Attributes:
        name (str | Unset): Name.
        roles (list[Role] | Unset): Roles.
        association_ids (list[int] | None | Unset): Association scope.
        enabled (bool | Unset): Whether it may get tokens.
    """

    name: str | Unset = UNSET
    roles: list[Role] | Unset = UNSET
    association_ids: list[int] | None | Unset = UNSET
    enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = []
            for roles_item_data in self.roles:
                roles_item = roles_item_data.value
                roles.append(roles_item)

        association_ids: list[int] | None | Unset
        if isinstance(self.association_ids, Unset):
            association_ids = UNSET
        elif isinstance(self.association_ids, list):
            association_ids = self.association_ids

        else:
            association_ids = self.association_ids

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if roles is not UNSET:
            field_dict["roles"] = roles
        if association_ids is not UNSET:
            field_dict["association_ids"] = association_ids
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _roles = d.pop("roles", UNSET)
        roles: list[Role] | Unset = UNSET
        if _roles is not UNSET:
            roles = []
            for roles_item_data in _roles:
                roles_item = Role(roles_item_data)

                roles.append(roles_item)

        def _parse_association_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                association_ids_type_0 = cast(list[int], data)

                return association_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        association_ids = _parse_association_ids(d.pop("association_ids", UNSET))

        enabled = d.pop("enabled", UNSET)

        api_client_patch = cls(
            name=name,
            roles=roles,
            association_ids=association_ids,
            enabled=enabled,
        )

        return api_client_patch
