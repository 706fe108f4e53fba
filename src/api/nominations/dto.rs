//! Request and response types of national nominations.

pub use crate::usecases::nominations::NominationInput;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::domain::codes::{NominationProgramme, NominationStatus};
use crate::domain::json_int::{Int32, Int64};
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::error::ApiError;
use crate::models::nomination::{NominationData, NominationRow};

/// A nomination of a person to a national honour programme (đề cử vinh danh toàn quốc).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 3, "programme": "farmers_scientist", "programme_name": null, "year": 2019, "person_id": 88,
    "nominee_name": "Lường Văn Thắng", "workplace": "Trung tâm Khuyến nông tỉnh", "association_id": 4,
    "status": "honoured", "decision_reference": "Quyết định 125/QĐ-LHHVN", "submitted_on": "2019-04-02",
    "decided_on": "2019-10-10", "notes": null, "version": 3,
    "created_at": "2019-03-01T08:00:00Z", "updated_at": "2019-10-15T08:00:00Z"
}))]
pub struct Nomination {
    /// Id.
    pub id: i64,
    /// The programme.
    pub programme: NominationProgramme,
    /// The programme's name when `programme` is `other`.
    pub programme_name: Option<String>,
    /// Year of the programme.
    pub year: i32,
    /// The nominee, when a known person (staff view; `null` for others).
    pub person_id: Option<i64>,
    /// Nominee's name.
    pub nominee_name: String,
    /// Nominee's workplace.
    pub workplace: Option<String>,
    /// The association that proposed the nominee.
    pub association_id: Option<i64>,
    /// Status: changed only by the operations `submit`, `record-honoured` and `record-not-selected`.
    pub status: NominationStatus,
    /// Reference of the programme's decision.
    pub decision_reference: Option<String>,
    /// When it was sent to the programme, as recorded with `submit` (`null`: not yet, or
    /// before these dates were kept); the audit log keeps when it was entered.
    pub submitted_on: Option<chrono::NaiveDate>,
    /// When the programme decided, as recorded with `record-honoured` or
    /// `record-not-selected`.
    pub decided_on: Option<chrono::NaiveDate>,
    /// Notes (staff view; `null` for others).
    pub notes: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl Nomination {
    /// The view of a stored row; `full` shows `person_id` and `notes`.
    pub fn from_row(row: NominationRow, full: bool) -> Result<Self, ApiError> {
        let data = row.data();
        let status = row.status;
        Ok(Nomination {
            id: row.id,
            programme: data.programme,
            programme_name: row.programme_name,
            year: row.year,
            person_id: if full { row.person_id } else { None },
            nominee_name: row.nominee_name,
            workplace: row.workplace,
            association_id: row.association_id,
            status,
            decision_reference: row.decision_reference,
            submitted_on: row.submitted_on,
            decided_on: row.decided_on,
            notes: if full { row.notes } else { None },
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Changes to a nomination as a JSON Merge Patch: left out stays, `null` clears;
/// `programme` and `year` cannot be cleared. The status changes only by its operations.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"notes": "Hồ sơ gửi qua Liên hiệp hội Việt Nam"}))]
pub struct NominationPatch {
    /// The programme.
    #[serde(default)]
    #[schema(value_type = NominationProgramme)]
    pub programme: Patch<NominationProgramme>,
    /// The programme's name.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub programme_name: Patch<String>,
    /// Year.
    #[serde(default)]
    #[schema(value_type = i32)]
    pub year: Patch<Int32>,
    /// The nominee.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Patch<Int64>,
    /// Nominee's name.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub nominee_name: Patch<String>,
    /// Workplace.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub workplace: Patch<String>,
    /// The proposing association.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Patch<Int64>,
    /// Decision reference.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub decision_reference: Patch<String>,
    /// Notes.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub notes: Patch<String>,
}

impl NominationPatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, current: NominationData) -> Result<NominationInput, ApiError> {
        let mut input = NominationInput {
            programme: current.programme,
            programme_name: current.programme_name,
            year: Int32(current.year),
            person_id: current.person_id.map(Int64),
            nominee_name: current.nominee_name,
            workplace: current.workplace,
            association_id: current.association_id.map(Int64),
            decision_reference: current.decision_reference,
            notes: current.notes,
        };
        let mut errors = Vec::new();
        for result in [
            self.programme.apply_required(&mut input.programme, "programme"),
            self.year.apply_required(&mut input.year, "year"),
        ] {
            if let Err(e) = result {
                errors.push(e);
            }
        }
        self.programme_name.apply_to(&mut input.programme_name);
        self.person_id.apply_to(&mut input.person_id);
        self.nominee_name.apply_to(&mut input.nominee_name);
        self.workplace.apply_to(&mut input.workplace);
        self.association_id.apply_to(&mut input.association_id);
        self.decision_reference.apply_to(&mut input.decision_reference);
        self.notes.apply_to(&mut input.notes);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// An optional body for the status operations.
#[derive(Debug, Clone, Default, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"decision_reference": "Quyết định 125/QĐ-LHHVN ngày 10/10/2019", "on": "2019-10-10"}))]
pub struct NominationStatusChange {
    /// Reference of the programme's decision, at most 200 characters (kept when left out).
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub decision_reference: Option<String>,
    /// The day the step happened (default today, in the union's time zone): not in the
    /// future, and a decision not before the submission. Kept as `submitted_on` or
    /// `decided_on`.
    #[serde(default)]
    pub on: Option<chrono::NaiveDate>,
}

/// Query parameters of the nomination list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NominationListQuery {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Also count all matching nominations (costs a query).
    pub include_total: Option<bool>,
    /// Only this year.
    #[param(minimum = 1, maximum = 9999)]
    pub year: Option<i32>,
    /// Only this programme.
    #[param(inline)]
    pub programme: Option<NominationProgramme>,
    /// Only this status.
    #[param(inline)]
    pub status: Option<NominationStatus>,
    /// Only nominees proposed by this association.
    pub association_id: Option<i64>,
}

/// A page of nominations, newest year first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct NominationPage {
    /// The nominations on this page.
    pub items: Vec<Nomination>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// All matching nominations, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
