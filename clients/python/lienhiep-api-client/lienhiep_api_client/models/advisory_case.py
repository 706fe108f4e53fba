from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.advisory_kind import AdvisoryKind
from ..models.advisory_outcome import AdvisoryOutcome
from ..models.advisory_status import AdvisoryStatus
from ..models.requester import Requester
from ..models.visibility import Visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvisoryCase")


@_attrs_define
class AdvisoryCase:
    """An advisory case (vụ việc tư vấn, phản biện, giám định xã hội). Staff see every case in
    full, experts the cases they are on; anyone else sees public, closed cases only, with the
    fields not marked *staff view*.

        Example:
            {'id': 12, 'title': 'Phản biện Đề án phát triển cây ăn quả tỉnh Sơn La giai đoạn 2021-2025', 'kind': 'critique',
                'requester': 'peoples_committee', 'requester_name': None, 'request_reference': 'Công văn 1234/UBND-KT',
                'request_date': '2020-03-02', 'legal_basis': 'Quyết định 14/2014/QĐ-TTg', 'field': 'Nông nghiệp', 'received_on':
                '2020-03-05', 'due_on': '2020-04-05', 'speech_proposal': False, 'under_contract': False, 'fee': None,
                'confidentiality': 'public', 'status': 'closed', 'decline_reason': None, 'submitted_on': '2020-03-30',
                'submitted_draft': 3, 'outcome': 'partially_adopted', 'outcome_note': 'Tiếp thu 5/7 kiến nghị',
                'outcome_reference': 'Quyết định 888/QĐ-UBND', 'closed_on': '2020-06-01', 'days_to_respond': 25, 'overdue':
                False, 'version': 7, 'created_at': '2020-03-05T08:00:00Z', 'updated_at': '2020-06-01T08:00:00Z'}

        Attributes:
            id (int): Id.
            title (str): Title.
            kind (AdvisoryKind): Advisory kinds (code list `advisory_kinds`; labels at `/api/v1/reference/advisory_kinds`):
                `consultation`, `critique`, `social_assessment`, `draft_law_comment`
            requester (Requester): Advisory requesters (code list `advisory_requesters`; labels at
                `/api/v1/reference/advisory_requesters`): `party_committee_standing_board`, `peoples_committee`,
                `peoples_council`, `fatherland_front`, `national_assembly_delegation`, `department`, `enterprise`, `other`
            received_on (datetime.date): When the union received the request.
            speech_proposal (bool): A draft-law comment that also proposes what National Assembly deputies say on the
                draft in the Assembly.
            status (AdvisoryStatus): Advisory case statuses (code list `advisory_statuses`; labels at
                `/api/v1/reference/advisory_statuses`): `received`, `accepted`, `declined`, `in_progress`, `opinion_submitted`,
                `outcome_recorded`, `closed`
            overdue (bool): Open and past `due_on`.
            version (int): Version; the `ETag` is `"v<version>"`.
            created_at (datetime.datetime): When the record was created.
            updated_at (datetime.datetime): When the record last changed.
            requester_name (None | str | Unset): The requester's name (a department, an enterprise, another body).
            request_reference (None | str | Unset): Reference of the request (*staff view*).
            request_date (datetime.date | None | Unset): Date of the request.
            legal_basis (None | str | Unset): Legal basis (*staff view*).
            field (None | str | Unset): Field (*staff view*).
            due_on (datetime.date | None | Unset): When the opinion is due.
            under_contract (bool | None | Unset): Done under a contract (*staff view*).
            fee (int | None | Unset): The contract's fee in VND (*staff view*).
            confidentiality (None | Unset | Visibility):
            decline_reason (None | str | Unset): Why it was declined (*staff view*).
            accepted_on (datetime.date | None | Unset): When the case was accepted, as recorded with the step (`null`: not
                accepted, or
                accepted before step dates were kept). Each step's date is the day it happened, never
                before an earlier step's; the audit log keeps when it was entered.
            declined_on (datetime.date | None | Unset): When it was declined (*staff view*).
            started_on (datetime.date | None | Unset): When work on it started.
            submitted_on (datetime.date | None | Unset): When the opinion was submitted.
            submitted_draft (int | None | Unset): The number of the draft submitted as the opinion (*staff view*; `null` for
                a case
                imported with its history).
            outcome (AdvisoryOutcome | None | Unset):
            outcome_note (None | str | Unset): Note on the outcome (*staff view*).
            outcome_reference (None | str | Unset): Reference of the outcome, e.g. the provision that adopted it (*staff
                view*).
            outcome_on (datetime.date | None | Unset): When the outcome became known.
            closed_on (datetime.date | None | Unset): When the case was closed.
            days_to_respond (int | None | Unset): Calendar days from `received_on` to `submitted_on`, or to today (the
                union's time
                zone) while the case is open; `null` for a case declined or closed without an opinion.
    """

    id: int
    title: str
    kind: AdvisoryKind
    requester: Requester
    received_on: datetime.date
    speech_proposal: bool
    status: AdvisoryStatus
    overdue: bool
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    requester_name: None | str | Unset = UNSET
    request_reference: None | str | Unset = UNSET
    request_date: datetime.date | None | Unset = UNSET
    legal_basis: None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    under_contract: bool | None | Unset = UNSET
    fee: int | None | Unset = UNSET
    confidentiality: None | Unset | Visibility = UNSET
    decline_reason: None | str | Unset = UNSET
    accepted_on: datetime.date | None | Unset = UNSET
    declined_on: datetime.date | None | Unset = UNSET
    started_on: datetime.date | None | Unset = UNSET
    submitted_on: datetime.date | None | Unset = UNSET
    submitted_draft: int | None | Unset = UNSET
    outcome: AdvisoryOutcome | None | Unset = UNSET
    outcome_note: None | str | Unset = UNSET
    outcome_reference: None | str | Unset = UNSET
    outcome_on: datetime.date | None | Unset = UNSET
    closed_on: datetime.date | None | Unset = UNSET
    days_to_respond: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        kind = self.kind.value

        requester = self.requester.value

        received_on = self.received_on.isoformat()

        speech_proposal = self.speech_proposal

        status = self.status.value

        overdue = self.overdue

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        decline_reason: None | str | Unset
        if isinstance(self.decline_reason, Unset):
            decline_reason = UNSET
        else:
            decline_reason = self.decline_reason

        accepted_on: None | str | Unset
        if isinstance(self.accepted_on, Unset):
            accepted_on = UNSET
        elif isinstance(self.accepted_on, datetime.date):
            accepted_on = self.accepted_on.isoformat()
        else:
            accepted_on = self.accepted_on

        declined_on: None | str | Unset
        if isinstance(self.declined_on, Unset):
            declined_on = UNSET
        elif isinstance(self.declined_on, datetime.date):
            declined_on = self.declined_on.isoformat()
        else:
            declined_on = self.declined_on

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        submitted_on: None | str | Unset
        if isinstance(self.submitted_on, Unset):
            submitted_on = UNSET
        elif isinstance(self.submitted_on, datetime.date):
            submitted_on = self.submitted_on.isoformat()
        else:
            submitted_on = self.submitted_on

        submitted_draft: int | None | Unset
        if isinstance(self.submitted_draft, Unset):
            submitted_draft = UNSET
        else:
            submitted_draft = self.submitted_draft

        outcome: None | str | Unset
        if isinstance(self.outcome, Unset):
            outcome = UNSET
        elif isinstance(self.outcome, AdvisoryOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        outcome_note: None | str | Unset
        if isinstance(self.outcome_note, Unset):
            outcome_note = UNSET
        else:
            outcome_note = self.outcome_note

        outcome_reference: None | str | Unset
        if isinstance(self.outcome_reference, Unset):
            outcome_reference = UNSET
        else:
            outcome_reference = self.outcome_reference

        outcome_on: None | str | Unset
        if isinstance(self.outcome_on, Unset):
            outcome_on = UNSET
        elif isinstance(self.outcome_on, datetime.date):
            outcome_on = self.outcome_on.isoformat()
        else:
            outcome_on = self.outcome_on

        closed_on: None | str | Unset
        if isinstance(self.closed_on, Unset):
            closed_on = UNSET
        elif isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        days_to_respond: int | None | Unset
        if isinstance(self.days_to_respond, Unset):
            days_to_respond = UNSET
        else:
            days_to_respond = self.days_to_respond

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "kind": kind,
                "requester": requester,
                "received_on": received_on,
                "speech_proposal": speech_proposal,
                "status": status,
                "overdue": overdue,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
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
        if decline_reason is not UNSET:
            field_dict["decline_reason"] = decline_reason
        if accepted_on is not UNSET:
            field_dict["accepted_on"] = accepted_on
        if declined_on is not UNSET:
            field_dict["declined_on"] = declined_on
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if submitted_on is not UNSET:
            field_dict["submitted_on"] = submitted_on
        if submitted_draft is not UNSET:
            field_dict["submitted_draft"] = submitted_draft
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if outcome_note is not UNSET:
            field_dict["outcome_note"] = outcome_note
        if outcome_reference is not UNSET:
            field_dict["outcome_reference"] = outcome_reference
        if outcome_on is not UNSET:
            field_dict["outcome_on"] = outcome_on
        if closed_on is not UNSET:
            field_dict["closed_on"] = closed_on
        if days_to_respond is not UNSET:
            field_dict["days_to_respond"] = days_to_respond

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        kind = AdvisoryKind(d.pop("kind"))

        requester = Requester(d.pop("requester"))

        received_on = datetime.date.fromisoformat(d.pop("received_on"))

        speech_proposal = d.pop("speech_proposal")

        status = AdvisoryStatus(d.pop("status"))

        overdue = d.pop("overdue")

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        def _parse_decline_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decline_reason = _parse_decline_reason(d.pop("decline_reason", UNSET))

        def _parse_accepted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accepted_on_type_0 = datetime.date.fromisoformat(data)

                return accepted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        accepted_on = _parse_accepted_on(d.pop("accepted_on", UNSET))

        def _parse_declined_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                declined_on_type_0 = datetime.date.fromisoformat(data)

                return declined_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        declined_on = _parse_declined_on(d.pop("declined_on", UNSET))

        def _parse_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)

                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        started_on = _parse_started_on(d.pop("started_on", UNSET))

        def _parse_submitted_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_on_type_0 = datetime.date.fromisoformat(data)

                return submitted_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        submitted_on = _parse_submitted_on(d.pop("submitted_on", UNSET))

        def _parse_submitted_draft(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        submitted_draft = _parse_submitted_draft(d.pop("submitted_draft", UNSET))

        def _parse_outcome(data: object) -> AdvisoryOutcome | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_1 = AdvisoryOutcome(data)

                return outcome_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdvisoryOutcome | None | Unset, data)

        outcome = _parse_outcome(d.pop("outcome", UNSET))

        def _parse_outcome_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome_note = _parse_outcome_note(d.pop("outcome_note", UNSET))

        def _parse_outcome_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome_reference = _parse_outcome_reference(d.pop("outcome_reference", UNSET))

        def _parse_outcome_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_on_type_0 = datetime.date.fromisoformat(data)

                return outcome_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        outcome_on = _parse_outcome_on(d.pop("outcome_on", UNSET))

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

        def _parse_days_to_respond(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_to_respond = _parse_days_to_respond(d.pop("days_to_respond", UNSET))

        advisory_case = cls(
            id=id,
            title=title,
            kind=kind,
            requester=requester,
            received_on=received_on,
            speech_proposal=speech_proposal,
            status=status,
            overdue=overdue,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            requester_name=requester_name,
            request_reference=request_reference,
            request_date=request_date,
            legal_basis=legal_basis,
            field=field,
            due_on=due_on,
            under_contract=under_contract,
            fee=fee,
            confidentiality=confidentiality,
            decline_reason=decline_reason,
            accepted_on=accepted_on,
            declined_on=declined_on,
            started_on=started_on,
            submitted_on=submitted_on,
            submitted_draft=submitted_draft,
            outcome=outcome,
            outcome_note=outcome_note,
            outcome_reference=outcome_reference,
            outcome_on=outcome_on,
            closed_on=closed_on,
            days_to_respond=days_to_respond,
        )

        advisory_case.additional_properties = d
        return advisory_case

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
