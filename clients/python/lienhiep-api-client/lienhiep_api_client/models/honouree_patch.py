from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HonoureePatch")


@_attrs_define
class HonoureePatch:
    """Changes to an honouree as a JSON Merge Patch: left out stays, `null` clears;
    `categories` cannot be cleared. The decision changes only by the decision operation.

        Example:
            {'categories': ['meritorious_teacher', 'doctorate']}

        Attributes:
            person_id (int | None | Unset): The person.
            full_name (None | str | Unset): Full name.
            workplace (None | str | Unset): Workplace.
            position (None | str | Unset): Position.
            association_id (int | None | Unset): The proposing association.
            categories (list[str] | Unset): Category codes.
            citation (None | str | Unset): Citation.
    """

    person_id: int | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    workplace: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    categories: list[str] | Unset = UNSET
    citation: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        workplace: None | str | Unset
        if isinstance(self.workplace, Unset):
            workplace = UNSET
        else:
            workplace = self.workplace

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        citation: None | str | Unset
        if isinstance(self.citation, Unset):
            citation = UNSET
        else:
            citation = self.citation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if workplace is not UNSET:
            field_dict["workplace"] = workplace
        if position is not UNSET:
            field_dict["position"] = position
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if categories is not UNSET:
            field_dict["categories"] = categories
        if citation is not UNSET:
            field_dict["citation"] = citation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_workplace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workplace = _parse_workplace(d.pop("workplace", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        categories = cast(list[str], d.pop("categories", UNSET))

        def _parse_citation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        citation = _parse_citation(d.pop("citation", UNSET))

        honouree_patch = cls(
            person_id=person_id,
            full_name=full_name,
            workplace=workplace,
            position=position,
            association_id=association_id,
            categories=categories,
            citation=citation,
        )

        return honouree_patch
