from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.figure_source import FigureSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberFigure")


@_attrs_define
class MemberFigure:
    """A member figure of a year: what the report says, and the figure that stands for the year.

    Attributes:
        reported (int | None | Unset): What the report says (`null`: not reported).
        value (int | None | Unset): The figure the statistics use for the year: the roster's members at the end of the
            year where the association kept its roster here that year (first synced that year or
            before), else the reported one.
        source (FigureSource | None | Unset):
    """

    reported: int | None | Unset = UNSET
    value: int | None | Unset = UNSET
    source: FigureSource | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reported: int | None | Unset
        if isinstance(self.reported, Unset):
            reported = UNSET
        else:
            reported = self.reported

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, FigureSource):
            source = self.source.value
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reported is not UNSET:
            field_dict["reported"] = reported
        if value is not UNSET:
            field_dict["value"] = value
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_reported(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reported = _parse_reported(d.pop("reported", UNSET))

        def _parse_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_source(data: object) -> FigureSource | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_1 = FigureSource(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FigureSource | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        member_figure = cls(
            reported=reported,
            value=value,
            source=source,
        )

        member_figure.additional_properties = d
        return member_figure

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
