from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EligibilityInput")


@_attrs_define
class EligibilityInput:
    """The union's decision on an entry's eligibility.

    Example:
        {'eligible': False, 'reason': 'Giải pháp đã đoạt giải ở kỳ trước'}

    Attributes:
        eligible (bool): `true`: eligible, judged and ranked; `false`: ineligible, with the reason.
        reason (None | str | Unset): Why it is ineligible, 2 to 2,000 characters; required with `eligible: false`.
    """

    eligible: bool
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        eligible = self.eligible

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "eligible": eligible,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        eligible = d.pop("eligible")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        eligibility_input = cls(
            eligible=eligible,
            reason=reason,
        )

        return eligibility_input
