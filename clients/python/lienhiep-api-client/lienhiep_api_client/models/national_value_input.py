from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NationalValueInput")


@_attrs_define
class NationalValueInput:
    """The national reference of an indicator for a year: the value over the country's
    provincial unions and the document it comes from. Writing it leaves the union's value and
    note as they are.

        Example:
            {'national_value': 42, 'national_source': 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm Chỉ thị 42-CT/TW
                (2019)'}

        Attributes:
            national_value (float): The national reference value, 0 to 1,000,000,000,000: the average over provincial
                unions, or for `presence` indicators the number of provincial unions that have it.
            national_source (str): Where the national reference comes from, 1 to 500 characters.
    """

    national_value: float
    national_source: str

    def to_dict(self) -> dict[str, Any]:
        national_value = self.national_value

        national_source = self.national_source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "national_value": national_value,
                "national_source": national_source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        national_value = d.pop("national_value")

        national_source = d.pop("national_source")

        national_value_input = cls(
            national_value=national_value,
            national_source=national_source,
        )

        return national_value_input
