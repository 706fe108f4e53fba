from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry_attachment import EntryAttachment
    from ..models.entry_author_input import EntryAuthorInput


T = TypeVar("T", bound="EntryInput")


@_attrs_define
class EntryInput:
    """A contest entry as submitted.

    Example:
        {'title': 'Máy sấy cà phê bằng năng lượng mặt trời', 'field': 'Nông nghiệp', 'association_id': 3, 'summary':
            'Giải pháp sấy cà phê quy mô hộ gia đình ...', 'authors': [{'role': 'author', 'full_name': 'Lò Văn Pha',
            'workplace': 'HTX Chiềng Ban'}], 'attachments': [{'url': 'https://drive.example.vn/ho-so/may-say.pdf', 'title':
            'Thuyết minh giải pháp', 'media_type': 'application/pdf'}]}

    Attributes:
        title (str): Title, 2 to 500 characters.
        authors (list[EntryAuthorInput]): The authors, in order: 1 to 20.
        field (None | str | Unset): Field, at most 200 characters.
        summary (None | str | Unset): Summary, at most 10,000 characters.
        association_id (int | None | Unset): The association that submits it: required for an association manager (one
            of theirs).
        attachments (list[EntryAttachment] | Unset): Links to the entry's documents, at most 20.
    """

    title: str
    authors: list[EntryAuthorInput]
    field: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    attachments: list[EntryAttachment] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        authors = []
        for authors_item_data in self.authors:
            authors_item = authors_item_data.to_dict()
            authors.append(authors_item)

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

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "authors": authors,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field
        if summary is not UNSET:
            field_dict["summary"] = summary
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entry_attachment import EntryAttachment  # noqa: PLC0415
        from ..models.entry_author_input import EntryAuthorInput  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        authors = []
        _authors = d.pop("authors")
        for authors_item_data in _authors:
            authors_item = EntryAuthorInput.from_dict(authors_item_data)

            authors.append(authors_item)

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

        _attachments = d.pop("attachments", UNSET)
        attachments: list[EntryAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EntryAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        entry_input = cls(
            title=title,
            authors=authors,
            field=field,
            summary=summary,
            association_id=association_id,
            attachments=attachments,
        )

        return entry_input
