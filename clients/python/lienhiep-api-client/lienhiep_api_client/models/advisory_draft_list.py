from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.advisory_draft_summary import AdvisoryDraftSummary


T = TypeVar("T", bound="AdvisoryDraftList")


@_attrs_define
class AdvisoryDraftList:
    """The versions of a case's opinion, oldest first.

    Attributes:
        items (list[AdvisoryDraftSummary]): The drafts, without their text (`GET …/drafts/{number}` has it).
        submitted_draft (int | None | Unset): The number of the draft submitted as the opinion; `null` until submitted.
    """

    items: list[AdvisoryDraftSummary]
    submitted_draft: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        submitted_draft: int | None | Unset
        if isinstance(self.submitted_draft, Unset):
            submitted_draft = UNSET
        else:
            submitted_draft = self.submitted_draft

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if submitted_draft is not UNSET:
            field_dict["submitted_draft"] = submitted_draft

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.advisory_draft_summary import AdvisoryDraftSummary  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = AdvisoryDraftSummary.from_dict(items_item_data)

            items.append(items_item)

        def _parse_submitted_draft(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        submitted_draft = _parse_submitted_draft(d.pop("submitted_draft", UNSET))

        advisory_draft_list = cls(
            items=items,
            submitted_draft=submitted_draft,
        )

        advisory_draft_list.additional_properties = d
        return advisory_draft_list

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
