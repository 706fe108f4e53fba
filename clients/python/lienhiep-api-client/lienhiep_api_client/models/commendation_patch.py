from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.commendation_issuer import CommendationIssuer
from ..models.commendation_type import CommendationType
from ..models.order_class import OrderClass
from ..models.recipient_kind import RecipientKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CommendationPatch")


@_attrs_define
class CommendationPatch:
    """Changes to a commendation as a JSON Merge Patch: left out stays, `null` clears;
    `recipient_kind`, `type`, `issuer` and `year` cannot be cleared. The result is checked as
    a whole, like a new commendation.

        Example:
            {'decision_number': '567/QĐ-LHHVN'}

        Attributes:
            recipient_kind (RecipientKind | Unset): Commendation recipients (code list `commendation_recipient_kinds`;
                labels at `/api/v1/reference/commendation_recipient_kinds`): `union`, `association`, `person`
            association_id (int | None | Unset): The association.
            person_id (int | None | Unset): The person.
            recipient_name (None | str | Unset): The person's name.
            type_ (CommendationType | Unset): Commendation types (code list `commendation_types`; labels at
                `/api/v1/reference/commendation_types`): `certificate_of_merit`, `emulation_flag`, `labour_order`,
                `emulation_fighter`, `other`
            order_class (None | OrderClass | Unset):
            issuer (CommendationIssuer | Unset): Commendation issuers (code list `commendation_issuers`; labels at
                `/api/v1/reference/commendation_issuers`): `state_president`, `prime_minister`, `vusta`, `national_association`,
                `provincial_peoples_committee`, `provincial_union`, `other`
            issuer_name (None | str | Unset): Issuer's name.
            decision_number (None | str | Unset): Decision number.
            decided_on (datetime.date | None | Unset): Decision date.
            year (int | Unset): Year.
            citation (None | str | Unset): Citation.
    """

    recipient_kind: RecipientKind | Unset = UNSET
    association_id: int | None | Unset = UNSET
    person_id: int | None | Unset = UNSET
    recipient_name: None | str | Unset = UNSET
    type_: CommendationType | Unset = UNSET
    order_class: None | OrderClass | Unset = UNSET
    issuer: CommendationIssuer | Unset = UNSET
    issuer_name: None | str | Unset = UNSET
    decision_number: None | str | Unset = UNSET
    decided_on: datetime.date | None | Unset = UNSET
    year: int | Unset = UNSET
    citation: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        recipient_kind: str | Unset = UNSET
        if not isinstance(self.recipient_kind, Unset):
            recipient_kind = self.recipient_kind.value

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        person_id: int | None | Unset
        if isinstance(self.person_id, Unset):
            person_id = UNSET
        else:
            person_id = self.person_id

        recipient_name: None | str | Unset
        if isinstance(self.recipient_name, Unset):
            recipient_name = UNSET
        else:
            recipient_name = self.recipient_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        order_class: None | str | Unset
        if isinstance(self.order_class, Unset):
            order_class = UNSET
        elif isinstance(self.order_class, OrderClass):
            order_class = self.order_class.value
        else:
            order_class = self.order_class

        issuer: str | Unset = UNSET
        if not isinstance(self.issuer, Unset):
            issuer = self.issuer.value

        issuer_name: None | str | Unset
        if isinstance(self.issuer_name, Unset):
            issuer_name = UNSET
        else:
            issuer_name = self.issuer_name

        decision_number: None | str | Unset
        if isinstance(self.decision_number, Unset):
            decision_number = UNSET
        else:
            decision_number = self.decision_number

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        year = self.year

        citation: None | str | Unset
        if isinstance(self.citation, Unset):
            citation = UNSET
        else:
            citation = self.citation

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if recipient_kind is not UNSET:
            field_dict["recipient_kind"] = recipient_kind
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if person_id is not UNSET:
            field_dict["person_id"] = person_id
        if recipient_name is not UNSET:
            field_dict["recipient_name"] = recipient_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if order_class is not UNSET:
            field_dict["order_class"] = order_class
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if issuer_name is not UNSET:
            field_dict["issuer_name"] = issuer_name
        if decision_number is not UNSET:
            field_dict["decision_number"] = decision_number
        if decided_on is not UNSET:
            field_dict["decided_on"] = decided_on
        if year is not UNSET:
            field_dict["year"] = year
        if citation is not UNSET:
            field_dict["citation"] = citation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _recipient_kind = d.pop("recipient_kind", UNSET)
        recipient_kind: RecipientKind | Unset
        if isinstance(_recipient_kind, Unset):
            recipient_kind = UNSET
        else:
            recipient_kind = RecipientKind(_recipient_kind)

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_person_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        person_id = _parse_person_id(d.pop("person_id", UNSET))

        def _parse_recipient_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient_name = _parse_recipient_name(d.pop("recipient_name", UNSET))

        _type_ = d.pop("type", UNSET)
        type_: CommendationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CommendationType(_type_)

        def _parse_order_class(data: object) -> None | OrderClass | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                order_class_type_1 = OrderClass(data)

                return order_class_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderClass | Unset, data)

        order_class = _parse_order_class(d.pop("order_class", UNSET))

        _issuer = d.pop("issuer", UNSET)
        issuer: CommendationIssuer | Unset
        if isinstance(_issuer, Unset):
            issuer = UNSET
        else:
            issuer = CommendationIssuer(_issuer)

        def _parse_issuer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        issuer_name = _parse_issuer_name(d.pop("issuer_name", UNSET))

        def _parse_decision_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_number = _parse_decision_number(d.pop("decision_number", UNSET))

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decided_on", UNSET))

        year = d.pop("year", UNSET)

        def _parse_citation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        citation = _parse_citation(d.pop("citation", UNSET))

        commendation_patch = cls(
            recipient_kind=recipient_kind,
            association_id=association_id,
            person_id=person_id,
            recipient_name=recipient_name,
            type_=type_,
            order_class=order_class,
            issuer=issuer,
            issuer_name=issuer_name,
            decision_number=decision_number,
            decided_on=decided_on,
            year=year,
            citation=citation,
        )

        return commendation_patch
