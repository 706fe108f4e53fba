from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditEntry")


@_attrs_define
class AuditEntry:
    """One write, as recorded.

    Example:
        {'id': 41, 'occurred_at': '2026-11-27T08:00:00Z', 'actor': 'user:12 (an.nguyen)', 'action':
            'association.update', 'entity_type': 'association', 'entity_id': '3', 'request_id':
            '3f2a0c1e-9b7d-4c55-8a0e-2f1d6c7b9a10', 'changes': {'chairperson': {'from': 'Nguyễn Văn An', 'to': 'Trần Thị
            Bình'}, 'phone': {'from': '***', 'to': '***'}}}

    Attributes:
        id (int): Id (increasing).
        occurred_at (datetime.datetime): When.
        actor (str): Who: `user:<id> (<username>)`, `client:<client_id> (<name>)` or `system (…)`.
        action (str): What, e.g. `association.create`, `association.update`, `user.disable`.
        entity_type (str): Kind of record.
        entity_id (str): Its id.
        changes (Any): Changed fields: `{"field": {"from": …, "to": …}}`; personal data shows as `***`.
        request_id (None | str | Unset): The request that made the change.
    """

    id: int
    occurred_at: datetime.datetime
    actor: str
    action: str
    entity_type: str
    entity_id: str
    changes: Any
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        occurred_at = self.occurred_at.isoformat()

        actor = self.actor

        action = self.action

        entity_type = self.entity_type

        entity_id = self.entity_id

        changes = self.changes

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurred_at": occurred_at,
                "actor": actor,
                "action": action,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "changes": changes,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        actor = d.pop("actor")

        action = d.pop("action")

        entity_type = d.pop("entity_type")

        entity_id = d.pop("entity_id")

        changes = d.pop("changes")

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        audit_entry = cls(
            id=id,
            occurred_at=occurred_at,
            actor=actor,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            changes=changes,
            request_id=request_id,
        )

        audit_entry.additional_properties = d
        return audit_entry

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
