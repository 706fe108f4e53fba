from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.national_ranking import NationalRanking
from ..types import UNSET, Unset

T = TypeVar("T", bound="NationalStandingInput")


@_attrs_define
class NationalStandingInput:
    """The national standing of a year; a `PUT` replaces all of it. At least one of
    `national_association`, `ranking` and the two counts.

        Example:
            {'national_association': 'Hội Khuyến học Việt Nam', 'ranking': 'leading', 'national_congress_delegates': 1,
                'fatherland_front_members': 2, 'source': 'Thông báo số 12/TB-HKHVN ngày 20/12/2019'}

        Attributes:
            national_association (None | str | Unset): The national association it is affiliated with, 2 to 300 characters.
            ranking (NationalRanking | None | Unset):
            national_congress_delegates (int | None | Unset): Its delegates to national congresses that year, 0 to 100,000.
            fatherland_front_members (int | None | Unset): Its experts on the provincial Fatherland Front committee that
                year, 0 to 100,000.
            source (None | str | Unset): The document it comes from, at most 500 characters.
            note (None | str | Unset): Note, at most 2,000 characters.
    """

    national_association: None | str | Unset = UNSET
    ranking: NationalRanking | None | Unset = UNSET
    national_congress_delegates: int | None | Unset = UNSET
    fatherland_front_members: int | None | Unset = UNSET
    source: None | str | Unset = UNSET
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        field_dict.update({})
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

        national_standing_input = cls(
            national_association=national_association,
            ranking=ranking,
            national_congress_delegates=national_congress_delegates,
            fatherland_front_members=fatherland_front_members,
            source=source,
            note=note,
        )

        return national_standing_input
