from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.field_error import FieldError


T = TypeVar("T", bound="ImportReport")


@_attrs_define
class ImportReport:
    """What an import did (or, for a dry run, would do): the same shape for every import, and the
    counts a roster sync's report has.

        Attributes:
            applied (bool): Whether the records were written (`false` for a dry run).
            rows (int): Records read from the file.
            created (int): Records created; for a dry run, or an import refused for its invalid rows, those its
                valid rows would create (as a roster sync's report says).
            skipped (int): Invalid rows left out (with `on_error=skip`).
            invalid_rows (int): Rows with something wrong.
            errors (list[FieldError]): What is wrong, in row order: each error names its row, column, cell, code and message
                (in
                Vietnamese with `Accept-Language: vi`); the first 1,000 (`invalid_rows` counts the rows).
    """

    applied: bool
    rows: int
    created: int
    skipped: int
    invalid_rows: int
    errors: list[FieldError]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        applied = self.applied

        rows = self.rows

        created = self.created

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
                "skipped": skipped,
                "invalid_rows": invalid_rows,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_error import FieldError  # noqa: PLC0415

        d = dict(src_dict)
        applied = d.pop("applied")

        rows = d.pop("rows")

        created = d.pop("created")

        skipped = d.pop("skipped")

        invalid_rows = d.pop("invalid_rows")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = FieldError.from_dict(errors_item_data)

            errors.append(errors_item)

        import_report = cls(
            applied=applied,
            rows=rows,
            created=created,
            skipped=skipped,
            invalid_rows=invalid_rows,
            errors=errors,
        )

        import_report.additional_properties = d
        return import_report

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
