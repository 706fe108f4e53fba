from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.indicator_unit import IndicatorUnit
from ..models.metric import Metric
from ..types import UNSET, Unset

T = TypeVar("T", bound="IndicatorLine")


@_attrs_define
class IndicatorLine:
    """One line of the development-indicator table of a year.

    Attributes:
        code (str): The indicator's code.
        section (str): Section of the table (`I` organisation, `II` professional activities, `III` emulation and
            commendation).
        number (str): Number within the section (e.g. `1.1`).
        name_vi (str): Vietnamese name.
        name_en (str): English name.
        unit (IndicatorUnit): Indicator units (code list `indicator_units`; labels at
            `/api/v1/reference/indicator_units`): `years`, `count`, `people`, `presence`
        window_years (int): Years the metric is summed over (when `since_year` is `null`).
        suppressed (bool): In public answers, a computed value from 1 to one below the small-cell threshold is
            suppressed.
        metric (Metric | None | Unset):
        union_value (float | None | Unset): The union's value for the year: computed from the metric, or as recorded;
            `null` when
            none was recorded (or, in public answers, when suppressed).
        present (bool | None | Unset): For `presence` indicators: whether the union has or does it (value above 0).
        union_note (None | str | Unset): The note recorded for the year (for a line with `since_year` and no note of its
            own
            that year: the note of the value shown).
        national_value (float | None | Unset): The national reference: the average over provincial unions, or for
            `presence`
            indicators the number of provincial unions that have it; the latest recorded for the
            year or before.
        national_year (int | None | Unset): The year of the national reference.
        national_source (None | str | Unset): Where the national reference comes from.
        since_year (int | None | Unset): Set for a line that means "as of the year": a computed value sums every year
            from this
            one to the table's year; a recorded value is the latest one recorded in those years.
            `null`: a computed value sums `window_years`, a recorded one is the year's own.
    """

    code: str
    section: str
    number: str
    name_vi: str
    name_en: str
    unit: IndicatorUnit
    window_years: int
    suppressed: bool
    metric: Metric | None | Unset = UNSET
    union_value: float | None | Unset = UNSET
    present: bool | None | Unset = UNSET
    union_note: None | str | Unset = UNSET
    national_value: float | None | Unset = UNSET
    national_year: int | None | Unset = UNSET
    national_source: None | str | Unset = UNSET
    since_year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        section = self.section

        number = self.number

        name_vi = self.name_vi

        name_en = self.name_en

        unit = self.unit.value

        window_years = self.window_years

        suppressed = self.suppressed

        metric: None | str | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        elif isinstance(self.metric, Metric):
            metric = self.metric.value
        else:
            metric = self.metric

        union_value: float | None | Unset
        if isinstance(self.union_value, Unset):
            union_value = UNSET
        else:
            union_value = self.union_value

        present: bool | None | Unset
        if isinstance(self.present, Unset):
            present = UNSET
        else:
            present = self.present

        union_note: None | str | Unset
        if isinstance(self.union_note, Unset):
            union_note = UNSET
        else:
            union_note = self.union_note

        national_value: float | None | Unset
        if isinstance(self.national_value, Unset):
            national_value = UNSET
        else:
            national_value = self.national_value

        national_year: int | None | Unset
        if isinstance(self.national_year, Unset):
            national_year = UNSET
        else:
            national_year = self.national_year

        national_source: None | str | Unset
        if isinstance(self.national_source, Unset):
            national_source = UNSET
        else:
            national_source = self.national_source

        since_year: int | None | Unset
        if isinstance(self.since_year, Unset):
            since_year = UNSET
        else:
            since_year = self.since_year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "section": section,
                "number": number,
                "name_vi": name_vi,
                "name_en": name_en,
                "unit": unit,
                "window_years": window_years,
                "suppressed": suppressed,
            }
        )
        if metric is not UNSET:
            field_dict["metric"] = metric
        if union_value is not UNSET:
            field_dict["union_value"] = union_value
        if present is not UNSET:
            field_dict["present"] = present
        if union_note is not UNSET:
            field_dict["union_note"] = union_note
        if national_value is not UNSET:
            field_dict["national_value"] = national_value
        if national_year is not UNSET:
            field_dict["national_year"] = national_year
        if national_source is not UNSET:
            field_dict["national_source"] = national_source
        if since_year is not UNSET:
            field_dict["since_year"] = since_year

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

        window_years = d.pop("window_years")

        suppressed = d.pop("suppressed")

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

        def _parse_union_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        union_value = _parse_union_value(d.pop("union_value", UNSET))

        def _parse_present(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        present = _parse_present(d.pop("present", UNSET))

        def _parse_union_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        union_note = _parse_union_note(d.pop("union_note", UNSET))

        def _parse_national_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        national_value = _parse_national_value(d.pop("national_value", UNSET))

        def _parse_national_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        national_year = _parse_national_year(d.pop("national_year", UNSET))

        def _parse_national_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_source = _parse_national_source(d.pop("national_source", UNSET))

        def _parse_since_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        since_year = _parse_since_year(d.pop("since_year", UNSET))

        indicator_line = cls(
            code=code,
            section=section,
            number=number,
            name_vi=name_vi,
            name_en=name_en,
            unit=unit,
            window_years=window_years,
            suppressed=suppressed,
            metric=metric,
            union_value=union_value,
            present=present,
            union_note=union_note,
            national_value=national_value,
            national_year=national_year,
            national_source=national_source,
            since_year=since_year,
        )

        indicator_line.additional_properties = d
        return indicator_line

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
