from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.honouree_decision import HonoureeDecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="HonoureeImportRecord")


@_attrs_define
class HonoureeImportRecord:
    """One record of a bulk import (`HonoureeImportRecords` holds these, or a CSV file with these columns;
    the CSV file may use the Vietnamese headers `Họ và tên`, `Nơi công tác`, `Chức vụ`,
    `Tiêu chí`, `Thành tích`, `Quyết định`, `Lý do`).

        Example:
            {'full_name': 'Cầm Thị Hoa', 'workplace': 'Bệnh viện Đa khoa tỉnh', 'categories': ['meritorious_physician'],
                'citation': 'Thầy thuốc Ưu tú'}

        Attributes:
            categories (list[str]): Categories: codes or names (Vietnamese or English, diacritics optional); in CSV one
                cell separated by `;`.
            person_id (int | None | Unset): The person, when known.
            member_external_id (None | str | Unset): Or the person as a member of the proposing association
                (`association_id`): that
                association's own key for them, as its roster has it (`external_id`).
            national_id (None | str | Unset): Or the person by their national ID (9 or 12 digits), matched by its keyed hash
                against
                the rosters; never stored with the honouree, never written back in an error.
            full_name (None | str | Unset): Full name; required unless the record names a known person (`person_id`,
                `member_external_id` or `national_id`).
            workplace (None | str | Unset): Workplace.
            position (None | str | Unset): Position.
            association_id (int | None | Unset): The proposing association.
            citation (None | str | Unset): Citation.
            decision (HonoureeDecision | None | Unset):
            decision_reason (None | str | Unset): Reason of a rejection.
    """

    categories: list[str]
    person_id: int | None | Unset = UNSET
    member_external_id: None | str | Unset = UNSET
    national_id: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    workplace: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    citation: None | str | Unset = UNSET
    decision: HonoureeDecision | None | Unset = UNSET
    decision_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        categories = self.categories

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        member_external_id: None | str | Unset
        if isinstance(self.member_external_id, Unset):
            member_external_id = UNSET
        else:
            member_external_id = self.member_external_id

        national_id: None | str | Unset
        if isinstance(self.national_id, Unset):
            national_id = UNSET
        else:
            national_id = self.national_id

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        workplace: None | str | Unset
        if isinstance(self.workplace, Unset):
            workplace = UNSET
        else:
            workplace = self.workplace

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        citation: None | str | Unset
        if isinstance(self.citation, Unset):
            citation = UNSET
        else:
            citation = self.citation

        decision: None | str | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, HonoureeDecision):
            decision = self.decision.value
        else:
            decision = self.decision

        decision_reason: None | str | Unset
        if isinstance(self.decision_reason, Unset):
            decision_reason = UNSET
        else:
            decision_reason = self.decision_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "categories": categories,
            }
        )
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if member_external_id is not UNSET:
            field_dict["member_external_id"] = member_external_id
        if national_id is not UNSET:
            field_dict["national_id"] = national_id
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if workplace is not UNSET:
            field_dict["workplace"] = workplace
        if position is not UNSET:
            field_dict["position"] = position
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if citation is not UNSET:
            field_dict["citation"] = citation
        if decision is not UNSET:
            field_dict["decision"] = decision
        if decision_reason is not UNSET:
            field_dict["decision_reason"] = decision_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        categories = cast(list[str], d.pop("categories"))

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        def _parse_member_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        member_external_id = _parse_member_external_id(d.pop("member_external_id", UNSET))

        def _parse_national_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        national_id = _parse_national_id(d.pop("national_id", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_workplace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workplace = _parse_workplace(d.pop("workplace", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_citation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        citation = _parse_citation(d.pop("citation", UNSET))

        def _parse_decision(data: object) -> HonoureeDecision | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_type_1 = HonoureeDecision(data)

                return decision_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HonoureeDecision | None | Unset, data)

        decision = _parse_decision(d.pop("decision", UNSET))

        def _parse_decision_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason", UNSET))

        honouree_import_record = cls(
            categories=categories,
            person_id=person_id,
            member_external_id=member_external_id,
            national_id=national_id,
            full_name=full_name,
            workplace=workplace,
            position=position,
            association_id=association_id,
            citation=citation,
            decision=decision,
            decision_reason=decision_reason,
        )

        return honouree_import_record
