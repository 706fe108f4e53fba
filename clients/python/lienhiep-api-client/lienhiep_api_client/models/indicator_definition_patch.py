from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.indicator_unit import IndicatorUnit
from ..models.metric import Metric
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorDefinitionPatch")


@_attrs_define
class IndicatorDefinitionPatch:
    """Changes to an indicator definition as a JSON Merge Patch: left out stays; `metric`,
    `dimensions` and `description` can be cleared; the code never changes.

        Example:
            {'position': 25, 'name_en': 'Member associations of the union'}

        Attributes:
            position (int | Unset): Order in the table.
            section (str | Unset): Section.
            number (str | Unset): Number within the section.
            name_vi (str | Unset): Vietnamese name.
            name_en (str | Unset): English name.
            unit (IndicatorUnit | Unset): Indicator units (code list `indicator_units`; labels at
                `/api/v1/reference/indicator_units`): `years`, `count`, `people`, `presence`
            metric (Metric | None | Unset):
            dimensions (list[str] | None | Unset): Breakdown values; `null` clears them.
            window_years (int | Unset): Window of years.
            since_year (int | None | Unset): First year counted; `null` goes back to the window.
            description (None | str | Unset): Description.
    """

    position: int | Unset = UNSET
    section: str | Unset = UNSET
    number: str | Unset = UNSET
    name_vi: str | Unset = UNSET
    name_en: str | Unset = UNSET
    unit: IndicatorUnit | Unset = UNSET
    metric: Metric | None | Unset = UNSET
    dimensions: list[str] | None | Unset = UNSET
    window_years: int | Unset = UNSET
    since_year: int | None | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        section = self.section

        number = self.number

        name_vi = self.name_vi

        name_en = self.name_en

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        metric: None | str | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        elif isinstance(self.metric, Metric):
            metric = self.metric.value
        else:
            metric = self.metric

        dimensions: list[str] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, list):
            dimensions = self.dimensions

        else:
            dimensions = self.dimensions

        window_years = self.window_years

        since_year: int | None | Unset
        if isinstance(self.since_year, Unset):
            since_year = UNSET
        else:
            since_year = self.since_year

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if position is not UNSET:
            field_dict["position"] = position
        if section is not UNSET:
            field_dict["section"] = section
        if number is not UNSET:
            field_dict["number"] = number
        if name_vi is not UNSET:
            field_dict["name_vi"] = name_vi
        if name_en is not UNSET:
            field_dict["name_en"] = name_en
        if unit is not UNSET:
            field_dict["unit"] = unit
        if metric is not UNSET:
            field_dict["metric"] = metric
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if window_years is not UNSET:
            field_dict["window_years"] = window_years
        if since_year is not UNSET:
            field_dict["since_year"] = since_year
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position", UNSET)

        section = d.pop("section", UNSET)

        number = d.pop("number", UNSET)

        name_vi = d.pop("name_vi", UNSET)

        name_en = d.pop("name_en", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: IndicatorUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = IndicatorUnit(_unit)

        def _parse_metric(data: object) -> Metric | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                metric_type_1 = Metric(data)

                return metric_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metric | None | Unset, data)

        metric = _parse_metric(d.pop("metric", UNSET))

        def _parse_dimensions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dimensions_type_0 = cast(list[str], data)

                return dimensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dimensions = _parse_dimensions(d.pop("dimensions", UNSET))

        window_years = d.pop("window_years", UNSET)

        def _parse_since_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        since_year = _parse_since_year(d.pop("since_year", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        indicator_definition_patch = cls(
            position=position,
            section=section,
            number=number,
            name_vi=name_vi,
            name_en=name_en,
            unit=unit,
            metric=metric,
            dimensions=dimensions,
            window_years=window_years,
            since_year=since_year,
            description=description,
        )

        return indicator_definition_patch
