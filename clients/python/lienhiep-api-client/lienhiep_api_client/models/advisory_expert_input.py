from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.expert_role import ExpertRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvisoryExpertInput")


@_attrs_define
class AdvisoryExpertInput:
    """Puts a person on a case: give `user_id` for an expert (a user with the expert role, linked
    to a person) or `person_id` for a contributor without an account, not both.

        Example:
            {'user_id': 31, 'role': 'chair'}

        Attributes:
            user_id (int | None | Unset): The expert's user account.
            person_id (int | None | Unset): The person, for a contributor without an account.
            role (ExpertRole | None | Unset):
    """

    user_id: int | None | Unset = UNSET
    person_id: int | None | Unset = UNSET
    role: ExpertRole | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, ExpertRole):
            role = self.role.value
        else:
            role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_role(data: object) -> ExpertRole | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = ExpertRole(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExpertRole | None | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        advisory_expert_input = cls(
            user_id=user_id,
            person_id=person_id,
            role=role,
        )

        return advisory_expert_input
