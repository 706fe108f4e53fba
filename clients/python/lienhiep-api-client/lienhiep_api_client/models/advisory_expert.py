from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expert_role import ExpertRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conflict_declaration import ConflictDeclaration


T = TypeVar("T", bound="AdvisoryExpert")


@_attrs_define
class AdvisoryExpert:
    """A person on an advisory case: an expert (a user account with the expert role, linked to a
    person) or a contributor without an account.

        Example:
            {'id': 4, 'case_id': 12, 'user_id': 31, 'person_id': 2045, 'full_name': 'Lò Văn Pha', 'role': 'chair',
                'declaration': {'has_conflict': False, 'note': None, 'declared_at': '2020-03-10T02:00:00Z'}, 'version': 2,
                'created_at': '2020-03-09T08:00:00Z', 'updated_at': '2020-03-10T02:00:00Z'}

        Attributes:
            id (int): Id of the entry.
            case_id (int): The case.
            person_id (int): The person.
            full_name (str): The person's name (as when added).
            role (ExpertRole): Advisory expert roles (code list `advisory_expert_roles`; labels at
                `/api/v1/reference/advisory_expert_roles`): `chair`, `reviewer`, `secretary`, `contributor`
            version (int): Version; the `ETag` is `"v<version>"`.
            created_at (datetime.datetime): When the entry was created.
            updated_at (datetime.datetime): When the entry last changed.
            user_id (int | None | Unset): The expert's user account; `null` for a contributor without an account.
            declaration (ConflictDeclaration | None | Unset):
    """

    id: int
    case_id: int
    person_id: int
    full_name: str
    role: ExpertRole
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    user_id: int | None | Unset = UNSET
    declaration: ConflictDeclaration | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.conflict_declaration import ConflictDeclaration  # noqa: PLC0415

        id = self.id

        case_id = self.case_id

        person_id = self.person_id

        full_name = self.full_name

        role = self.role.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        declaration: dict[str, Any] | None | Unset
        if isinstance(self.declaration, Unset):
            declaration = UNSET
        elif isinstance(self.declaration, ConflictDeclaration):
            declaration = self.declaration.to_dict()
        else:
            declaration = self.declaration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "case_id": case_id,
                "person_id": person_id,
                "full_name": full_name,
                "role": role,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if declaration is not UNSET:
            field_dict["declaration"] = declaration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conflict_declaration import ConflictDeclaration  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        case_id = d.pop("case_id")

        person_id = d.pop("person_id")

        full_name = d.pop("full_name")

        role = ExpertRole(d.pop("role"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_declaration(data: object) -> ConflictDeclaration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                declaration_type_1 = ConflictDeclaration.from_dict(data)

                return declaration_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConflictDeclaration | None | Unset, data)

        declaration = _parse_declaration(d.pop("declaration", UNSET))

        advisory_expert = cls(
            id=id,
            case_id=case_id,
            person_id=person_id,
            full_name=full_name,
            role=role,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            user_id=user_id,
            declaration=declaration,
        )

        advisory_expert.additional_properties = d
        return advisory_expert

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
