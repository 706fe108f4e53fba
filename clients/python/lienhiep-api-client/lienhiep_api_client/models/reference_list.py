from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.reference_value import ReferenceValue


T = TypeVar("T", bound="ReferenceList")


@_attrs_define
class ReferenceList:
    """A reference list with all its values.

    Example:
        {'name': 'ethnic_groups', 'title_vi': 'Danh mục các dân tộc Việt Nam', 'title_en': 'Ethnic groups of Vietnam',
            'source': 'General Statistics Office, decision 1019/QĐ-TCTK of 12 November 2008', 'items': [{'code': '01',
            'label_vi': 'Kinh', 'label_en': 'Kinh', 'other_names': ['Việt'], 'order': 1}, {'code': '02', 'label_vi': 'Tày',
            'label_en': 'Tay', 'other_names': [], 'order': 2}]}

    Attributes:
        name (str): Machine name of the list.
        title_vi (str): Vietnamese title.
        title_en (str): English title.
        source (str): Where the values come from.
        items (list[ReferenceValue]): The values, in display order.
    """

    name: str
    title_vi: str
    title_en: str
    source: str
    items: list[ReferenceValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title_vi = self.title_vi

        title_en = self.title_en

        source = self.source

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "title_vi": title_vi,
                "title_en": title_en,
                "source": source,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reference_value import ReferenceValue  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        title_vi = d.pop("title_vi")

        title_en = d.pop("title_en")

        source = d.pop("source")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ReferenceValue.from_dict(items_item_data)

            items.append(items_item)

        reference_list = cls(
            name=name,
            title_vi=title_vi,
            title_en=title_en,
            source=source,
            items=items,
        )

        reference_list.additional_properties = d
        return reference_list

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
