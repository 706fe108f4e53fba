from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="MergeInput")


@_attrs_define
class MergeInput:
    """People to merge into one.

    Example:
        {'keep_person_id': 981, 'merge_person_ids': [1204]}

    Attributes:
        keep_person_id (int): The person to keep: its data stays as it is.
        merge_person_ids (list[int]): The people merged into it (1 to 20): their memberships move to the kept person.
    """

    keep_person_id: int
    merge_person_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        keep_person_id = self.keep_person_id

        merge_person_ids = self.merge_person_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "keep_person_id": keep_person_id,
                "merge_person_ids": merge_person_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keep_person_id = d.pop("keep_person_id")

        merge_person_ids = cast(list[int], d.pop("merge_person_ids"))

        merge_input = cls(
            keep_person_id=keep_person_id,
            merge_person_ids=merge_person_ids,
        )

        return merge_input
