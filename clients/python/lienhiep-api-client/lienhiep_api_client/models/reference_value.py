from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReferenceValue")


@_attrs_define
class ReferenceValue:
    """One value of a reference list.

    Attributes:
        code (str): The stable code that other resources store and accept (e.g. `03` for Thái).
        label_vi (str): Vietnamese label.
        label_en (str): English label.
        other_names (list[str]): Other names the value is known by (e.g. `Mèo` for H'mông).
        order (int): Position in display order, from 1.
    """

    code: str
    label_vi: str
    label_en: str
    other_names: list[str]
    order: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label_vi = self.label_vi

        label_en = self.label_en

        other_names = self.other_names

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "label_vi": label_vi,
                "label_en": label_en,
                "other_names": other_names,
                "order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label_vi = d.pop("label_vi")

        label_en = d.pop("label_en")

        other_names = cast(list[str], d.pop("other_names"))

        order = d.pop("order")

        reference_value = cls(
            code=code,
            label_vi=label_vi,
            label_en=label_en,
            other_names=other_names,
            order=order,
        )

        reference_value.additional_properties = d
        return reference_value

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
