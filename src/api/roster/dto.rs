//! Request and response types of roster sync and export.

use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::error::Problem;
use crate::models::roster::SyncReport;

/// How a roster file relates to the association's roster.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SyncMode {
    /// Create or update the members in the file; leave the others alone.
    #[default]
    Upsert,
    /// The file is the whole roster: members with an external_id that are missing from it are
    /// marked left (members without an external_id are never touched).
    Snapshot,
}

pub use crate::api::bulk::OnError;

/// Query of a roster sync.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct SyncQuery {
    /// `upsert` (default) or `snapshot`.
    #[param(inline)]
    pub mode: Option<SyncMode>,
    /// `true`: work out and report everything, change nothing.
    pub dry_run: Option<bool>,
    /// `abort` (default) or `skip`.
    #[param(inline)]
    pub on_error: Option<OnError>,
    /// `true`: run as a background job (`202` with `Location: /api/v1/jobs/{id}`). Files with
    /// more rows than `LIENHIEP_SYNC_JOB_ROWS` (20,000 by default) always do.
    pub r#async: Option<bool>,
    /// For an XLSX workbook: the sheet to read, by its name (compared without case or
    /// diacritics); the first sheet by default.
    pub sheet: Option<String>,
}

/// One member of a roster file, as JSON. CSV files have the same columns (the keys below, or
/// the Vietnamese headers: Mã hội viên, Họ và tên, Giới tính, Ngày sinh, Năm sinh, Dân tộc,
/// Trình độ, Học hàm, Danh hiệu, Chuyên ngành, Nơi công tác, Chức vụ, Điện thoại, Email,
/// Số CCCD, Số thẻ hội viên, Chi hội, Ngày vào hội, Ngày rời hội, Trạng thái). A column left
/// out of the file leaves that field as it is; an empty cell or `null` clears it. Code-list
/// values may be given by code or by their Vietnamese or English label ("Nữ", "Đại học");
/// dates as `yyyy-mm-dd` or `dd/mm/yyyy`.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"external_id": "KH-000123", "full_name": "Nguyễn Văn An", "gender": "male",
    "birth_date": "1975-04-02", "ethnicity": "01", "education_level": "master", "honour_titles": [],
    "branch": "Chi hội Mường La", "joined_on": "2015-03-01", "status": "active"}))]
pub struct RosterRecord {
    /// The association's own key for the member, unique within the file and the association:
    /// required in a sync (an export shows `null` for members created without one).
    #[schema(min_length = 1, max_length = 64)]
    pub external_id: Option<String>,
    /// Full name, family name first (required for a new member).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// Gender: `male`, `female`, `other` (or Nam, Nữ, Khác).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// Birth date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    /// Birth year, when only the year is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_year: Option<i32>,
    /// Ethnic group: code `01`–`54` or name (`/api/v1/reference/ethnic_groups`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ethnicity: Option<String>,
    /// Education level (code or label, `/api/v1/reference/education_levels`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub education_level: Option<String>,
    /// Academic title (code or label).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub academic_title: Option<String>,
    /// Honour titles (codes or labels; in CSV separated by `;`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub honour_titles: Option<Vec<String>>,
    /// Field of expertise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_of_expertise: Option<String>,
    /// Workplace.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workplace: Option<String>,
    /// Position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// Phone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// National ID (CMND or CCCD): only a keyed hash is kept; never exported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(write_only)]
    pub national_id: Option<String>,
    /// Member number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_number: Option<String>,
    /// Branch (chi hội) of the association, by name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// Joined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_on: Option<String>,
    /// Left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_on: Option<String>,
    /// `active`, `left` or `deceased` (or their labels). Left out: `active` for a new member;
    /// in a snapshot, a member marked left by an earlier snapshot becomes active again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// A refused sync: a problem document (`validation_failed`) with the full report.
#[derive(Debug, Clone, Serialize, ToSchema, utoipa::ToResponse)]
#[response(
    description = "Invalid rows (nothing was changed), or a file that cannot be read",
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:validation-failed", "title": "The request breaks a rule",
        "status": 422, "detail": "1 row is invalid; nothing was changed", "code": "validation_failed",
        "report": {"applied": false, "rows": 2, "created": 1, "updated": 0, "unchanged": 0, "left": 0, "skipped": 0,
            "invalid_rows": 1, "errors": [{"row": 3, "column": "Ngày sinh", "code": "date",
                "message": "Ngày không hợp lệ: ghi theo dạng dd/mm/yyyy hoặc yyyy-mm-dd (must be a date: yyyy-mm-dd or dd/mm/yyyy)"}]}})
)]
pub struct SyncRefused {
    /// The problem.
    #[serde(flatten)]
    pub problem: Problem,
    /// What the file would have done and what is wrong with it; nothing was changed. Absent
    /// when the request is refused as a whole (an `Idempotency-Key` used before with another
    /// request): see `errors`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<SyncReport>,
}

crate::api::bulk::records_body! {
    /// A roster as JSON: its members' records.
    RosterRecords of RosterRecord
}

/// The format of a roster export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// A JSON array of records.
    Json,
    /// CSV, UTF-8 with a byte-order mark (spreadsheets read it right).
    Csv,
    /// An XLSX workbook, one sheet.
    Xlsx,
}

/// The header row of a CSV export.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum HeaderStyle {
    /// Column keys (`external_id`, `full_name`, …).
    #[default]
    Keys,
    /// Vietnamese headers (`Mã hội viên`, `Họ và tên`, …).
    Vi,
}

/// Query of a roster export as JSON.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ExportQuery {
    /// Deprecated: CSV and XLSX have paths of their own.
    #[param(ignore)]
    pub format: Option<ExportFormat>,
    /// Deprecated, with `format`.
    #[param(ignore)]
    pub headers: Option<HeaderStyle>,
    /// Only members with this status (all by default).
    pub status: Option<crate::domain::codes::MembershipStatus>,
}

/// Query of a roster export as a file (CSV or XLSX).
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct FileExportQuery {
    /// Header row: `keys` (default) or `vi`.
    #[param(inline)]
    pub headers: Option<HeaderStyle>,
    /// Only members with this status (all by default).
    pub status: Option<crate::domain::codes::MembershipStatus>,
}

/// What happened to a membership since the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Created since the cursor.
    Created,
    /// Changed since the cursor (and still active).
    Updated,
    /// No longer active: left or deceased (the membership itself is kept, as a tombstone).
    Left,
}

/// One membership in the change feed, as it is now.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct RosterChange {
    /// What happened since the cursor.
    pub change: ChangeKind,
    /// The change number of the membership's last write: increasing, in commit order, within the
    /// association's feed (numbers of different associations are not comparable).
    pub change_seq: i64,
    /// The membership as it is now, with its person (personal data included).
    pub member: crate::api::members::dto::Member,
}

/// A page of the change feed.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct RosterChanges {
    /// Memberships written since the cursor, in change order; each appears once, as it is now.
    pub items: Vec<RosterChange>,
    /// Pass as `cursor` next time: for the next page, or later to get what changed since.
    pub next_cursor: String,
    /// More changes are waiting: ask again at once.
    pub has_more: bool,
}

/// Query of the change feed.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct ChangesQuery {
    /// `next_cursor` of the previous answer; without it, the feed starts from the beginning
    /// (every membership).
    pub cursor: Option<String>,
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
}
