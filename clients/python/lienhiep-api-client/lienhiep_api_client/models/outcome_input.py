from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.advisory_outcome import AdvisoryOutcome
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutcomeInput")


@_attrs_define
class OutcomeInput:
    """What became of a submitted opinion.

    Example:
        {'outcome': 'adopted', 'note': 'Tiếp thu vào dự thảo', 'reference': 'Điều 12 Luật Khoa học và Công nghệ 2013'}

    Attributes:
        outcome (AdvisoryOutcome): Advisory outcomes (code list `advisory_outcomes`; labels at
            `/api/v1/reference/advisory_outcomes`): `adopted`, `partially_adopted`, `not_adopted`, `unknown`
        note (None | str | Unset): A note, at most 2,000 characters.
        reference (None | str | Unset): A reference, at most 300 characters (e.g. the provision that adopted it).
        on (datetime.date | None | Unset): When the outcome became known (default today); not in the future, not before
            `submitted_on`.
    """

    outcome: AdvisoryOutcome
    note: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        on: None | str | Unset
        if isinstance(self.on, Unset):
            on = UNSET
        elif isinstance(self.on, datetime.date):
            on = self.on.isoformat()
        else:
            on = self.on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "outcome": outcome,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if reference is not UNSET:
            field_dict["reference"] = reference
        if on is not UNSET:
            field_dict["on"] = on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = AdvisoryOutcome(d.pop("outcome"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_type_0 = datetime.date.fromisoformat(data)

                return on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        on = _parse_on(d.pop("on", UNSET))

        outcome_input = cls(
            outcome=outcome,
            note=note,
            reference=reference,
            on=on,
        )

        return outcome_input
