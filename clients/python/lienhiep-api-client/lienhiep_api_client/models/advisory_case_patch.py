from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.advisory_kind import AdvisoryKind
from ..models.requester import Requester
from ..models.visibility import Visibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvisoryCasePatch")


@_attrs_define
class AdvisoryCasePatch:
    """Changes to a case as a JSON Merge Patch: left out stays, `null` clears; `title`, `kind`,
    `requester`, `received_on`, `under_contract`, `confidentiality` and `speech_proposal`
    cannot be cleared. The status changes only by the workflow operations.

        Example:
            {'due_on': '2020-04-20', 'confidentiality': 'public'}

        Attributes:
            title (str | Unset): Title.
            kind (AdvisoryKind | Unset): Advisory kinds (code list `advisory_kinds`; labels at
                `/api/v1/reference/advisory_kinds`): `consultation`, `critique`, `social_assessment`, `draft_law_comment`
            requester (Requester | Unset): Advisory requesters (code list `advisory_requesters`; labels at
                `/api/v1/reference/advisory_requesters`): `party_committee_standing_board`, `peoples_committee`,
                `peoples_council`, `fatherland_front`, `national_assembly_delegation`, `department`, `enterprise`, `other`
            requester_name (None | str | Unset): Requester's name.
            request_reference (None | str | Unset): Request reference.
            request_date (datetime.date | None | Unset): Request date.
            legal_basis (None | str | Unset): Legal basis.
            field (None | str | Unset): Field.
            received_on (datetime.date | Unset): Received.
            due_on (datetime.date | None | Unset): Due.
            under_contract (bool | Unset): Under a contract.
            fee (int | None | Unset): Fee.
            confidentiality (Visibility | Unset): Visibility (code list `visibilities`; labels at
                `/api/v1/reference/visibilities`): `public`, `internal`
            speech_proposal (bool | Unset): Proposes what deputies say on the draft law (a draft-law comment only).
    """

    title: str | Unset = UNSET
    kind: AdvisoryKind | Unset = UNSET
    requester: Requester | Unset = UNSET
    requester_name: None | str | Unset = UNSET
    request_reference: None | str | Unset = UNSET
    request_date: datetime.date | None | Unset = UNSET
    legal_basis: None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    received_on: datetime.date | Unset = UNSET
    due_on: datetime.date | None | Unset = UNSET
    under_contract: bool | Unset = UNSET
    fee: int | None | Unset = UNSET
    confidentiality: Visibility | Unset = UNSET
    speech_proposal: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        requester: str | Unset = UNSET
        if not isinstance(self.requester, Unset):
            requester = self.requester.value

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

        received_on: str | Unset = UNSET
        if not isinstance(self.received_on, Unset):
            received_on = self.received_on.isoformat()

        due_on: None | str | Unset
        if isinstance(self.due_on, Unset):
            due_on = UNSET
        elif isinstance(self.due_on, datetime.date):
            due_on = self.due_on.isoformat()
        else:
            due_on = self.due_on

        under_contract = self.under_contract

        fee: int | None | Unset
        if isinstance(self.fee, Unset):
            fee = UNSET
        else:
            fee = self.fee

        confidentiality: str | Unset = UNSET
        if not isinstance(self.confidentiality, Unset):
            confidentiality = self.confidentiality.value

        speech_proposal = self.speech_proposal

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if kind is not UNSET:
            field_dict["kind"] = kind
        if requester is not UNSET:
            field_dict["requester"] = requester
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
        if received_on is not UNSET:
            field_dict["received_on"] = received_on
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
        title = d.pop("title", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: AdvisoryKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = AdvisoryKind(_kind)

        _requester = d.pop("requester", UNSET)
        requester: Requester | Unset
        if isinstance(_requester, Unset):
            requester = UNSET
        else:
            requester = Requester(_requester)

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

        _received_on = d.pop("received_on", UNSET)
        received_on: datetime.date | Unset
        if isinstance(_received_on, Unset):
            received_on = UNSET
        else:
            received_on = datetime.date.fromisoformat(_received_on)

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

        under_contract = d.pop("under_contract", UNSET)

        def _parse_fee(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fee = _parse_fee(d.pop("fee", UNSET))

        _confidentiality = d.pop("confidentiality", UNSET)
        confidentiality: Visibility | Unset
        if isinstance(_confidentiality, Unset):
            confidentiality = UNSET
        else:
            confidentiality = Visibility(_confidentiality)

        speech_proposal = d.pop("speech_proposal", UNSET)

        advisory_case_patch = cls(
            title=title,
            kind=kind,
            requester=requester,
            requester_name=requester_name,
            request_reference=request_reference,
            request_date=request_date,
            legal_basis=legal_basis,
            field=field,
            received_on=received_on,
            due_on=due_on,
            under_contract=under_contract,
            fee=fee,
            confidentiality=confidentiality,
            speech_proposal=speech_proposal,
        )

        return advisory_case_patch
