from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_status import EntryStatus
from ..models.prize import Prize
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry_attachment import EntryAttachment
    from ..models.entry_author import EntryAuthor
    from ..models.national_result import NationalResult


T = TypeVar("T", bound="ContestEntry")


@_attrs_define
class ContestEntry:
    """An entry of a contest edition. Staff and the managers of its association see it in full;
    its judges without the authors' personal details; anyone else only an eligible entry of
    an edition whose results are published.

        Example:
            {'id': 41, 'edition_id': 5, 'title': 'Máy sấy cà phê bằng năng lượng mặt trời', 'field': 'Nông nghiệp',
                'summary': 'Giải pháp sấy cà phê quy mô hộ gia đình ...', 'association_id': 3, 'authors': [{'role': 'author',
                'person_id': 2045, 'full_name': 'Lò Văn Pha', 'workplace': 'HTX Chiềng Ban', 'school': None, 'grade': None}],
                'attachments': [{'url': 'https://drive.example.vn/ho-so/may-say.pdf', 'title': 'Thuyết minh giải pháp',
                'media_type': 'application/pdf', 'size_bytes': 1843200}], 'status': 'eligible', 'ineligible_reason': None,
                'prize': None, 'rank': None, 'final_score': None, 'national': None, 'version': 3, 'created_at':
                '2026-04-02T08:00:00Z', 'updated_at': '2026-09-01T08:00:00Z'}

        Attributes:
            id (int): Id.
            edition_id (int): The edition.
            title (str): Title.
            authors (list[EntryAuthor]): The authors, in order.
            attachments (list[EntryAttachment]): Links to the entry's documents.
            status (EntryStatus): Contest entry statuses (code list `entry_statuses`; labels at
                `/api/v1/reference/entry_statuses`): `submitted`, `eligible`, `ineligible`, `withdrawn`
            version (int): Version; the `ETag` is `"v<version>"`.
            created_at (datetime.datetime): When it was submitted.
            updated_at (datetime.datetime): When it last changed.
            field (None | str | Unset): Field.
            summary (None | str | Unset): Summary.
            association_id (int | None | Unset): The association that submitted it.
            ineligible_reason (None | str | Unset): Why it is ineligible (*full view*).
            prize (None | Prize | Unset):
            rank (int | None | Unset): The rank, once results are published.
            final_score (float | None | Unset): The weighted mean score, once results are published.
            national (NationalResult | None | Unset):
    """

    id: int
    edition_id: int
    title: str
    authors: list[EntryAuthor]
    attachments: list[EntryAttachment]
    status: EntryStatus
    version: int
    created_at: datetime.datetime
    updated_at: datetime.datetime
    field: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    ineligible_reason: None | str | Unset = UNSET
    prize: None | Prize | Unset = UNSET
    rank: int | None | Unset = UNSET
    final_score: float | None | Unset = UNSET
    national: NationalResult | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.national_result import NationalResult  # noqa: PLC0415

        id = self.id

        edition_id = self.edition_id

        title = self.title

        authors = []
        for authors_item_data in self.authors:
            authors_item = authors_item_data.to_dict()
            authors.append(authors_item)

        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

        status = self.status.value

        version = self.version

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        ineligible_reason: None | str | Unset
        if isinstance(self.ineligible_reason, Unset):
            ineligible_reason = UNSET
        else:
            ineligible_reason = self.ineligible_reason

        prize: None | str | Unset
        if isinstance(self.prize, Unset):
            prize = UNSET
        elif isinstance(self.prize, Prize):
            prize = self.prize.value
        else:
            prize = self.prize

        rank: int | None | Unset
        if isinstance(self.rank, Unset):
            rank = UNSET
        else:
            rank = self.rank

        final_score: float | None | Unset
        if isinstance(self.final_score, Unset):
            final_score = UNSET
        else:
            final_score = self.final_score

        national: dict[str, Any] | None | Unset
        if isinstance(self.national, Unset):
            national = UNSET
        elif isinstance(self.national, NationalResult):
            national = self.national.to_dict()
        else:
            national = self.national

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "edition_id": edition_id,
                "title": title,
                "authors": authors,
                "attachments": attachments,
                "status": status,
                "version": version,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if summary is not UNSET:
            field_dict["summary"] = summary
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if ineligible_reason is not UNSET:
            field_dict["ineligible_reason"] = ineligible_reason
        if prize is not UNSET:
            field_dict["prize"] = prize
        if rank is not UNSET:
            field_dict["rank"] = rank
        if final_score is not UNSET:
            field_dict["final_score"] = final_score
        if national is not UNSET:
            field_dict["national"] = national

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entry_attachment import EntryAttachment  # noqa: PLC0415
        from ..models.entry_author import EntryAuthor  # noqa: PLC0415
        from ..models.national_result import NationalResult  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        edition_id = d.pop("edition_id")

        title = d.pop("title")

        authors = []
        _authors = d.pop("authors")
        for authors_item_data in _authors:
            authors_item = EntryAuthor.from_dict(authors_item_data)

            authors.append(authors_item)

        attachments = []
        _attachments = d.pop("attachments")
        for attachments_item_data in _attachments:
            attachments_item = EntryAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

        status = EntryStatus(d.pop("status"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field = _parse_field(d.pop("field", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_ineligible_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ineligible_reason = _parse_ineligible_reason(d.pop("ineligible_reason", UNSET))

        def _parse_prize(data: object) -> None | Prize | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prize_type_1 = Prize(data)

                return prize_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Prize | Unset, data)

        prize = _parse_prize(d.pop("prize", UNSET))

        def _parse_rank(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rank = _parse_rank(d.pop("rank", UNSET))

        def _parse_final_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        final_score = _parse_final_score(d.pop("final_score", UNSET))

        def _parse_national(data: object) -> NationalResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                national_type_1 = NationalResult.from_dict(data)

                return national_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NationalResult | None | Unset, data)

        national = _parse_national(d.pop("national", UNSET))

        contest_entry = cls(
            id=id,
            edition_id=edition_id,
            title=title,
            authors=authors,
            attachments=attachments,
            status=status,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            field=field,
            summary=summary,
            association_id=association_id,
            ineligible_reason=ineligible_reason,
            prize=prize,
            rank=rank,
            final_score=final_score,
            national=national,
        )

        contest_entry.additional_properties = d
        return contest_entry

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
