from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.prize import Prize
from ..types import UNSET, Unset

T = TypeVar("T", bound="NationalResult")


@_attrs_define
class NationalResult:
    """The national result of an entry sent on to the national contest.

    Example:
        {'sent_on': '2026-12-01', 'prize': 'third', 'labour_creativity_certificate': True, 'applied': True,
            'commercialised': False, 'note': 'Giải Ba Hội thi Sáng tạo kỹ thuật toàn quốc lần thứ 18'}

    Attributes:
        sent_on (datetime.date): When it was sent on; not before the provincial results were published, not in the
            future.
        prize (None | Prize | Unset):
        labour_creativity_certificate (bool | Unset): A Labour Creativity Certificate (Bằng Lao động sáng tạo) came with
            it.
        applied (bool | Unset): Applied in practice.
        commercialised (bool | Unset): Commercialised.
        note (None | str | Unset): A note, at most 2,000 characters.
    """

    sent_on: datetime.date
    prize: None | Prize | Unset = UNSET
    labour_creativity_certificate: bool | Unset = UNSET
    applied: bool | Unset = UNSET
    commercialised: bool | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sent_on = self.sent_on.isoformat()

        prize: None | str | Unset
        if isinstance(self.prize, Unset):
            prize = UNSET
        elif isinstance(self.prize, Prize):
            prize = self.prize.value
        else:
            prize = self.prize

        labour_creativity_certificate = self.labour_creativity_certificate

        applied = self.applied

        commercialised = self.commercialised

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sent_on": sent_on,
            }
        )
        if prize is not UNSET:
            field_dict["prize"] = prize
        if labour_creativity_certificate is not UNSET:
            field_dict["labour_creativity_certificate"] = labour_creativity_certificate
        if applied is not UNSET:
            field_dict["applied"] = applied
        if commercialised is not UNSET:
            field_dict["commercialised"] = commercialised
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent_on = datetime.date.fromisoformat(d.pop("sent_on"))

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

        labour_creativity_certificate = d.pop("labour_creativity_certificate", UNSET)

        applied = d.pop("applied", UNSET)

        commercialised = d.pop("commercialised", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        national_result = cls(
            sent_on=sent_on,
            prize=prize,
            labour_creativity_certificate=labour_creativity_certificate,
            applied=applied,
            commercialised=commercialised,
            note=note,
        )

        return national_result
