from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NominationStatusChange")


@_attrs_define
class NominationStatusChange:
    """An optional body for the status operations.

    Example:
        {'decision_reference': 'Quyết định 125/QĐ-LHHVN ngày 10/10/2019', 'on': '2019-10-10'}

    Attributes:
        decision_reference (None | str | Unset): Reference of the programme's decision, at most 200 characters (kept
            when left out).
        on (datetime.date | None | Unset): The day the step happened (default today, in the union's time zone): not in
            the
            future, and a decision not before the submission. Kept as `submitted_on` or
            `decided_on`.
    """

    decision_reference: None | str | Unset = UNSET
    on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision_reference: None | str | Unset
        if isinstance(self.decision_reference, Unset):
            decision_reference = UNSET
        else:
            decision_reference = self.decision_reference

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if decision_reference is not UNSET:
            field_dict["decision_reference"] = decision_reference
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_decision_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_reference = _parse_decision_reference(d.pop("decision_reference", UNSET))

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        nomination_status_change = cls(
            decision_reference=decision_reference,
            on=on,
        )

        return nomination_status_change
