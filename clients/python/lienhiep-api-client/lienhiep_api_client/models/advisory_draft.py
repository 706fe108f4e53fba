from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvisoryDraft")


@_attrs_define
class AdvisoryDraft:
    """A version of a case's opinion. Drafts never change; the one submitted is the opinion.

    Example:
        {'case_id': 12, 'number': 3, 'text': 'Về cơ bản nhất trí với dự thảo Đề án; đề nghị bổ sung ...', 'chars': 58,
            'note': 'Bổ sung ý kiến của chuyên gia thủy lợi', 'author_user_id': 31, 'author_name': 'Lò Văn Pha',
            'submitted': True, 'created_at': '2020-03-28T09:15:00Z'}

    Attributes:
        case_id (int): The case.
        number (int): Version number within the case, from 1.
        text (str): The text.
        chars (int): Length of the text in characters.
        author_name (str): The author: the expert's name, or the staff account's name.
        submitted (bool): This draft was submitted as the opinion.
        created_at (datetime.datetime): When it was written.
        note (None | str | Unset): What changed since the last version.
        author_user_id (int | None | Unset): The author's user account.
    """

    case_id: int
    number: int
    text: str
    chars: int
    author_name: str
    submitted: bool
    created_at: datetime.datetime
    note: None | str | Unset = UNSET
    author_user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = self.case_id

        number = self.number

        text = self.text

        chars = self.chars

        author_name = self.author_name

        submitted = self.submitted

        created_at = self.created_at.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        author_user_id: int | None | Unset
        if isinstance(self.author_user_id, Unset):
            author_user_id = UNSET
        else:
            author_user_id = self.author_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "case_id": case_id,
                "number": number,
                "text": text,
                "chars": chars,
                "author_name": author_name,
                "submitted": submitted,
                "created_at": created_at,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if author_user_id is not UNSET:
            field_dict["author_user_id"] = author_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_id = d.pop("case_id")

        number = d.pop("number")

        text = d.pop("text")

        chars = d.pop("chars")

        author_name = d.pop("author_name")

        submitted = d.pop("submitted")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_author_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        author_user_id = _parse_author_user_id(d.pop("author_user_id", UNSET))

        advisory_draft = cls(
            case_id=case_id,
            number=number,
            text=text,
            chars=chars,
            author_name=author_name,
            submitted=submitted,
            created_at=created_at,
            note=note,
            author_user_id=author_user_id,
        )

        advisory_draft.additional_properties = d
        return advisory_draft

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
