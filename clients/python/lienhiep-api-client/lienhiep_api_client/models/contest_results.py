from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edition_status import EditionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_item import ResultItem


T = TypeVar("T", bound="ContestResults")


@_attrs_define
class ContestResults:
    """The ranking of an edition's eligible entries: live for staff while judging, as published
    for everyone once the results are published. Ties are broken by the mean score on the
    first criterion, then by submission order (the earlier entry first); every entry has its
    own place.

        Attributes:
            edition_id (int): The edition.
            status (EditionStatus): Contest edition statuses (code list `edition_statuses`; labels at
                `/api/v1/reference/edition_statuses`): `draft`, `open`, `judging`, `results_published`, `closed`
            complete (bool): Every eligible entry is fully judged (a judge, and every judge's every score).
            items (list[ResultItem]): The entries, best first; unranked ones last.
            published_on (datetime.date | None | Unset): When the results were published.
    """

    edition_id: int
    status: EditionStatus
    complete: bool
    items: list[ResultItem]
    published_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        edition_id = self.edition_id

        status = self.status.value

        complete = self.complete

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "edition_id": edition_id,
                "status": status,
                "complete": complete,
                "items": items,
            }
        )
        if published_on is not UNSET:
            field_dict["published_on"] = published_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result_item import ResultItem  # noqa: PLC0415

        d = dict(src_dict)
        edition_id = d.pop("edition_id")

        status = EditionStatus(d.pop("status"))

        complete = d.pop("complete")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ResultItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        contest_results = cls(
            edition_id=edition_id,
            status=status,
            complete=complete,
            items=items,
            published_on=published_on,
        )

        contest_results.additional_properties = d
        return contest_results

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
