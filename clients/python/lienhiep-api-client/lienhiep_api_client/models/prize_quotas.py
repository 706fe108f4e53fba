from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrizeQuotas")


@_attrs_define
class PrizeQuotas:
    """How many prizes of each rank an edition may give (each 0 to 1,000).

    Example:
        {'first': 1, 'second': 3, 'third': 5, 'consolation': 10}

    Attributes:
        first (int | Unset): First prizes.
        second (int | Unset): Second prizes.
        third (int | Unset): Third prizes.
        consolation (int | Unset): Consolation prizes.
    """

    first: int | Unset = UNSET
    second: int | Unset = UNSET
    third: int | Unset = UNSET
    consolation: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first = self.first

        second = self.second

        third = self.third

        consolation = self.consolation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if first is not UNSET:
            field_dict["first"] = first
        if second is not UNSET:
            field_dict["second"] = second
        if third is not UNSET:
            field_dict["third"] = third
        if consolation is not UNSET:
            field_dict["consolation"] = consolation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first = d.pop("first", UNSET)

        second = d.pop("second", UNSET)

        third = d.pop("third", UNSET)

        consolation = d.pop("consolation", UNSET)

        prize_quotas = cls(
            first=first,
            second=second,
            third=third,
            consolation=consolation,
        )

        return prize_quotas
