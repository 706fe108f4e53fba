from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.indicator_unit import IndicatorUnit
from ..models.metric import Metric
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorDefinitionInput")


@_attrs_define
class IndicatorDefinitionInput:
    """A new indicator definition.

    Example:
        {'code': 'digital_services', 'position': 215, 'section': 'II', 'number': '2.3', 'name_vi': 'Hội thi khởi nghiệp
            sáng tạo', 'name_en': 'Start-up contest', 'unit': 'presence'}

    Attributes:
        code (str): Code: 2 to 64 lower-case letters, digits and `_`, starting with a letter; unique.
        section (str): Section of the table, 1 to 20 characters (e.g. `II`).
        number (str): Number within the section, 1 to 20 characters (e.g. `2.3`).
        name_vi (str): Vietnamese name, 2 to 300 characters.
        name_en (str): English name, 2 to 300 characters.
        unit (IndicatorUnit): Indicator units (code list `indicator_units`; labels at
            `/api/v1/reference/indicator_units`): `years`, `count`, `people`, `presence`
        position (int | None | Unset): Order in the table, 0 to 1,000,000 (default 1,000: last).
        metric (Metric | None | Unset):
        dimensions (list[str] | None | Unset): Only these breakdown values of the metric (at most 20, each 1 to 100
            characters
            without commas); needs a metric.
        window_years (int | None | Unset): Years the metric is summed over, 1 to 50 (default 1); more than 1 needs a
            metric.
        since_year (int | None | Unset): For a line that means "as of the year": counted from this year (1945 to 2100)
            instead
            of a window, so `window_years` must be left at 1. A computed value sums every year
            from it to the table's year; a recorded value is the latest recorded since it.
        description (None | str | Unset): Description, at most 2,000 characters.
    """

    code: str
    section: str
    number: str
    name_vi: str
    name_en: str
    unit: IndicatorUnit
    position: int | None | Unset = UNSET
    metric: Metric | None | Unset = UNSET
    dimensions: list[str] | None | Unset = UNSET
    window_years: int | None | Unset = UNSET
    since_year: int | None | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        section = self.section

        number = self.number

        name_vi = self.name_vi

        name_en = self.name_en

        unit = self.unit.value

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

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

        window_years: int | None | Unset
        if isinstance(self.window_years, Unset):
            window_years = UNSET
        else:
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

        field_dict.update(
            {
                "code": code,
                "section": section,
                "number": number,
                "name_vi": name_vi,
                "name_en": name_en,
                "unit": unit,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
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
        code = d.pop("code")

        section = d.pop("section")

        number = d.pop("number")

        name_vi = d.pop("name_vi")

        name_en = d.pop("name_en")

        unit = IndicatorUnit(d.pop("unit"))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

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

        def _parse_window_years(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        window_years = _parse_window_years(d.pop("window_years", UNSET))

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

        indicator_definition_input = cls(
            code=code,
            section=section,
            number=number,
            name_vi=name_vi,
            name_en=name_en,
            unit=unit,
            position=position,
            metric=metric,
            dimensions=dimensions,
            window_years=window_years,
            since_year=since_year,
            description=description,
        )

        return indicator_definition_input
