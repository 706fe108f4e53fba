from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntryAttachment")


@_attrs_define
class EntryAttachment:
    """A link attached to an entry, with what it is.

    Example:
        {'url': 'https://drive.example.vn/ho-so/may-say-ca-phe.pdf', 'title': 'Thuyết minh giải pháp', 'media_type':
            'application/pdf', 'size_bytes': 1843200}

    Attributes:
        url (str): An absolute http or https URL, at most 300 characters.
        title (str): What it is, 1 to 300 characters.
        media_type (None | str | Unset): Media type, e.g. `application/pdf`, at most 100 characters.
        size_bytes (int | None | Unset): Size in bytes, 0 to 10,000,000,000,000.
    """

    url: str
    title: str
    media_type: None | str | Unset = UNSET
    size_bytes: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        title = self.title

        media_type: None | str | Unset
        if isinstance(self.media_type, Unset):
            media_type = UNSET
        else:
            media_type = self.media_type

        size_bytes: int | None | Unset
        if isinstance(self.size_bytes, Unset):
            size_bytes = UNSET
        else:
            size_bytes = self.size_bytes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "title": title,
            }
        )
        if media_type is not UNSET:
            field_dict["media_type"] = media_type
        if size_bytes is not UNSET:
            field_dict["size_bytes"] = size_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        title = d.pop("title")

        def _parse_media_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_type = _parse_media_type(d.pop("media_type", UNSET))

        def _parse_size_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_bytes = _parse_size_bytes(d.pop("size_bytes", UNSET))

        entry_attachment = cls(
            url=url,
            title=title,
            media_type=media_type,
            size_bytes=size_bytes,
        )

        return entry_attachment
