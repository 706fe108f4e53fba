from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.score_sheet_scores import ScoreSheetScores


T = TypeVar("T", bound="ScoreSheet")


@_attrs_define
class ScoreSheet:
    """One judge's scores on an entry.

    Attributes:
        user_id (int): The judge's user account.
        judge_name (str): The judge's name.
        scores (ScoreSheetScores): Scores by criterion code; a criterion not yet scored is absent.
        complete (bool): Every criterion is scored.
        weighted (float | None | Unset): Σ(weight × score / max_score) over the criteria, once complete (6 decimals).
    """

    user_id: int
    judge_name: str
    scores: ScoreSheetScores
    complete: bool
    weighted: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        judge_name = self.judge_name

        scores = self.scores.to_dict()

        complete = self.complete

        weighted: float | None | Unset
        if isinstance(self.weighted, Unset):
            weighted = UNSET
        else:
            weighted = self.weighted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "judge_name": judge_name,
                "scores": scores,
                "complete": complete,
            }
        )
        if weighted is not UNSET:
            field_dict["weighted"] = weighted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_sheet_scores import ScoreSheetScores  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id")

        judge_name = d.pop("judge_name")

        scores = ScoreSheetScores.from_dict(d.pop("scores"))

        complete = d.pop("complete")

        def _parse_weighted(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        weighted = _parse_weighted(d.pop("weighted", UNSET))

        score_sheet = cls(
            user_id=user_id,
            judge_name=judge_name,
            scores=scores,
            complete=complete,
            weighted=weighted,
        )

        score_sheet.additional_properties = d
        return score_sheet

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
