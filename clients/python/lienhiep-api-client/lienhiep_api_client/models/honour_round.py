from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.honour_round_status import HonourRoundStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.honouree_counts import HonoureeCounts


T = TypeVar("T", bound="HonourRound")


@_attrs_define
class HonourRound:
    """A round of honouring outstanding intellectuals (đợt tôn vinh trí thức tiêu biểu).

    Example:
        {'id': 5, 'year': 2024, 'name': 'Tôn vinh trí thức tiêu biểu lần thứ V', 'ceremony_on': '2024-05-18',
            'description': None, 'status': 'nominations_open', 'published_at': None, 'counts': {'pending': 12, 'approved':
            0, 'rejected': 0}, 'version': 2, 'created_at': '2024-01-10T08:00:00Z', 'updated_at': '2024-02-01T08:00:00Z'}

    Attributes:
        id (int): Id.
        year (int): Year of the round.
        name (str): Name, unique (ignoring case and diacritics).
        status (HonourRoundStatus): Honour round statuses (code list `honour_round_statuses`; labels at
            `/api/v1/reference/honour_round_statuses`): `planned`, `nominations_open`, `under_review`, `published`
        counts (HonoureeCounts): How many honourees of a round stand at each decision.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When the record was created.
        updated_at (datetime.datetime): When the record last changed.
        ceremony_on (datetime.date | None | Unset): Ceremony date.
        description (None | str | Unset): Description.
        published_at (datetime.datetime | None | Unset): When the round was published.
    """

    id: int
    year: int
    name: str
    status: HonourRoundStatus
    counts: HonoureeCounts
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    ceremony_on: datetime.date | None | Unset = UNSET
    description: None | str | Unset = UNSET
    published_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        year = self.year

        name = self.name

        status = self.status.value

        counts = self.counts.to_dict()

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "year": year,
                "name": name,
                "status": status,
                "counts": counts,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if ceremony_on is not UNSET:
            field_dict["ceremony_on"] = ceremony_on
        if description is not UNSET:
            field_dict["description"] = description
        if published_at is not UNSET:
            field_dict["published_at"] = published_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.honouree_counts import HonoureeCounts  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        year = d.pop("year")

        name = d.pop("name")

        status = HonourRoundStatus(d.pop("status"))

        counts = HonoureeCounts.from_dict(d.pop("counts"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        def _parse_published_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))

        honour_round = cls(
            id=id,
            year=year,
            name=name,
            status=status,
            counts=counts,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            ceremony_on=ceremony_on,
            description=description,
            published_at=published_at,
        )

        honour_round.additional_properties = d
        return honour_round

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
