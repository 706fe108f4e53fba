from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.expert_role import ExpertRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvisoryExpertPatch")


@_attrs_define
class AdvisoryExpertPatch:
    """Changes the role of a person on a case, as a JSON Merge Patch.

    Example:
        {'role': 'secretary'}

    Attributes:
        role (ExpertRole | Unset): Advisory expert roles (code list `advisory_expert_roles`; labels at
            `/api/v1/reference/advisory_expert_roles`): `chair`, `reviewer`, `secretary`, `contributor`
    """

    role: ExpertRole | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _role = d.pop("role", UNSET)
        role: ExpertRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = ExpertRole(_role)

        advisory_expert_patch = cls(
            role=role,
        )

        return advisory_expert_patch
