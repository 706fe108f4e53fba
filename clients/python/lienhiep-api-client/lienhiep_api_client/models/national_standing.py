from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.national_ranking import NationalRanking
from ..types import UNSET, Unset

T = TypeVar("T", bound="NationalStanding")


@_attrs_define
class NationalStanding:
    """An association's standing in its national sector for a year.

    Example:
        {'association_id': 3, 'year': 2019, 'national_association': 'Hội Khuyến học Việt Nam', 'ranking': 'leading',
            'national_congress_delegates': 1, 'fatherland_front_members': 2, 'source': 'Thông báo số 12/TB-HKHVN ngày
            20/12/2019', 'note': None, 'version': 1, 'created_at': '2020-01-10T08:00:00Z', 'updated_at':
            '2020-01-10T08:00:00Z'}

    Attributes:
        association_id (int): The association.
        year (int): The year.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When it was recorded.
        updated_at (datetime.datetime): When it last changed.
        national_association (None | str | Unset): The national association (hội ngành toàn quốc) it is affiliated with.
        ranking (NationalRanking | None | Unset):
        national_congress_delegates (int | None | Unset): Its delegates to national congresses that year (of its
            national association, of the
            Vietnam Fatherland Front).
        fatherland_front_members (int | None | Unset): Its experts on the provincial Fatherland Front committee that
            year.
        source (None | str | Unset): The document it comes from (e.g. the national association's notice).
        note (None | str | Unset): Note.
    """

    association_id: int
    year: int
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    national_association: None | str | Unset = UNSET
    ranking: NationalRanking | None | Unset = UNSET
    national_congress_delegates: int | None | Unset = UNSET
    fatherland_front_members: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        association_id = self.association_id

        year = self.year

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        national_association: None | str | Unset
        if isinstance(self.national_association, Unset):
            national_association = UNSET
        else:
            national_association = self.national_association

        ranking: None | str | Unset
        if isinstance(self.ranking, Unset):
            ranking = UNSET
        elif isinstance(self.ranking, NationalRanking):
            ranking = self.ranking.value
        else:
            ranking = self.ranking

        national_congress_delegates: int | None | Unset
        if isinstance(self.national_congress_delegates, Unset):
            national_congress_delegates = UNSET
        else:
            national_congress_delegates = self.national_congress_delegates

        fatherland_front_members: int | None | Unset
        if isinstance(self.fatherland_front_members, Unset):
            fatherland_front_members = UNSET
        else:
            fatherland_front_members = self.fatherland_front_members

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "association_id": association_id,
                "year": year,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if national_association is not UNSET:
            field_dict["national_association"] = national_association
        if ranking is not UNSET:
            field_dict["ranking"] = ranking
        if national_congress_delegates is not UNSET:
            field_dict["national_congress_delegates"] = national_congress_delegates
        if fatherland_front_members is not UNSET:
            field_dict["fatherland_front_members"] = fatherland_front_members
        if source is not UNSET:
            field_dict["source"] = source
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        association_id = d.pop("association_id")

        year = d.pop("year")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_national_association(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_association = _parse_national_association(d.pop("national_association", UNSET))

        def _parse_ranking(data: object) -> NationalRanking | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ranking_type_1 = NationalRanking(data)

                return ranking_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NationalRanking | None | Unset, data)

        ranking = _parse_ranking(d.pop("ranking", UNSET))

        def _parse_national_congress_delegates(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        national_congress_delegates = _parse_national_congress_delegates(d.pop("national_congress_delegates", UNSET))

        def _parse_fatherland_front_members(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fatherland_front_members = _parse_fatherland_front_members(d.pop("fatherland_front_members", UNSET))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        national_standing = cls(
            association_id=association_id,
            year=year,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            national_association=national_association,
            ranking=ranking,
            national_congress_delegates=national_congress_delegates,
            fatherland_front_members=fatherland_front_members,
            source=source,
            note=note,
        )

        national_standing.additional_properties = d
        return national_standing

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
