//! Request and response types of honour rounds and honourees.

pub use crate::usecases::honours::HonourRoundInput;
pub use crate::usecases::honours::HonoureeDecisionInput;
pub use crate::usecases::honours::HonoureeInput;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::codes::{HonourRoundStatus, HonoureeDecision};
use crate::domain::import::{Cell, Column};
use crate::domain::json_int::{Int32, Int64};
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::error::ApiError;
use crate::models::honour::{HonoureeRow, RoundData, RoundRow};

/// How many honourees of a round stand at each decision.
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct HonoureeCounts {
    /// Not decided yet.
    pub pending: i64,
    /// Approved.
    pub approved: i64,
    /// Rejected.
    pub rejected: i64,
}

/// A round of honouring outstanding intellectuals (đợt tôn vinh trí thức tiêu biểu).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 5, "year": 2024, "name": "Tôn vinh trí thức tiêu biểu lần thứ V", "ceremony_on": "2024-05-18",
    "description": null, "status": "nominations_open", "published_at": null,
    "counts": {"pending": 12, "approved": 0, "rejected": 0}, "version": 2,
    "created_at": "2024-01-10T08:00:00Z", "updated_at": "2024-02-01T08:00:00Z"
}))]
pub struct HonourRound {
    /// Id.
    pub id: i64,
    /// Year of the round.
    pub year: i32,
    /// Name, unique (ignoring case and diacritics).
    pub name: String,
    /// Ceremony date.
    pub ceremony_on: Option<NaiveDate>,
    /// Description.
    pub description: Option<String>,
    /// Status: changed only by the operations `open-nominations`, `close-nominations`,
    /// `reopen-nominations` and `publish`.
    pub status: HonourRoundStatus,
    /// When the round was published.
    pub published_at: Option<DateTime<Utc>>,
    /// Honourees by decision. Readers who see only published rounds see the approved ones
    /// only (pending and rejected are 0 for them).
    pub counts: HonoureeCounts,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl HonourRound {
    /// The view of a stored row with its counts.
    pub fn from_row(row: RoundRow, counts: HonoureeCounts) -> Result<Self, ApiError> {
        let status = row.status;
        Ok(HonourRound {
            id: row.id,
            year: row.year,
            name: row.name,
            ceremony_on: row.ceremony_on,
            description: row.description,
            status,
            published_at: row.published_at.map(rfc3339),
            counts,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Changes to a round as a JSON Merge Patch: left out stays, `null` clears; `year` and `name`
/// cannot be cleared. The status changes only by its operations.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"ceremony_on": "2024-05-20"}))]
pub struct HonourRoundPatch {
    /// Year.
    #[serde(default)]
    #[schema(value_type = i32)]
    pub year: Patch<Int32>,
    /// Name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub name: Patch<String>,
    /// Ceremony date.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub ceremony_on: Patch<NaiveDate>,
    /// Description.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub description: Patch<String>,
}

impl HonourRoundPatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, current: RoundData) -> Result<HonourRoundInput, ApiError> {
        let mut input = HonourRoundInput {
            year: Int32(current.year),
            name: current.name,
            ceremony_on: current.ceremony_on,
            description: current.description,
        };
        let mut errors = Vec::new();
        for result in
            [self.year.apply_required(&mut input.year, "year"), self.name.apply_required(&mut input.name, "name")]
        {
            if let Err(e) = result {
                errors.push(e);
            }
        }
        self.ceremony_on.apply_to(&mut input.ceremony_on);
        self.description.apply_to(&mut input.description);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// Query parameters of the round list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HonourRoundListQuery {
    /// Only rounds of this year.
    #[param(minimum = 1, maximum = 9999)]
    pub year: Option<i32>,
    /// Only rounds with this status.
    #[param(inline)]
    pub status: Option<HonourRoundStatus>,
}

/// Honour rounds, newest year first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct HonourRoundList {
    /// The rounds.
    pub items: Vec<HonourRound>,
}

/// A person proposed for, or honoured in, a round. Readers without a say in the round
/// (anonymous callers, and association managers for other associations' honourees) see the
/// approved honourees of published rounds only, without the fields marked *staff view*.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 41, "round_id": 5, "person_id": 1200, "full_name": "Lò Văn Puốn", "workplace": "Trường THPT Chiềng Sinh",
    "position": "Hiệu trưởng", "association_id": 3, "categories": ["meritorious_teacher", "doctorate"],
    "citation": "Nhà giáo Ưu tú, Tiến sĩ Giáo dục học", "decision": "approved", "decision_reason": null,
    "decided_at": "2024-04-02T08:00:00Z", "decided_by": "user:2 (staff.lan)", "proposed_by": "user:9 (khuyenhoc.manager)",
    "version": 2, "created_at": "2024-02-10T08:00:00Z", "updated_at": "2024-04-02T08:00:00Z"
}))]
pub struct Honouree {
    /// Id.
    pub id: i64,
    /// The round.
    pub round_id: i64,
    /// The person, when known (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_id: Option<i64>,
    /// Full name.
    pub full_name: String,
    /// Workplace.
    pub workplace: Option<String>,
    /// Position.
    pub position: Option<String>,
    /// The proposing association (`null`: proposed by the union itself).
    pub association_id: Option<i64>,
    /// Codes of the award categories that qualify the honouree, in catalogue order.
    pub categories: Vec<String>,
    /// Citation: the achievements in words.
    pub citation: Option<String>,
    /// The union's decision.
    pub decision: HonoureeDecision,
    /// Reason of a rejection (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_reason: Option<String>,
    /// When decided (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<DateTime<Utc>>,
    /// Who decided (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    /// Who proposed (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposed_by: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl Honouree {
    /// The view of a stored row: `full` shows the staff-view fields.
    pub fn from_row(row: HonoureeRow, categories: Vec<String>, full: bool) -> Result<Self, ApiError> {
        let decision = row.decision;
        let keep = |v: Option<String>| if full { v } else { None };
        Ok(Honouree {
            id: row.id,
            round_id: row.round_id,
            person_id: if full { row.person_id } else { None },
            full_name: row.full_name,
            workplace: row.workplace,
            position: row.position,
            association_id: row.association_id,
            categories,
            citation: row.citation,
            decision,
            decision_reason: keep(row.decision_reason),
            decided_at: if full { row.decided_at.map(rfc3339) } else { None },
            decided_by: keep(row.decided_by),
            proposed_by: keep(Some(row.proposed_by)),
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Changes to an honouree as a JSON Merge Patch: left out stays, `null` clears;
/// `categories` cannot be cleared. The decision changes only by the decision operation.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"categories": ["meritorious_teacher", "doctorate"]}))]
pub struct HonoureePatch {
    /// The person.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Patch<Int64>,
    /// Full name.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub full_name: Patch<String>,
    /// Workplace.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub workplace: Patch<String>,
    /// Position.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub position: Patch<String>,
    /// The proposing association.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Patch<Int64>,
    /// Category codes.
    #[serde(default)]
    #[schema(value_type = Vec<String>)]
    pub categories: Patch<Vec<String>>,
    /// Citation.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub citation: Patch<String>,
}

impl HonoureePatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, current: &HonoureeRow, categories: Vec<String>) -> Result<HonoureeInput, ApiError> {
        let mut input = HonoureeInput {
            person_id: current.person_id.map(Int64),
            full_name: Some(current.full_name.clone()),
            workplace: current.workplace.clone(),
            position: current.position.clone(),
            association_id: current.association_id.map(Int64),
            categories,
            citation: current.citation.clone(),
        };
        let mut errors = Vec::new();
        if let Err(e) = self.categories.apply_required(&mut input.categories, "categories") {
            errors.push(e);
        }
        self.person_id.apply_to(&mut input.person_id);
        self.full_name.apply_to(&mut input.full_name);
        self.workplace.apply_to(&mut input.workplace);
        self.position.apply_to(&mut input.position);
        self.association_id.apply_to(&mut input.association_id);
        self.citation.apply_to(&mut input.citation);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// Query parameters of the honouree list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HonoureeListQuery {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Also count all matching honourees (costs a query).
    pub include_total: Option<bool>,
    /// Only this decision.
    #[param(inline)]
    pub decision: Option<HonoureeDecision>,
    /// Only proposals of this association.
    pub association_id: Option<i64>,
    /// Only honourees qualified by this award category code.
    #[param(max_length = 64)]
    pub category: Option<String>,
    /// Words of the name or workplace, ignoring case and diacritics. At most 200 characters.
    #[param(max_length = 200)]
    pub q: Option<String>,
}

/// A page of honourees, in Vietnamese order of given name, then full name.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct HonoureePage {
    /// The honourees on this page.
    pub items: Vec<Honouree>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// All matching honourees, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

crate::api::bulk::records_body! {
    /// Honourees as JSON.
    HonoureeImportRecords of HonoureeImportRecord
}

/// One record of a bulk import (`HonoureeImportRecords` holds these, or a CSV file with these columns;
/// the CSV file may use the Vietnamese headers `Họ và tên`, `Nơi công tác`, `Chức vụ`,
/// `Tiêu chí`, `Thành tích`, `Quyết định`, `Lý do`).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"full_name": "Cầm Thị Hoa", "workplace": "Bệnh viện Đa khoa tỉnh", "categories": ["meritorious_physician"], "citation": "Thầy thuốc Ưu tú"}))]
pub struct HonoureeImportRecord {
    /// The person, when known.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Option<Int64>,
    /// Or the person as a member of the proposing association (`association_id`): that
    /// association's own key for them, as its roster has it (`external_id`).
    #[serde(default)]
    #[schema(max_length = 64)]
    pub member_external_id: Option<String>,
    /// Or the person by their national ID (9 or 12 digits), matched by its keyed hash against
    /// the rosters; never stored with the honouree, never written back in an error.
    #[serde(default)]
    pub national_id: Option<String>,
    /// Full name; required unless the record names a known person (`person_id`,
    /// `member_external_id` or `national_id`).
    #[serde(default)]
    pub full_name: Option<String>,
    /// Workplace.
    #[serde(default)]
    pub workplace: Option<String>,
    /// Position.
    #[serde(default)]
    pub position: Option<String>,
    /// The proposing association.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Option<Int64>,
    /// Categories: codes or names (Vietnamese or English, diacritics optional); in CSV one
    /// cell separated by `;`.
    pub categories: Vec<String>,
    /// Citation.
    #[serde(default)]
    pub citation: Option<String>,
    /// Decision (default `approved`: imports are historical records).
    #[serde(default)]
    pub decision: Option<HonoureeDecision>,
    /// Reason of a rejection.
    #[serde(default)]
    pub decision_reason: Option<String>,
}
/// The columns of an honouree import file.
pub const IMPORT_COLUMNS: &[Column] = &[
    Column { key: "person_id", header: "Mã người", aliases: &[], cell: Cell::Integer },
    Column { key: "member_external_id", header: "Mã hội viên", aliases: &[], cell: Cell::Text },
    Column {
        key: "national_id",
        header: "Số CCCD",
        aliases: &["CCCD", "CMND", "Số CMND", "Số định danh", "Số CMND/CCCD"],
        cell: Cell::Text,
    },
    Column { key: "full_name", header: "Họ và tên", aliases: &["Họ tên"], cell: Cell::Text },
    Column {
        key: "workplace", header: "Nơi công tác", aliases: &["Đơn vị công tác", "Đơn vị"], cell: Cell::Text
    },
    Column { key: "position", header: "Chức vụ", aliases: &[], cell: Cell::Text },
    Column {
        key: "association_id",
        header: "Mã hội",
        aliases: &["Hội", "Tên hội", "Hội thành viên"],
        cell: Cell::Association,
    },
    Column { key: "categories", header: "Tiêu chí", aliases: &["Danh hiệu"], cell: Cell::List },
    Column { key: "citation", header: "Thành tích", aliases: &[], cell: Cell::Text },
    Column { key: "decision", header: "Quyết định", aliases: &[], cell: Cell::code::<HonoureeDecision>() },
    Column { key: "decision_reason", header: "Lý do", aliases: &[], cell: Cell::Text },
];
