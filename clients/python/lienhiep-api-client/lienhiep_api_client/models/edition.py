from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.edition_status import EditionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.criterion import Criterion
    from ..models.prize_quotas import PrizeQuotas


T = TypeVar("T", bound="Edition")


@_attrs_define
class Edition:
    """An edition of a contest (kỳ thi, lần thứ …).

    Example:
        {'id': 5, 'contest_id': 1, 'number': 5, 'year': 2026, 'name': 'Hội thi Sáng tạo kỹ thuật tỉnh lần thứ V',
            'submission_opens_on': '2026-03-01', 'submission_closes_on': '2026-08-31', 'judging_starts_on': '2026-09-15',
            'judging_ends_on': '2026-10-15', 'status': 'open', 'criteria': [{'code': 'novelty', 'name': 'Tính mới, tính sáng
            tạo', 'weight': 30, 'max_score': 30}], 'quotas': {'first': 1, 'second': 3, 'third': 5, 'consolation': 10},
            'opened_on': '2026-03-01', 'judging_started_on': None, 'published_on': None, 'closed_on': None, 'version': 2,
            'created_at': '2026-02-01T08:00:00Z', 'updated_at': '2026-03-01T08:00:00Z'}

    Attributes:
        id (int): Id.
        contest_id (int): The contest.
        number (int): Edition number (lần thứ), unique in the contest.
        year (int): Year.
        status (EditionStatus): Contest edition statuses (code list `edition_statuses`; labels at
            `/api/v1/reference/edition_statuses`): `draft`, `open`, `judging`, `results_published`, `closed`
        criteria (list[Criterion]): The judging criteria, in order.
        quotas (PrizeQuotas): How many prizes of each rank an edition may give (each 0 to 1,000). Example: {'first': 1,
            'second': 3, 'third': 5, 'consolation': 10}.
        version (int): Version; the `ETag` is `"v<version>"`.
        created_at (datetime.datetime): When the record was created.
        updated_at (datetime.datetime): When the record last changed.
        name (None | str | Unset): Name.
        submission_opens_on (datetime.date | None | Unset): When submissions open (informative: the status decides).
        submission_closes_on (datetime.date | None | Unset): When submissions close (informative).
        judging_starts_on (datetime.date | None | Unset): When judging starts (informative).
        judging_ends_on (datetime.date | None | Unset): When judging ends (informative).
        opened_on (datetime.date | None | Unset): When it opened for entries, as recorded with `open` (`null`: not yet,
            or before these
            dates were kept). Each step's date is the day it happened, never before an earlier
            step's; the audit log keeps when it was entered.
        judging_started_on (datetime.date | None | Unset): When judging started, as recorded with `start-judging`.
        published_on (datetime.date | None | Unset): When the results were published.
        closed_on (datetime.date | None | Unset): When it closed, as recorded with `close`.
    """

    id: int
    contest_id: int
    number: int
    year: int
    status: EditionStatus
    criteria: list[Criterion]
    quotas: PrizeQuotas
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name: None | str | Unset = UNSET
    submission_opens_on: datetime.date | None | Unset = UNSET
    submission_closes_on: datetime.date | None | Unset = UNSET
    judging_starts_on: datetime.date | None | Unset = UNSET
    judging_ends_on: datetime.date | None | Unset = UNSET
    opened_on: datetime.date | None | Unset = UNSET
    judging_started_on: datetime.date | None | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    closed_on: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        contest_id = self.contest_id

        number = self.number

        year = self.year

        status = self.status.value

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)

        quotas = self.quotas.to_dict()

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        opened_on: None | str | Unset
        if isinstance(self.opened_on, Unset):
            opened_on = UNSET
        elif isinstance(self.opened_on, datetime.date):
            opened_on = self.opened_on.isoformat()
        else:
            opened_on = self.opened_on

        judging_started_on: None | str | Unset
        if isinstance(self.judging_started_on, Unset):
            judging_started_on = UNSET
        elif isinstance(self.judging_started_on, datetime.date):
            judging_started_on = self.judging_started_on.isoformat()
        else:
            judging_started_on = self.judging_started_on

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        closed_on: None | str | Unset
        if isinstance(self.closed_on, Unset):
            closed_on = UNSET
        elif isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "contest_id": contest_id,
                "number": number,
                "year": year,
                "status": status,
                "criteria": criteria,
                "quotas": quotas,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
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
        if opened_on is not UNSET:
            field_dict["opened_on"] = opened_on
        if judging_started_on is not UNSET:
            field_dict["judging_started_on"] = judging_started_on
        if published_on is not UNSET:
            field_dict["published_on"] = published_on
        if closed_on is not UNSET:
            field_dict["closed_on"] = closed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.criterion import Criterion  # noqa: PLC0415
        from ..models.prize_quotas import PrizeQuotas  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        contest_id = d.pop("contest_id")

        number = d.pop("number")

        year = d.pop("year")

        status = EditionStatus(d.pop("status"))

        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:
            criteria_item = Criterion.from_dict(criteria_item_data)

            criteria.append(criteria_item)

        quotas = PrizeQuotas.from_dict(d.pop("quotas"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        def _parse_opened_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                opened_on_type_0 = datetime.date.fromisoformat(data)

                return opened_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        opened_on = _parse_opened_on(d.pop("opened_on", UNSET))

        def _parse_judging_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                judging_started_on_type_0 = datetime.date.fromisoformat(data)

                return judging_started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        judging_started_on = _parse_judging_started_on(d.pop("judging_started_on", UNSET))

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        def _parse_closed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        closed_on = _parse_closed_on(d.pop("closed_on", UNSET))

        edition = cls(
            id=id,
            contest_id=contest_id,
            number=number,
            year=year,
            status=status,
            criteria=criteria,
            quotas=quotas,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
            submission_opens_on=submission_opens_on,
            submission_closes_on=submission_closes_on,
            judging_starts_on=judging_starts_on,
            judging_ends_on=judging_ends_on,
            opened_on=opened_on,
            judging_started_on=judging_started_on,
            published_on=published_on,
            closed_on=closed_on,
        )

        edition.additional_properties = d
        return edition

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
