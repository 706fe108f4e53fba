from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry_attachment import EntryAttachment
    from ..models.entry_author_input import EntryAuthorInput


T = TypeVar("T", bound="EntryPatch")


@_attrs_define
class EntryPatch:
    """Changes to an entry as a JSON Merge Patch: left out stays, `null` clears; `title`,
    `authors` and `attachments` (each a whole list) cannot be cleared; only staff change
    `association_id`.

        Example:
            {'summary': 'Bản tóm tắt đã bổ sung số liệu thử nghiệm'}

        Attributes:
            title (str | Unset): Title.
            field (None | str | Unset): Field.
            summary (None | str | Unset): Summary.
            association_id (int | None | Unset): The association.
            authors (list[EntryAuthorInput] | Unset): The whole list of authors.
            attachments (list[EntryAttachment] | Unset): The whole list of attachments.
    """

    title: str | Unset = UNSET
    field: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    association_id: int | None | Unset = UNSET
    authors: list[EntryAuthorInput] | Unset = UNSET
    attachments: list[EntryAttachment] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

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

        authors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = []
            for authors_item_data in self.authors:
                authors_item = authors_item_data.to_dict()
                authors.append(authors_item)

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if field is not UNSET:
            field_dict["field"] = field
        if summary is not UNSET:
            field_dict["summary"] = summary
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if authors is not UNSET:
            field_dict["authors"] = authors
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entry_attachment import EntryAttachment  # noqa: PLC0415
        from ..models.entry_author_input import EntryAuthorInput  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

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

        _authors = d.pop("authors", UNSET)
        authors: list[EntryAuthorInput] | Unset = UNSET
        if _authors is not UNSET:
            authors = []
            for authors_item_data in _authors:
                authors_item = EntryAuthorInput.from_dict(authors_item_data)

                authors.append(authors_item)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[EntryAttachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = EntryAttachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        entry_patch = cls(
            title=title,
            field=field,
            summary=summary,
            association_id=association_id,
            authors=authors,
            attachments=attachments,
        )

        return entry_patch
