from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_kind import JobKind
from ..models.job_phase import JobPhase
from ..models.job_state import JobState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_report import ImportReport
    from ..models.sync_report import SyncReport


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """A background job.

    Example:
        {'id': 12, 'kind': 'roster_sync', 'association_id': 3, 'state': 'running', 'phase': 'writing', 'rows_total':
            250000, 'rows_done': 120000, 'report': None, 'error': None, 'created_at': '2026-11-28T08:00:00Z', 'started_at':
            '2026-11-28T08:00:01Z', 'finished_at': None}

    Attributes:
        id (int): Id.
        kind (JobKind): What a job does. A new kind of job is a new value: a breaking change for generated clients,
            announced in the changelog (docs/api/versioning.md).
        state (JobState): Where a job is.
        rows_total (int): Rows in the file.
        rows_done (int): Rows done in the current phase (while `writing`, in proportion to the work done: new
            members are written people first, then memberships, then the search index; all of them
            once finished).
        created_at (datetime.datetime): Created.
        association_id (int | None | Unset): The association it works on; `null` for an import of the union's records.
        phase (JobPhase | None | Unset):
        report (ImportReport | None | SyncReport | Unset):
        error (None | str | Unset): When failed: why.
        started_at (datetime.datetime | None | Unset): Started.
        finished_at (datetime.datetime | None | Unset): Finished.
    """

    id: int
    kind: JobKind
    state: JobState
    rows_total: int
    rows_done: int
    created_at: datetime.datetime
    association_id: int | None | Unset = UNSET
    phase: JobPhase | None | Unset = UNSET
    report: ImportReport | None | SyncReport | Unset = UNSET
    error: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.import_report import ImportReport  # noqa: PLC0415
        from ..models.sync_report import SyncReport  # noqa: PLC0415

        id = self.id

        kind = self.kind.value

        state = self.state.value

        rows_total = self.rows_total

        rows_done = self.rows_done

        created_at = self.created_at.isoformat()

        association_id: int | None | Unset
        if isinstance(self.association_id, Unset):
            association_id = UNSET
        else:
            association_id = self.association_id

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, JobPhase):
            phase = self.phase.value
        else:
            phase = self.phase

        report: dict[str, Any] | None | Unset
        if isinstance(self.report, Unset):
            report = UNSET
        elif isinstance(self.report, SyncReport):
            report = self.report.to_dict()
        elif isinstance(self.report, ImportReport):
            report = self.report.to_dict()
        else:
            report = self.report

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "state": state,
                "rows_total": rows_total,
                "rows_done": rows_done,
                "created_at": created_at,
            }
        )
        if association_id is not UNSET:
            field_dict["association_id"] = association_id
        if phase is not UNSET:
            field_dict["phase"] = phase
        if report is not UNSET:
            field_dict["report"] = report
        if error is not UNSET:
            field_dict["error"] = error
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_report import ImportReport  # noqa: PLC0415
        from ..models.sync_report import SyncReport  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        kind = JobKind(d.pop("kind"))

        state = JobState(d.pop("state"))

        rows_total = d.pop("rows_total")

        rows_done = d.pop("rows_done")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_association_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        association_id = _parse_association_id(d.pop("association_id", UNSET))

        def _parse_phase(data: object) -> JobPhase | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_1 = JobPhase(data)

                return phase_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobPhase | None | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        def _parse_report(data: object) -> ImportReport | None | SyncReport | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_report_type_0 = SyncReport.from_dict(data)

                return componentsschemas_job_report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_job_report_type_1 = ImportReport.from_dict(data)

                return componentsschemas_job_report_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportReport | None | SyncReport | Unset, data)

        report = _parse_report(d.pop("report", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        job = cls(
            id=id,
            kind=kind,
            state=state,
            rows_total=rows_total,
            rows_done=rows_done,
            created_at=created_at,
            association_id=association_id,
            phase=phase,
            report=report,
            error=error,
            started_at=started_at,
            finished_at=finished_at,
        )

        job.additional_properties = d
        return job

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
