from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPatch")


@_attrs_define
class UserPatch:
    """Changes to a user as a JSON Merge Patch. `roles` cannot be cleared; `null` for
    `association_ids` empties the scope.

        Example:
            {'roles': ['staff'], 'association_ids': None}

        Attributes:
            roles (list[Role] | Unset): Roles.
            association_ids (list[int] | None | Unset): The associations `association_manager` applies to.
            person_id (int | None | Unset): The linked person.
    """

    roles: list[Role] | Unset = UNSET
    association_ids: list[int] | None | Unset = UNSET
    person_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if roles is not UNSET:
            field_dict["roles"] = roles
        if association_ids is not UNSET:
            field_dict["association_ids"] = association_ids
        if person_id is not UNSET:
            field_dict["person_id"] = person_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        user_patch = cls(
            roles=roles,
            association_ids=association_ids,
            person_id=person_id,
        )

        return user_patch
