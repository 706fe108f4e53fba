from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntryImportRecord")


@_attrs_define
class EntryImportRecord:
    """One entry of a past edition to import, with its final result.

    Example:
        {'title': 'Máy gieo hạt ngô cải tiến', 'field': 'Nông nghiệp', 'association_id': 3, 'authors': ['Lò Văn Pha',
            'Cầm Văn Hội'], 'prize': 'first', 'rank': 1, 'final_score': 86.5, 'national_prize': 'third',
            'labour_creativity_certificate': True}

    Attributes:
        title (str): Title.
        authors (list[str]): The authors' names, in order (`;` between them in CSV): authors in the technical
            innovation contest, pupils in the youth creativity contest.
        field (None | str | Unset): Field.
        summary (None | str | Unset): Summary.
        association_id (int | None | Unset): The association that submitted it.
        school (None | str | Unset): The pupils' school (youth creativity contest).
        prize (None | str | Unset): The provincial prize: a code or its name (`Giải Nhất`).
        rank (int | None | Unset): The rank, 1 to 100,000.
        final_score (float | None | Unset): The score, 0 to 1,000,000.
        national_prize (None | str | Unset): The national prize: a code or its name; only with a provincial prize.
        labour_creativity_certificate (bool | None | Unset): A Labour Creativity Certificate came with it; only with a
            provincial prize.
        applied (bool | None | Unset): Applied in practice.
        commercialised (bool | None | Unset): Commercialised.
    """

    title: str
    authors: list[str]
    field: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    school: None | str | Unset = UNSET
    prize: None | str | Unset = UNSET
    rank: int | None | Unset = UNSET
    final_score: float | None | Unset = UNSET
    national_prize: None | str | Unset = UNSET
    labour_creativity_certificate: bool | None | Unset = UNSET
    applied: bool | None | Unset = UNSET
    commercialised: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        authors = self.authors

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        school: None | str | Unset
        if isinstance(self.school, Unset):
            school = UNSET
        else:
            school = self.school

        prize: None | str | Unset
        if isinstance(self.prize, Unset):
            prize = UNSET
        else:
            prize = self.prize

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        final_score: float | None | Unset
        if isinstance(self.final_score, Unset):
            final_score = UNSET
        else:
            final_score = self.final_score

        national_prize: None | str | Unset
        if isinstance(self.national_prize, Unset):
            national_prize = UNSET
        else:
            national_prize = self.national_prize

        labour_creativity_certificate: bool | None | Unset
        if isinstance(self.labour_creativity_certificate, Unset):
            labour_creativity_certificate = UNSET
        else:
            labour_creativity_certificate = self.labour_creativity_certificate

        applied: bool | None | Unset
        if isinstance(self.applied, Unset):
            applied = UNSET
        else:
            applied = self.applied

        commercialised: bool | None | Unset
        if isinstance(self.commercialised, Unset):
            commercialised = UNSET
        else:
            commercialised = self.commercialised

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "authors": authors,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if summary is not UNSET:
            field_dict["summary"] = summary
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if school is not UNSET:
            field_dict["school"] = school
        if prize is not UNSET:
            field_dict["prize"] = prize
        if rank is not UNSET:
            field_dict["rank"] = rank
        if final_score is not UNSET:
            field_dict["final_score"] = final_score
        if national_prize is not UNSET:
            field_dict["national_prize"] = national_prize
        if labour_creativity_certificate is not UNSET:
            field_dict["labour_creativity_certificate"] = labour_creativity_certificate
        if applied is not UNSET:
            field_dict["applied"] = applied
        if commercialised is not UNSET:
            field_dict["commercialised"] = commercialised

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        authors = cast(list[str], d.pop("authors"))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_school(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        school = _parse_school(d.pop("school", UNSET))

        def _parse_prize(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prize = _parse_prize(d.pop("prize", UNSET))

        def _parse_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rank = _parse_rank(d.pop("rank", UNSET))

        def _parse_final_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        final_score = _parse_final_score(d.pop("final_score", UNSET))

        def _parse_national_prize(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_prize = _parse_national_prize(d.pop("national_prize", UNSET))

        def _parse_labour_creativity_certificate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        labour_creativity_certificate = _parse_labour_creativity_certificate(
            d.pop("labour_creativity_certificate", UNSET)
        )

        def _parse_applied(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        applied = _parse_applied(d.pop("applied", UNSET))

        def _parse_commercialised(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        commercialised = _parse_commercialised(d.pop("commercialised", UNSET))

        entry_import_record = cls(
            title=title,
            authors=authors,
            field=field,
            summary=summary,
            association_id=association_id,
            school=school,
            prize=prize,
            rank=rank,
            final_score=final_score,
            national_prize=national_prize,
            labour_creativity_certificate=labour_creativity_certificate,
            applied=applied,
            commercialised=commercialised,
        )

        return entry_import_record
