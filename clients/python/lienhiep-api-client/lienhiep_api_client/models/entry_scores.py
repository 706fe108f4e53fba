from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.score_sheet import ScoreSheet


T = TypeVar("T", bound="EntryScores")


@_attrs_define
class EntryScores:
    """The score sheets of an entry a caller may see: staff every judge's; a judge only their
    own until the results are published.

        Attributes:
            entry_id (int): The entry.
            sheets (list[ScoreSheet]): The sheets, in the order the judges were assigned.
    """

    entry_id: int
    sheets: list[ScoreSheet]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry_id = self.entry_id

        sheets = []
        for sheets_item_data in self.sheets:
            sheets_item = sheets_item_data.to_dict()
            sheets.append(sheets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry_id": entry_id,
                "sheets": sheets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_sheet import ScoreSheet  # noqa: PLC0415

        d = dict(src_dict)
        entry_id = d.pop("entry_id")

        sheets = []
        _sheets = d.pop("sheets")
        for sheets_item_data in _sheets:
            sheets_item = ScoreSheet.from_dict(sheets_item_data)

            sheets.append(sheets_item)

        entry_scores = cls(
            entry_id=entry_id,
            sheets=sheets,
        )

        entry_scores.additional_properties = d
        return entry_scores

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
