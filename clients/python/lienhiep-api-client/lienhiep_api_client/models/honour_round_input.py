from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HonourRoundInput")


@_attrs_define
class HonourRoundInput:
    """A new honour round (status `planned`).

    Example:
        {'year': 2024, 'name': 'Tôn vinh trí thức tiêu biểu lần thứ V', 'ceremony_on': '2024-05-18'}

    Attributes:
        year (int): Year, 1945 to 2100.
        name (str): Name, 2 to 200 characters, unique.
        ceremony_on (datetime.date | None | Unset): Ceremony date.
        description (None | str | Unset): Description, at most 4,000 characters.
    """

    year: int
    name: str
    ceremony_on: datetime.date | None | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        name = self.name

        ceremony_on: None | str | Unset
        if isinstance(self.ceremony_on, Unset):
            ceremony_on = UNSET
        elif isinstance(self.ceremony_on, datetime.date):
            ceremony_on = self.ceremony_on.isoformat()
        else:
            ceremony_on = self.ceremony_on

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "year": year,
                "name": name,
            }
        )
        if ceremony_on is not UNSET:
            field_dict["ceremony_on"] = ceremony_on
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        name = d.pop("name")

        def _parse_ceremony_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ceremony_on_type_0 = datetime.date.fromisoformat(data)

                return ceremony_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ceremony_on = _parse_ceremony_on(d.pop("ceremony_on", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        honour_round_input = cls(
            year=year,
            name=name,
            ceremony_on=ceremony_on,
            description=description,
        )

        return honour_round_input
