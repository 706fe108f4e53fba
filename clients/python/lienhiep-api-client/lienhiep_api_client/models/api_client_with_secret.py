from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role import Role
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiClientWithSecret")


@_attrs_define
class ApiClientWithSecret:
    """A client with its secret, answered once when created or when the secret is replaced.

    Attributes:
        id (int): Id.
        client_id (str): The public client id to send to the token endpoint.
        name (str): Who or what the client is.
        roles (list[Role]): Roles: `statistics_reader` (a provincial system), `association_manager` (an
            association's own system), or `staff`.
        association_ids (list[int]): With `association_manager`: the associations it acts for.
        enabled (bool): Whether it may get tokens.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): Created.
        updated_at (datetime.datetime): Last changed.
        client_secret (str): The secret: shown only now, stored only as a hash. Keep it safe.
        last_used_at (datetime.datetime | None | Unset): When it last got a token.
    """

    id: int
    client_id: str
    name: str
    roles: list[Role]
    association_ids: list[int]
    enabled: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    client_secret: str
    last_used_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        client_id = self.client_id

        name = self.name

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        association_ids = self.association_ids

        enabled = self.enabled

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        client_secret = self.client_secret

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "client_id": client_id,
                "name": name,
                "roles": roles,
                "association_ids": association_ids,
                "enabled": enabled,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
                "client_secret": client_secret,
            }
        )
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        client_id = d.pop("client_id")

        name = d.pop("name")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = Role(roles_item_data)

            roles.append(roles_item)

        association_ids = cast(list[int], d.pop("association_ids"))

        enabled = d.pop("enabled")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        client_secret = d.pop("client_secret")

        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at", UNSET))

        api_client_with_secret = cls(
            id=id,
            client_id=client_id,
            name=name,
            roles=roles,
            association_ids=association_ids,
            enabled=enabled,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            client_secret=client_secret,
            last_used_at=last_used_at,
        )

        api_client_with_secret.additional_properties = d
        return api_client_with_secret

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
