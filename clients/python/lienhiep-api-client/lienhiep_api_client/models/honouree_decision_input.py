from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.honouree_decision import HonoureeDecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="HonoureeDecisionInput")


@_attrs_define
class HonoureeDecisionInput:
    """The union's decision on an honouree.

    Example:
        {'decision': 'rejected', 'reason': 'Chưa đủ tiêu chí về thành tích'}

    Attributes:
        decision (HonoureeDecision): Honouree decisions (code list `honouree_decisions`; labels at
            `/api/v1/reference/honouree_decisions`): `pending`, `approved`, `rejected`
        reason (None | str | Unset): Reason, at most 2,000 characters; required for `rejected`.
    """

    decision: HonoureeDecision
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        decision = HonoureeDecision(d.pop("decision"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        honouree_decision_input = cls(
            decision=decision,
            reason=reason,
        )

        return honouree_decision_input
