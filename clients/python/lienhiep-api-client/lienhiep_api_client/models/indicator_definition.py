from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_unit import IndicatorUnit
from ..models.metric import Metric
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorDefinition")


@_attrs_define
class IndicatorDefinition:
    """A development indicator's definition.

    Attributes:
        code (str): Code: never changes.
        position (int): Order in the table (ascending).
        section (str): Section of the table.
        number (str): Number within the section.
        name_vi (str): Vietnamese name.
        name_en (str): English name.
        unit (IndicatorUnit): Indicator units (code list `indicator_units`; labels at
            `/api/v1/reference/indicator_units`): `years`, `count`, `people`, `presence`
        dimensions (list[str]): Only the metric's figures with these breakdown values are summed (all when empty).
        window_years (int): Years the metric is summed over, ending with the year of the table.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When the definition was created.
        updated_at (datetime.datetime): When it last changed.
        metric (Metric | None | Unset):
        since_year (int | None | Unset): Set for a line that means "as of the year" (e.g. "has received an emulation
            flag"):
            the union's value sums every year from this one to the table's year, or for a
            recorded line is the latest value recorded in those years; `window_years` is then 1.
        description (None | str | Unset): Description.
    """

    code: str
    position: int
    section: str
    number: str
    name_vi: str
    name_en: str
    unit: IndicatorUnit
    dimensions: list[str]
    window_years: int
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    metric: Metric | None | Unset = UNSET
    since_year: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        position = self.position

        section = self.section

        number = self.number

        name_vi = self.name_vi

        name_en = self.name_en

        unit = self.unit.value

        dimensions = self.dimensions

        window_years = self.window_years

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        metric: None | str | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        elif isinstance(self.metric, Metric):
            metric = self.metric.value
        else:
            metric = self.metric

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "position": position,
                "section": section,
                "number": number,
                "name_vi": name_vi,
                "name_en": name_en,
                "unit": unit,
                "dimensions": dimensions,
                "window_years": window_years,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if metric is not UNSET:
            field_dict["metric"] = metric
        if since_year is not UNSET:
            field_dict["since_year"] = since_year
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        position = d.pop("position")

        section = d.pop("section")

        number = d.pop("number")

        name_vi = d.pop("name_vi")

        name_en = d.pop("name_en")

        unit = IndicatorUnit(d.pop("unit"))

        dimensions = cast(list[str], d.pop("dimensions"))

        window_years = d.pop("window_years")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        indicator_definition = cls(
            code=code,
            position=position,
            section=section,
            number=number,
            name_vi=name_vi,
            name_en=name_en,
            unit=unit,
            dimensions=dimensions,
            window_years=window_years,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            metric=metric,
            since_year=since_year,
            description=description,
        )

        indicator_definition.additional_properties = d
        return indicator_definition

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
