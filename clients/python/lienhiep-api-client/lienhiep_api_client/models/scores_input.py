from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.scores_input_scores import ScoresInputScores


T = TypeVar("T", bound="ScoresInput")


@_attrs_define
class ScoresInput:
    """A judge's scores: criterion code → a whole number from 0 to the criterion's maximum, or
    `null` to remove a score. Criteria left out keep their scores.

        Example:
            {'scores': {'novelty': 24, 'applicability': 16, 'effectiveness': 8}}

        Attributes:
            scores (ScoresInputScores): Scores by criterion code, at most 20.
    """

    scores: ScoresInputScores

    def to_dict(self) -> dict[str, Any]:
        scores = self.scores.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "scores": scores,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scores_input_scores import ScoresInputScores  # noqa: PLC0415

        d = dict(src_dict)
        scores = ScoresInputScores.from_dict(d.pop("scores"))

        scores_input = cls(
            scores=scores,
        )

        return scores_input
