from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_column import ImportColumn


T = TypeVar("T", bound="ImportColumns")


@_attrs_define
class ImportColumns:
    """The columns of one import.

    Attributes:
        kind (str): The import: `roster`, `honourees`, `contest_entries`, `advisory_cases` or `activities`.
        path (str): The endpoint that takes the file (`POST`).
        template (str): The template workbook.
        items (list[ImportColumn]): The columns, in the template's order.
    """

    kind: str
    path: str
    template: str
    items: list[ImportColumn]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        path = self.path

        template = self.template

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "path": path,
                "template": template,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_column import ImportColumn  # noqa: PLC0415

        d = dict(src_dict)
        kind = d.pop("kind")

        path = d.pop("path")

        template = d.pop("template")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ImportColumn.from_dict(items_item_data)

            items.append(items_item)

        import_columns = cls(
            kind=kind,
            path=path,
            template=template,
            items=items,
        )

        import_columns.additional_properties = d
        return import_columns

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
