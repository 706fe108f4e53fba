from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.row_error import RowError


T = TypeVar("T", bound="SyncReport")


@_attrs_define
class SyncReport:
    """What a sync did (or, for a dry run or a refused file, would do).

    Attributes:
        applied (bool): Whether the changes were written (`false` for a dry run or when invalid rows stopped it).
        rows (int): Member rows read from the file.
        created (int): Members created.
        updated (int): Members whose data changed.
        unchanged (int): Members already as in the file.
        left (int): Members missing from a snapshot, marked left.
        skipped (int): Invalid rows left out (with `on_error=skip`).
        invalid_rows (int): Rows with something wrong (the header counts as row 1 of a CSV file).
        errors (list[RowError]): What is wrong, row by row: the first 1,000 problems (`invalid_rows` counts them all).
    """

    applied: bool
    rows: int
    created: int
    updated: int
    unchanged: int
    left: int
    skipped: int
    invalid_rows: int
    errors: list[RowError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied = self.applied

        rows = self.rows

        created = self.created

        updated = self.updated

        unchanged = self.unchanged

        left = self.left

        skipped = self.skipped

        invalid_rows = self.invalid_rows

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "applied": applied,
                "rows": rows,
                "created": created,
                "updated": updated,
                "unchanged": unchanged,
                "left": left,
                "skipped": skipped,
                "invalid_rows": invalid_rows,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.row_error import RowError  # noqa: PLC0415

        d = dict(src_dict)
        applied = d.pop("applied")

        rows = d.pop("rows")

        created = d.pop("created")

        updated = d.pop("updated")

        unchanged = d.pop("unchanged")

        left = d.pop("left")

        skipped = d.pop("skipped")

        invalid_rows = d.pop("invalid_rows")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = RowError.from_dict(errors_item_data)

            errors.append(errors_item)

        sync_report = cls(
            applied=applied,
            rows=rows,
            created=created,
            updated=updated,
            unchanged=unchanged,
            left=left,
            skipped=skipped,
            invalid_rows=invalid_rows,
            errors=errors,
        )

        sync_report.additional_properties = d
        return sync_report

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
