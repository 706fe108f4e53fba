from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prize import Prize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry_author import EntryAuthor


T = TypeVar("T", bound="ResultItem")


@_attrs_define
class ResultItem:
    """An entry's place in the results.

    Attributes:
        entry_id (int): The entry.
        title (str): Its title.
        authors (list[EntryAuthor]): Its authors (pupils under 18 named as the contest says).
        rank (int | None | Unset): The place: 1, 2, 3 …; `null` for an entry not (yet) fully scored.
        association_id (int | None | Unset): The association that submitted it.
        score (float | None | Unset): The mean over its judges of Σ(weight × score / max_score), 6 decimals.
        judges (int | None | Unset): Judges assigned (*staff view*, before publication).
        judges_done (int | None | Unset): Judges who scored every criterion (*staff view*, before publication).
        prize (None | Prize | Unset):
    """

    entry_id: int
    title: str
    authors: list[EntryAuthor]
    rank: int | None | Unset = UNSET
    association_id: int | None | Unset = UNSET
    score: float | None | Unset = UNSET
    judges: int | None | Unset = UNSET
    judges_done: int | None | Unset = UNSET
    prize: None | Prize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry_id = self.entry_id

        title = self.title

        authors = []
        for authors_item_data in self.authors:
            authors_item = authors_item_data.to_dict()
            authors.append(authors_item)

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        judges: int | None | Unset
        if isinstance(self.judges, Unset):
            judges = UNSET
        else:
            judges = self.judges

        judges_done: int | None | Unset
        if isinstance(self.judges_done, Unset):
            judges_done = UNSET
        else:
            judges_done = self.judges_done

        prize: None | str | Unset
        if isinstance(self.prize, Unset):
            prize = UNSET
        elif isinstance(self.prize, Prize):
            prize = self.prize.value
        else:
            prize = self.prize

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry_id": entry_id,
                "title": title,
                "authors": authors,
            }
        )
        if rank is not UNSET:
            field_dict["rank"] = rank
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if score is not UNSET:
            field_dict["score"] = score
        if judges is not UNSET:
            field_dict["judges"] = judges
        if judges_done is not UNSET:
            field_dict["judges_done"] = judges_done
        if prize is not UNSET:
            field_dict["prize"] = prize

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entry_author import EntryAuthor  # noqa: PLC0415

        d = dict(src_dict)
        entry_id = d.pop("entry_id")

        title = d.pop("title")

        authors = []
        _authors = d.pop("authors")
        for authors_item_data in _authors:
            authors_item = EntryAuthor.from_dict(authors_item_data)

            authors.append(authors_item)

        def _parse_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rank = _parse_rank(d.pop("rank", UNSET))

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_judges(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        judges = _parse_judges(d.pop("judges", UNSET))

        def _parse_judges_done(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        judges_done = _parse_judges_done(d.pop("judges_done", UNSET))

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

        result_item = cls(
            entry_id=entry_id,
            title=title,
            authors=authors,
            rank=rank,
            association_id=association_id,
            score=score,
            judges=judges,
            judges_done=judges_done,
            prize=prize,
        )

        result_item.additional_properties = d
        return result_item

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
