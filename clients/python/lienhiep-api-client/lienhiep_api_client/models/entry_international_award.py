from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.international_award import InternationalAward
from ..types import UNSET, Unset

T = TypeVar("T", bound="EntryInternationalAward")


@_attrs_define
class EntryInternationalAward:
    """An award an entry won abroad, at an international contest or exhibition.

    Example:
        {'id': 3, 'entry_id': 41, 'event': 'Triển lãm quốc tế sáng chế dành cho thanh thiếu niên (IYIA)', 'country':
            'In-đô-nê-xi-a', 'year': 2018, 'award': 'silver_medal', 'awarded_by': None, 'note': None, 'version': 1,
            'created_at': '2018-12-01T08:00:00Z'}

    Attributes:
        id (int): Id of the record.
        entry_id (int): The entry.
        event (str): The contest or exhibition.
        year (int): The year it was held.
        award (InternationalAward): International awards (code list `international_awards`; labels at
            `/api/v1/reference/international_awards`): `gold_medal`, `silver_medal`, `bronze_medal`, `special_prize`,
            `other`
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When it was recorded.
        country (None | str | Unset): The country where it was held.
        awarded_by (None | str | Unset): Who gave it, when not the organisers (e.g. a delegation's special prize).
        note (None | str | Unset): A note.
    """

    id: int
    entry_id: int
    event: str
    year: int
    award: InternationalAward
    version: int
    created_at: datetime.datetime
    country: None | str | Unset = UNSET
    awarded_by: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        entry_id = self.entry_id

        event = self.event

        year = self.year

        award = self.award.value

        version = self.version

        created_at = self.created_at.isoformat()

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "entry_id": entry_id,
                "event": event,
                "year": year,
                "award": award,
                "version": version,
                "created_at": created_at,
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
        id = d.pop("id")

        entry_id = d.pop("entry_id")

        event = d.pop("event")

        year = d.pop("year")

        award = InternationalAward(d.pop("award"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

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

        entry_international_award = cls(
            id=id,
            entry_id=entry_id,
            event=event,
            year=year,
            award=award,
            version=version,
            created_at=created_at,
            country=country,
            awarded_by=awarded_by,
            note=note,
        )

        entry_international_award.additional_properties = d
        return entry_international_award

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
