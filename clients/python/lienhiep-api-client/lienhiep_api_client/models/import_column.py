from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cell_kind import CellKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportColumn")


@_attrs_define
class ImportColumn:
    """One column of an import file.

    Attributes:
        key (str): The record's key: the JSON field, and a header the file may use.
        header (str): The Vietnamese header the template writes.
        other_headers (list[str]): Other headers the column is known by (compared without case or diacritics).
        cell (CellKind): What a column's cells hold, as `GET /api/v1/imports/{kind}/columns` says it (see [`Cell`]).
        list_ (None | str | Unset): For `code` cells, the code list, at `/api/v1/reference/{list}`.
    """

    key: str
    header: str
    other_headers: list[str]
    cell: CellKind
    list_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        header = self.header

        other_headers = self.other_headers

        cell = self.cell.value

        list_: None | str | Unset
        if isinstance(self.list_, Unset):
            list_ = UNSET
        else:
            list_ = self.list_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "header": header,
                "other_headers": other_headers,
                "cell": cell,
            }
        )
        if list_ is not UNSET:
            field_dict["list"] = list_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        header = d.pop("header")

        other_headers = cast(list[str], d.pop("other_headers"))

        cell = CellKind(d.pop("cell"))

        def _parse_list_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        list_ = _parse_list_(d.pop("list", UNSET))

        import_column = cls(
            key=key,
            header=header,
            other_headers=other_headers,
            cell=cell,
            list_=list_,
        )

        import_column.additional_properties = d
        return import_column

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
