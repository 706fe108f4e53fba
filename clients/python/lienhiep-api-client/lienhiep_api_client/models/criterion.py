from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="Criterion")


@_attrs_define
class Criterion:
    """A judging criterion of an edition.

    Example:
        {'code': 'novelty', 'name': 'Tính mới, tính sáng tạo', 'weight': 30, 'max_score': 30}

    Attributes:
        code (str): Code, unique in the edition: 2 to 64 lower-case letters, digits and `_`, starting with a letter.
        name (str): Name, 2 to 300 characters.
        weight (int): Weight, 1 to 1,000: a judge's score for an entry is Σ(weight × score / max_score).
        max_score (int): The highest score a judge may give, 1 to 1,000 (scores are whole numbers from 0).
    """

    code: str
    name: str
    weight: int
    max_score: int

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        weight = self.weight

        max_score = self.max_score

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "weight": weight,
                "max_score": max_score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        weight = d.pop("weight")

        max_score = d.pop("max_score")

        criterion = cls(
            code=code,
            name=name,
            weight=weight,
            max_score=max_score,
        )

        return criterion
