from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.advisory_kind import AdvisoryKind
from ..models.requester import Requester
from ..models.visibility import Visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvisoryCaseInput")


@_attrs_define
class AdvisoryCaseInput:
    """A new advisory case (status `received`).

    Example:
        {'title': 'Phản biện Đề án phát triển cây ăn quả', 'kind': 'critique', 'requester': 'peoples_committee',
            'request_reference': 'Công văn 1234/UBND-KT', 'request_date': '2020-03-02', 'received_on': '2020-03-05',
            'due_on': '2020-04-05', 'field': 'Nông nghiệp', 'confidentiality': 'public'}

    Attributes:
        title (str): Title, 2 to 300 characters.
        kind (AdvisoryKind): Advisory kinds (code list `advisory_kinds`; labels at `/api/v1/reference/advisory_kinds`):
            `consultation`, `critique`, `social_assessment`, `draft_law_comment`
        requester (Requester): Advisory requesters (code list `advisory_requesters`; labels at
            `/api/v1/reference/advisory_requesters`): `party_committee_standing_board`, `peoples_committee`,
            `peoples_council`, `fatherland_front`, `national_assembly_delegation`, `department`, `enterprise`, `other`
        received_on (datetime.date): When the union received the request; not in the future.
        requester_name (None | str | Unset): The requester's name, 2 to 300 characters; required for `department`,
            `enterprise` and `other`.
        request_reference (None | str | Unset): Reference of the request, at most 200 characters.
        request_date (datetime.date | None | Unset): Date of the request; not after `received_on`.
        legal_basis (None | str | Unset): Legal basis, at most 2,000 characters.
        field (None | str | Unset): Field, at most 200 characters.
        due_on (datetime.date | None | Unset): When the opinion is due; not before `received_on`.
        under_contract (bool | None | Unset): Done under a contract (default `false`).
        fee (int | None | Unset): The contract's fee in VND, 0 to 10,000,000,000,000; only under a contract.
        confidentiality (None | Unset | Visibility):
        speech_proposal (bool | None | Unset): A draft-law comment that also proposes what National Assembly deputies
            say on the
            draft in the Assembly (default `false`; only for `draft_law_comment`).
    """

    title: str
    kind: AdvisoryKind
    requester: Requester
    received_on: datetime.date
    requester_name: None | str | Unset = UNSET
    request_reference: None | str | Unset = UNSET
    request_date: datetime.date | None | Unset = UNSET
    legal_basis: None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    under_contract: bool | None | Unset = UNSET
    fee: int | None | Unset = UNSET
    confidentiality: None | Unset | Visibility = UNSET
    speech_proposal: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        kind = self.kind.value

        requester = self.requester.value

        received_on = self.received_on.isoformat()

        requester_name: None | str | Unset
        if isinstance(self.requester_name, Unset):
            requester_name = UNSET
        else:
            requester_name = self.requester_name

        request_reference: None | str | Unset
        if isinstance(self.request_reference, Unset):
            request_reference = UNSET
        else:
            request_reference = self.request_reference

        request_date: None | str | Unset
        if isinstance(self.request_date, Unset):
            request_date = UNSET
        elif isinstance(self.request_date, datetime.date):
            request_date = self.request_date.isoformat()
        else:
            request_date = self.request_date

        legal_basis: None | str | Unset
        if isinstance(self.legal_basis, Unset):
            legal_basis = UNSET
        else:
            legal_basis = self.legal_basis

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        under_contract: bool | None | Unset
        if isinstance(self.under_contract, Unset):
            under_contract = UNSET
        else:
            under_contract = self.under_contract

        fee: int | None | Unset
        if isinstance(self.fee, Unset):
            fee = UNSET
        else:
            fee = self.fee

        confidentiality: None | str | Unset
        if isinstance(self.confidentiality, Unset):
            confidentiality = UNSET
        elif isinstance(self.confidentiality, Visibility):
            confidentiality = self.confidentiality.value
        else:
            confidentiality = self.confidentiality

        speech_proposal: bool | None | Unset
        if isinstance(self.speech_proposal, Unset):
            speech_proposal = UNSET
        else:
            speech_proposal = self.speech_proposal

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "kind": kind,
                "requester": requester,
                "received_on": received_on,
            }
        )
        if requester_name is not UNSET:
            field_dict["requester_name"] = requester_name
        if request_reference is not UNSET:
            field_dict["request_reference"] = request_reference
        if request_date is not UNSET:
            field_dict["request_date"] = request_date
        if legal_basis is not UNSET:
            field_dict["legal_basis"] = legal_basis
        if field is not UNSET:
            field_dict["field"] = field
        if due_on is not UNSET:
            field_dict["due_on"] = due_on
        if under_contract is not UNSET:
            field_dict["under_contract"] = under_contract
        if fee is not UNSET:
            field_dict["fee"] = fee
        if confidentiality is not UNSET:
            field_dict["confidentiality"] = confidentiality
        if speech_proposal is not UNSET:
            field_dict["speech_proposal"] = speech_proposal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        kind = AdvisoryKind(d.pop("kind"))

        requester = Requester(d.pop("requester"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        def _parse_requester_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requester_name = _parse_requester_name(d.pop("requester_name", UNSET))

        def _parse_request_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_reference = _parse_request_reference(d.pop("request_reference", UNSET))

        def _parse_request_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                request_date_type_0 = datetime.date.fromisoformat(data)

                return request_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        request_date = _parse_request_date(d.pop("request_date", UNSET))

        def _parse_legal_basis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_basis = _parse_legal_basis(d.pop("legal_basis", UNSET))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_due_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_on_type_0 = datetime.date.fromisoformat(data)

                return due_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        due_on = _parse_due_on(d.pop("due_on", UNSET))

        def _parse_under_contract(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        under_contract = _parse_under_contract(d.pop("under_contract", UNSET))

        def _parse_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fee = _parse_fee(d.pop("fee", UNSET))

        def _parse_confidentiality(data: object) -> None | Unset | Visibility:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confidentiality_type_1 = Visibility(data)

                return confidentiality_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Visibility, data)

        confidentiality = _parse_confidentiality(d.pop("confidentiality", UNSET))

        def _parse_speech_proposal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        speech_proposal = _parse_speech_proposal(d.pop("speech_proposal", UNSET))

        advisory_case_input = cls(
            title=title,
            kind=kind,
            requester=requester,
            received_on=received_on,
            requester_name=requester_name,
            request_reference=request_reference,
            request_date=request_date,
            legal_basis=legal_basis,
            field=field,
            due_on=due_on,
            under_contract=under_contract,
            fee=fee,
            confidentiality=confidentiality,
            speech_proposal=speech_proposal,
        )

        return advisory_case_input
