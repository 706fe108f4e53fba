from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TemporaryPassword")


@_attrs_define
class TemporaryPassword:
    """A temporary password set by an admin.

    Attributes:
        password (str): The temporary password (policy as for any password); the user must change it at next login.
    """

    password: str

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        temporary_password = cls(
            password=password,
        )

        return temporary_password
