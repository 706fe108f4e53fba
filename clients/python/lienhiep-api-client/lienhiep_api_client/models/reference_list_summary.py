from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReferenceListSummary")


@_attrs_define
class ReferenceListSummary:
    """One reference list, without its values.

    Example:
        {'name': 'ethnic_groups', 'title_vi': 'Danh mục các dân tộc Việt Nam', 'title_en': 'Ethnic groups of Vietnam',
            'source': 'General Statistics Office, decision 1019/QĐ-TCTK of 12 November 2008', 'count': 54, 'href':
            '/api/v1/reference/ethnic_groups'}

    Attributes:
        name (str): Machine name of the list; use it in `/api/v1/reference/{list}`.
        title_vi (str): Vietnamese title.
        title_en (str): English title.
        source (str): Where the values come from (a decision of an authority, or this API itself).
        count (int): Number of values.
        href (str): Address of the full list.
    """

    name: str
    title_vi: str
    title_en: str
    source: str
    count: int
    href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title_vi = self.title_vi

        title_en = self.title_en

        source = self.source

        count = self.count

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "title_vi": title_vi,
                "title_en": title_en,
                "source": source,
                "count": count,
                "href": href,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        title_vi = d.pop("title_vi")

        title_en = d.pop("title_en")

        source = d.pop("source")

        count = d.pop("count")

        href = d.pop("href")

        reference_list_summary = cls(
            name=name,
            title_vi=title_vi,
            title_en=title_en,
            source=source,
            count=count,
            href=href,
        )

        reference_list_summary.additional_properties = d
        return reference_list_summary

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
