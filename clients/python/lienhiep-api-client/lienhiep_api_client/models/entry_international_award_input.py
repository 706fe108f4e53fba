from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.international_award import InternationalAward
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntryInternationalAwardInput")


@_attrs_define
class EntryInternationalAwardInput:
    """Records an award an entry won abroad.

    Example:
        {'event': 'Triển lãm quốc tế sáng chế dành cho thanh thiếu niên (IYIA)', 'country': 'In-đô-nê-xi-a', 'year':
            2018, 'award': 'special_prize', 'awarded_by': 'Đoàn Ma Cao'}

    Attributes:
        event (str): The contest or exhibition, 2 to 300 characters.
        year (int): The year it was held: not before the edition's, not after this one.
        award (InternationalAward): International awards (code list `international_awards`; labels at
            `/api/v1/reference/international_awards`): `gold_medal`, `silver_medal`, `bronze_medal`, `special_prize`,
            `other`
        country (None | str | Unset): The country where it was held, at most 100 characters.
        awarded_by (None | str | Unset): Who gave it, when not the organisers, at most 200 characters.
        note (None | str | Unset): A note, at most 2,000 characters.
    """

    event: str
    year: int
    award: InternationalAward
    country: None | str | Unset = UNSET
    awarded_by: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        year = self.year

        award = self.award.value

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        awarded_by: None | str | Unset
        if isinstance(self.awarded_by, Unset):
            awarded_by = UNSET
        else:
            awarded_by = self.awarded_by

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "event": event,
                "year": year,
                "award": award,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country
        if awarded_by is not UNSET:
            field_dict["awarded_by"] = awarded_by
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event")

        year = d.pop("year")

        award = InternationalAward(d.pop("award"))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_awarded_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        awarded_by = _parse_awarded_by(d.pop("awarded_by", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        entry_international_award_input = cls(
            event=event,
            year=year,
            award=award,
            country=country,
            awarded_by=awarded_by,
            note=note,
        )

        return entry_international_award_input
