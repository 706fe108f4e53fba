from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.honouree_decision import HonoureeDecision
from ..types import UNSET, Unset

T = TypeVar("T", bound="Honouree")


@_attrs_define
class Honouree:
    """A person proposed for, or honoured in, a round. Readers without a say in the round
    (anonymous callers, and association managers for other associations' honourees) see the
    approved honourees of published rounds only, without the fields marked *staff view*.

        Example:
            {'id': 41, 'round_id': 5, 'person_id': 1200, 'full_name': 'Lò Văn Puốn', 'workplace': 'Trường THPT Chiềng Sinh',
                'position': 'Hiệu trưởng', 'association_id': 3, 'categories': ['meritorious_teacher', 'doctorate'], 'citation':
                'Nhà giáo Ưu tú, Tiến sĩ Giáo dục học', 'decision': 'approved', 'decision_reason': None, 'decided_at':
                '2024-04-02T08:00:00Z', 'decided_by': 'user:2 (staff.lan)', 'proposed_by': 'user:9 (khuyenhoc.manager)',
                'version': 2, 'created_at': '2024-02-10T08:00:00Z', 'updated_at': '2024-04-02T08:00:00Z'}

        Attributes:
            id (int): Id.
            round_id (int): The round.
            full_name (str): Full name.
            categories (list[str]): Codes of the award categories that qualify the honouree, in catalogue order.
            decision (HonoureeDecision): Honouree decisions (code list `honouree_decisions`; labels at
                `/api/v1/reference/honouree_decisions`): `pending`, `approved`, `rejected`
            version (int): Version; the `ETag` is `"v<version>"`.
            created_at (datetime.datetime): When the record was created.
            updated_at (datetime.datetime): When the record last changed.
            person_id (int | None | Unset): The person, when known (*staff view*).
            workplace (None | str | Unset): Workplace.
            position (None | str | Unset): Position.
            association_id (int | None | Unset): The proposing association (`null`: proposed by the union itself).
            citation (None | str | Unset): Citation: the achievements in words.
            decision_reason (None | str | Unset): Reason of a rejection (*staff view*).
            decided_at (datetime.datetime | None | Unset): When decided (*staff view*).
            decided_by (None | str | Unset): Who decided (*staff view*).
            proposed_by (None | str | Unset): Who proposed (*staff view*).
    """

    id: int
    round_id: int
    full_name: str
    categories: list[str]
    decision: HonoureeDecision
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    person_id: int | None | Unset = UNSET
    workplace: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    citation: None | str | Unset = UNSET
    decision_reason: None | str | Unset = UNSET
    decided_at: datetime.datetime | None | Unset = UNSET
    decided_by: None | str | Unset = UNSET
    proposed_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        round_id = self.round_id

        full_name = self.full_name

        categories = self.categories

        decision = self.decision.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

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

        decision_reason: None | str | Unset
        if isinstance(self.decision_reason, Unset):
            decision_reason = UNSET
        else:
            decision_reason = self.decision_reason

        decided_at: None | str | Unset
        if isinstance(self.decided_at, Unset):
            decided_at = UNSET
        elif isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by: None | str | Unset
        if isinstance(self.decided_by, Unset):
            decided_by = UNSET
        else:
            decided_by = self.decided_by

        proposed_by: None | str | Unset
        if isinstance(self.proposed_by, Unset):
            proposed_by = UNSET
        else:
            proposed_by = self.proposed_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "round_id": round_id,
                "full_name": full_name,
                "categories": categories,
                "decision": decision,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if workplace is not UNSET:
            field_dict["workplace"] = workplace
        if position is not UNSET:
            field_dict["position"] = position
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if citation is not UNSET:
            field_dict["citation"] = citation
        if decision_reason is not UNSET:
            field_dict["decision_reason"] = decision_reason
        if decided_at is not UNSET:
            field_dict["decided_at"] = decided_at
        if decided_by is not UNSET:
            field_dict["decided_by"] = decided_by
        if proposed_by is not UNSET:
            field_dict["proposed_by"] = proposed_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        round_id = d.pop("round_id")

        full_name = d.pop("full_name")

        categories = cast(list[str], d.pop("categories"))

        decision = HonoureeDecision(d.pop("decision"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

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

        def _parse_decision_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_reason = _parse_decision_reason(d.pop("decision_reason", UNSET))

        def _parse_decided_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)

                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        decided_at = _parse_decided_at(d.pop("decided_at", UNSET))

        def _parse_decided_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decided_by = _parse_decided_by(d.pop("decided_by", UNSET))

        def _parse_proposed_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proposed_by = _parse_proposed_by(d.pop("proposed_by", UNSET))

        honouree = cls(
            id=id,
            round_id=round_id,
            full_name=full_name,
            categories=categories,
            decision=decision,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            person_id=person_id,
            workplace=workplace,
            position=position,
            association_id=association_id,
            citation=citation,
            decision_reason=decision_reason,
            decided_at=decided_at,
            decided_by=decided_by,
            proposed_by=proposed_by,
        )

        honouree.additional_properties = d
        return honouree

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
