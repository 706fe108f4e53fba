from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdvisoryDraftInput")


@_attrs_define
class AdvisoryDraftInput:
    """A new version of the opinion.

    Example:
        {'text': 'Về cơ bản nhất trí với dự thảo Đề án; đề nghị bổ sung ...', 'note': 'Bổ sung ý kiến của chuyên gia
            thủy lợi'}

    Attributes:
        text (str): The opinion's text, 1 to 100,000 characters.
        note (None | str | Unset): What changed since the last version, at most 500 characters.
    """

    text: str
    note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        advisory_draft_input = cls(
            text=text,
            note=note,
        )

        return advisory_draft_input
