from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScoreChangeItem")


@_attrs_define
class ScoreChangeItem:
    """A change of a score.

    Attributes:
        user_id (int): The judge's user account.
        criterion (str): The criterion's code.
        changed_at (datetime.datetime): When.
        actor (str): Who made the change.
        old_score (int | None | Unset): Before (`null`: not scored).
        new_score (int | None | Unset): After (`null`: removed).
    """

    user_id: int
    criterion: str
    changed_at: datetime.datetime
    actor: str
    old_score: int | None | Unset = UNSET
    new_score: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        criterion = self.criterion

        changed_at = self.changed_at.isoformat()

        actor = self.actor

        old_score: int | None | Unset
        if isinstance(self.old_score, Unset):
            old_score = UNSET
        else:
            old_score = self.old_score

        new_score: int | None | Unset
        if isinstance(self.new_score, Unset):
            new_score = UNSET
        else:
            new_score = self.new_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "criterion": criterion,
                "changed_at": changed_at,
                "actor": actor,
            }
        )
        if old_score is not UNSET:
            field_dict["old_score"] = old_score
        if new_score is not UNSET:
            field_dict["new_score"] = new_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("user_id")

        criterion = d.pop("criterion")

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        actor = d.pop("actor")

        def _parse_old_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        old_score = _parse_old_score(d.pop("old_score", UNSET))

        def _parse_new_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        new_score = _parse_new_score(d.pop("new_score", UNSET))

        score_change_item = cls(
            user_id=user_id,
            criterion=criterion,
            changed_at=changed_at,
            actor=actor,
            old_score=old_score,
            new_score=new_score,
        )

        score_change_item.additional_properties = d
        return score_change_item

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
