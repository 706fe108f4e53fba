from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.association_status import AssociationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusHistoryEntry")


@_attrs_define
class StatusHistoryEntry:
    """One status change of an association.

    Attributes:
        to_status (AssociationStatus): Association statuses (code list `association_statuses`; labels at
            `/api/v1/reference/association_statuses`): `active`, `suspended`, `dissolved`
        effective_on (datetime.date): Date the change took effect.
        changed_at (datetime.datetime): When it was recorded.
        from_status (AssociationStatus | None | Unset):
        reason (None | str | Unset): Why.
    """

    to_status: AssociationStatus
    effective_on: datetime.date
    changed_at: datetime.datetime
    from_status: AssociationStatus | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to_status = self.to_status.value

        effective_on = self.effective_on.isoformat()

        changed_at = self.changed_at.isoformat()

        from_status: None | str | Unset
        if isinstance(self.from_status, Unset):
            from_status = UNSET
        elif isinstance(self.from_status, AssociationStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to_status": to_status,
                "effective_on": effective_on,
                "changed_at": changed_at,
            }
        )
        if from_status is not UNSET:
            field_dict["from_status"] = from_status
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to_status = AssociationStatus(d.pop("to_status"))

        effective_on = datetime.date.fromisoformat(d.pop("effective_on"))

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        def _parse_from_status(data: object) -> AssociationStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_1 = AssociationStatus(data)

                return from_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssociationStatus | None | Unset, data)

        from_status = _parse_from_status(d.pop("from_status", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        status_history_entry = cls(
            to_status=to_status,
            effective_on=effective_on,
            changed_at=changed_at,
            from_status=from_status,
            reason=reason,
        )

        status_history_entry.additional_properties = d
        return status_history_entry

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
