//! Response types of background jobs.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::time::rfc3339;
use crate::models::job::{self, JobRow};
use crate::models::roster::SyncReport;
use crate::models::ImportReport;

/// Where a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum JobState {
    /// Waiting to start.
    Queued,
    /// Running: see `phase` and `rows_done`.
    Running,
    /// Done: see `report` (a sync refused for invalid rows is completed, with `applied: false`).
    Completed,
    /// Stopped by an error or a restart: see `error`; nothing was changed.
    Failed,
}

/// What a job does. A new kind of job is a new value: a breaking change for generated clients,
/// announced in the changelog (docs/api/versioning.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum JobKind {
    /// `POST /api/v1/associations/{id}/roster/sync`; its report is a `SyncReport`.
    RosterSync,
    /// `POST /api/v1/honour-rounds/{id}/import`; its report is an `ImportReport`.
    ImportHonourees,
    /// `POST /api/v1/activities/import`; its report is an `ImportReport`.
    ImportActivities,
    /// `POST /api/v1/advisory-opinions/import`; its report is an `ImportReport`.
    ImportAdvisoryCases,
    /// `POST /api/v1/editions/{id}/import`; its report is an `ImportReport`.
    ImportEditionEntries,
}

impl JobKind {
    const ALL: [JobKind; 5] = [
        JobKind::RosterSync,
        JobKind::ImportHonourees,
        JobKind::ImportActivities,
        JobKind::ImportAdvisoryCases,
        JobKind::ImportEditionEntries,
    ];

    /// As stored in `jobs.kind`.
    pub fn code(self) -> &'static str {
        match self {
            JobKind::RosterSync => "roster_sync",
            JobKind::ImportHonourees => "import_honourees",
            JobKind::ImportActivities => "import_activities",
            JobKind::ImportAdvisoryCases => "import_advisory_cases",
            JobKind::ImportEditionEntries => "import_edition_entries",
        }
    }

    fn of_code(code: &str) -> Option<JobKind> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// What a running job is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum JobPhase {
    /// Checking the rows (of a roster sync: the rows of members already on the roster).
    Checking,
    /// Writing the changes.
    Writing,
}

/// A background job.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"id": 12, "kind": "roster_sync", "association_id": 3, "state": "running", "phase": "writing",
    "rows_total": 250000, "rows_done": 120000, "report": null, "error": null,
    "created_at": "2026-11-28T08:00:00Z", "started_at": "2026-11-28T08:00:01Z", "finished_at": null}))]
pub struct Job {
    /// Id.
    pub id: i64,
    /// What it does.
    pub kind: JobKind,
    /// The association it works on; `null` for an import of the union's records.
    pub association_id: Option<i64>,
    /// Where it is.
    pub state: JobState,
    /// While running: `checking` the rows (of a roster sync: of members already on the
    /// roster), then `writing` the changes (a sync checks new members' rows as it writes them);
    /// `null` otherwise.
    pub phase: Option<JobPhase>,
    /// Rows in the file.
    pub rows_total: i64,
    /// Rows done in the current phase (while `writing`, in proportion to the work done: new
    /// members are written people first, then memberships, then the search index; all of them
    /// once finished).
    pub rows_done: i64,
    /// When completed: the report, as the request would have answered it had it not run as a
    /// job (a `SyncReport` for `roster_sync`, an `ImportReport` for an import).
    pub report: Option<JobReport>,
    /// When failed: why.
    pub error: Option<String>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Started.
    pub started_at: Option<DateTime<Utc>>,
    /// Finished.
    pub finished_at: Option<DateTime<Utc>>,
}

/// What a completed job did: a roster sync's report or an import's (the job's `kind` says
/// which).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum JobReport {
    /// A roster sync's report.
    Sync(SyncReport),
    /// An import's report.
    Import(ImportReport),
}

// `anyOf`, not the `oneOf` a derive writes: a roster sync's report has every field of an
// import's, so it is valid under both schemas.
impl utoipa::PartialSchema for JobReport {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::AnyOf;
        use utoipa::openapi::Ref;
        AnyOf::builder()
            .item(Ref::from_schema_name(SyncReport::name()))
            .item(Ref::from_schema_name(ImportReport::name()))
            .description(Some("A `SyncReport` when `kind` is `roster_sync`, else an `ImportReport`."))
            .into()
    }
}

impl ToSchema for JobReport {
    fn schemas(schemas: &mut Vec<(String, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)>) {
        use utoipa::PartialSchema;
        schemas.push((SyncReport::name().into(), SyncReport::schema()));
        <SyncReport as ToSchema>::schemas(schemas);
        schemas.push((ImportReport::name().into(), ImportReport::schema()));
        <ImportReport as ToSchema>::schemas(schemas);
    }
}

impl Job {
    /// Whether it is still to run or running.
    pub fn unfinished(&self) -> bool {
        matches!(self.state, JobState::Queued | JobState::Running)
    }

    /// The view of a job, with its live progress when this process runs it.
    pub fn from_row(row: JobRow) -> Self {
        let live = job::progress((row.id, row.created_at));
        let state = match row.state.as_str() {
            "queued" => JobState::Queued,
            "running" => JobState::Running,
            "completed" => JobState::Completed,
            _ => JobState::Failed,
        };
        let running = matches!(state, JobState::Queued | JobState::Running);
        // Only this code writes `jobs.kind`: every stored kind is one of `JobKind`.
        let kind = JobKind::of_code(&row.kind).unwrap_or(JobKind::RosterSync);
        Job {
            id: row.id,
            kind,
            association_id: row.association_id,
            state,
            phase: live.filter(|_| state == JobState::Running).and_then(|p| match p.phase {
                "checking" => Some(JobPhase::Checking),
                "writing" => Some(JobPhase::Writing),
                _ => None,
            }),
            rows_total: row.rows_total,
            rows_done: match live {
                Some(p) if running => i64::try_from(p.rows_done).unwrap_or(i64::MAX),
                _ => row.rows_done,
            },
            report: row.report.as_deref().and_then(|r| match kind {
                JobKind::RosterSync => serde_json::from_str(r).ok().map(JobReport::Sync),
                _ => serde_json::from_str(r).ok().map(JobReport::Import),
            }),
            error: row.error,
            created_at: rfc3339(row.created_at),
            started_at: row.started_at.map(rfc3339),
            finished_at: row.finished_at.map(rfc3339),
        }
    }
}
