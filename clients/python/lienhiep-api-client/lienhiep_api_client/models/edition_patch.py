from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criterion import Criterion
    from ..models.prize_quotas import PrizeQuotas


T = TypeVar("T", bound="EditionPatch")


@_attrs_define
class EditionPatch:
    """Changes to an edition as a JSON Merge Patch: left out stays, `null` clears; `number`,
    `year`, `criteria` and `quotas` cannot be cleared. `criteria` (the whole list) changes only
    while the edition is a draft, `quotas` until results are published.

        Example:
            {'submission_closes_on': '2026-09-15', 'quotas': {'first': 1, 'second': 2, 'third': 4, 'consolation': 12}}

        Attributes:
            number (int | Unset): Edition number.
            year (int | Unset): Year.
            name (None | str | Unset): Name.
            submission_opens_on (datetime.date | None | Unset): When submissions open.
            submission_closes_on (datetime.date | None | Unset): When submissions close.
            judging_starts_on (datetime.date | None | Unset): When judging starts.
            judging_ends_on (datetime.date | None | Unset): When judging ends.
            criteria (list[Criterion] | Unset): The whole list of criteria.
            quotas (PrizeQuotas | Unset): How many prizes of each rank an edition may give (each 0 to 1,000). Example:
                {'first': 1, 'second': 3, 'third': 5, 'consolation': 10}.
    """

    number: int | Unset = UNSET
    year: int | Unset = UNSET
    name: None | str | Unset = UNSET
    submission_opens_on: datetime.date | None | Unset = UNSET
    submission_closes_on: datetime.date | None | Unset = UNSET
    judging_starts_on: datetime.date | None | Unset = UNSET
    judging_ends_on: datetime.date | None | Unset = UNSET
    criteria: list[Criterion] | Unset = UNSET
    quotas: PrizeQuotas | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        quotas: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quotas, Unset):
            quotas = self.quotas.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if year is not UNSET:
            field_dict["year"] = year
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
        number = d.pop("number", UNSET)

        year = d.pop("year", UNSET)

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

        _quotas = d.pop("quotas", UNSET)
        quotas: PrizeQuotas | Unset
        if isinstance(_quotas, Unset):
            quotas = UNSET
        else:
            quotas = PrizeQuotas.from_dict(_quotas)

        edition_patch = cls(
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

        return edition_patch
