from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.prize import Prize
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrizeInput")


@_attrs_define
class PrizeInput:
    """A prize given (or taken back) by hand.

    Example:
        {'prize': 'third'}

    Attributes:
        prize (None | Prize | Unset):
    """

    prize: None | Prize | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prize: None | str | Unset
        if isinstance(self.prize, Unset):
            prize = UNSET
        elif isinstance(self.prize, Prize):
            prize = self.prize.value
        else:
            prize = self.prize

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if prize is not UNSET:
            field_dict["prize"] = prize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_prize(data: object) -> None | Prize | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prize_type_1 = Prize(data)

                return prize_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Prize | Unset, data)

        prize = _parse_prize(d.pop("prize", UNSET))

        prize_input = cls(
            prize=prize,
        )

        return prize_input
