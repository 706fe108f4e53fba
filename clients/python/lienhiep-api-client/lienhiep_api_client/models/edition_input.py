from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criterion import Criterion
    from ..models.prize_quotas import PrizeQuotas


T = TypeVar("T", bound="EditionInput")


@_attrs_define
class EditionInput:
    """A new edition (status `draft`).

    Example:
        {'number': 5, 'year': 2026, 'name': 'Hội thi Sáng tạo kỹ thuật tỉnh lần thứ V', 'submission_opens_on':
            '2026-03-01', 'submission_closes_on': '2026-08-31', 'criteria': [{'code': 'novelty', 'name': 'Tính mới, tính
            sáng tạo', 'weight': 30, 'max_score': 30}, {'code': 'applicability', 'name': 'Khả năng áp dụng', 'weight': 40,
            'max_score': 40}, {'code': 'effectiveness', 'name': 'Hiệu quả kinh tế - xã hội', 'weight': 30, 'max_score':
            30}], 'quotas': {'first': 1, 'second': 3, 'third': 5, 'consolation': 10}}

    Attributes:
        number (int): Edition number (lần thứ), 1 to 1,000; unique in the contest.
        year (int): Year, 1900 to 2100.
        name (None | str | Unset): Name, at most 300 characters.
        submission_opens_on (datetime.date | None | Unset): When submissions open.
        submission_closes_on (datetime.date | None | Unset): When submissions close; not before they open.
        judging_starts_on (datetime.date | None | Unset): When judging starts; not before submissions close.
        judging_ends_on (datetime.date | None | Unset): When judging ends; not before it starts.
        criteria (list[Criterion] | Unset): The judging criteria, in order, at most 20 (needed before the edition opens;
            they
            change only while it is a draft).
        quotas (None | PrizeQuotas | Unset):
    """

    number: int
    year: int
    name: None | str | Unset = UNSET
    submission_opens_on: datetime.date | None | Unset = UNSET
    submission_closes_on: datetime.date | None | Unset = UNSET
    judging_starts_on: datetime.date | None | Unset = UNSET
    judging_ends_on: datetime.date | None | Unset = UNSET
    criteria: list[Criterion] | Unset = UNSET
    quotas: None | PrizeQuotas | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.prize_quotas import PrizeQuotas  # noqa: PLC0415

        number = self.number

        year = self.year

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        submission_opens_on: None | str | Unset
        if isinstance(self.submission_opens_on, Unset):
            submission_opens_on = UNSET
        elif isinstance(self.submission_opens_on, datetime.date):
            submission_opens_on = self.submission_opens_on.isoformat()
        else:
            submission_opens_on = self.submission_opens_on

        submission_closes_on: None | str | Unset
        if isinstance(self.submission_closes_on, Unset):
            submission_closes_on = UNSET
        elif isinstance(self.submission_closes_on, datetime.date):
            submission_closes_on = self.submission_closes_on.isoformat()
        else:
            submission_closes_on = self.submission_closes_on

        judging_starts_on: None | str | Unset
        if isinstance(self.judging_starts_on, Unset):
            judging_starts_on = UNSET
        elif isinstance(self.judging_starts_on, datetime.date):
            judging_starts_on = self.judging_starts_on.isoformat()
        else:
            judging_starts_on = self.judging_starts_on

        judging_ends_on: None | str | Unset
        if isinstance(self.judging_ends_on, Unset):
            judging_ends_on = UNSET
        elif isinstance(self.judging_ends_on, datetime.date):
            judging_ends_on = self.judging_ends_on.isoformat()
        else:
            judging_ends_on = self.judging_ends_on

        criteria: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.criteria, Unset):
            criteria = []
            for criteria_item_data in self.criteria:
                criteria_item = criteria_item_data.to_dict()
                criteria.append(criteria_item)

        quotas: dict[str, Any] | None | Unset
        if isinstance(self.quotas, Unset):
            quotas = UNSET
        elif isinstance(self.quotas, PrizeQuotas):
            quotas = self.quotas.to_dict()
        else:
            quotas = self.quotas

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
                "year": year,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if submission_opens_on is not UNSET:
            field_dict["submission_opens_on"] = submission_opens_on
        if submission_closes_on is not UNSET:
            field_dict["submission_closes_on"] = submission_closes_on
        if judging_starts_on is not UNSET:
            field_dict["judging_starts_on"] = judging_starts_on
        if judging_ends_on is not UNSET:
            field_dict["judging_ends_on"] = judging_ends_on
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if quotas is not UNSET:
            field_dict["quotas"] = quotas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion import Criterion  # noqa: PLC0415
        from ..models.prize_quotas import PrizeQuotas  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        year = d.pop("year")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_submission_opens_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submission_opens_on_type_0 = datetime.date.fromisoformat(data)

                return submission_opens_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        submission_opens_on = _parse_submission_opens_on(d.pop("submission_opens_on", UNSET))

        def _parse_submission_closes_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submission_closes_on_type_0 = datetime.date.fromisoformat(data)

                return submission_closes_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        submission_closes_on = _parse_submission_closes_on(d.pop("submission_closes_on", UNSET))

        def _parse_judging_starts_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                judging_starts_on_type_0 = datetime.date.fromisoformat(data)

                return judging_starts_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        judging_starts_on = _parse_judging_starts_on(d.pop("judging_starts_on", UNSET))

        def _parse_judging_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                judging_ends_on_type_0 = datetime.date.fromisoformat(data)

                return judging_ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        judging_ends_on = _parse_judging_ends_on(d.pop("judging_ends_on", UNSET))

        _criteria = d.pop("criteria", UNSET)
        criteria: list[Criterion] | Unset = UNSET
        if _criteria is not UNSET:
            criteria = []
            for criteria_item_data in _criteria:
                criteria_item = Criterion.from_dict(criteria_item_data)

                criteria.append(criteria_item)

        def _parse_quotas(data: object) -> None | PrizeQuotas | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quotas_type_1 = PrizeQuotas.from_dict(data)

                return quotas_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PrizeQuotas | Unset, data)

        quotas = _parse_quotas(d.pop("quotas", UNSET))

        edition_input = cls(
            number=number,
            year=year,
            name=name,
            submission_opens_on=submission_opens_on,
            submission_closes_on=submission_closes_on,
            judging_starts_on=judging_starts_on,
            judging_ends_on=judging_ends_on,
            criteria=criteria,
            quotas=quotas,
        )

        return edition_input
