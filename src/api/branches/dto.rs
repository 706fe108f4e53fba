//! Request and response types of branches.

pub use crate::usecases::branches::BranchInput;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::codes::BranchStatus;
use crate::domain::json_int::Int32;
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::error::ApiError;
use crate::models::branch::{BranchData, BranchRow};

/// A branch as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 7, "association_id": 3, "name": "Chi hội Khuyến học huyện Mộc Châu", "district": "Mộc Châu",
    "founded_on": "2012-03-15", "member_count_reported": 1250, "status": "active", "version": 1,
    "created_at": "2026-11-27T08:00:00Z", "updated_at": "2026-11-27T08:00:00Z"
}))]
pub struct Branch {
    /// Id.
    pub id: i64,
    /// The association it belongs to.
    pub association_id: i64,
    /// Name, unique within the association (ignoring case).
    pub name: String,
    /// District (huyện) it covers.
    pub district: Option<String>,
    /// Founding date.
    pub founded_on: Option<NaiveDate>,
    /// Member count the branch reports (the roster counts its own).
    pub member_count_reported: Option<i32>,
    /// `active`, `inactive` or `dissolved`.
    pub status: BranchStatus,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl Branch {
    /// The view of a stored row.
    pub fn from_row(row: BranchRow) -> Result<Self, ApiError> {
        let status = row.data().status;
        Ok(Branch {
            id: row.id,
            association_id: row.association_id,
            name: row.name,
            district: row.district,
            founded_on: row.founded_on,
            member_count_reported: row.member_count_reported,
            status,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Changes to a branch as a JSON Merge Patch: left out stays, `null` clears; `name` and
/// `status` cannot be cleared.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"member_count_reported": 1310, "status": "inactive"}))]
pub struct BranchPatch {
    /// Name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub name: Patch<String>,
    /// District.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub district: Patch<String>,
    /// Founding date.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub founded_on: Patch<NaiveDate>,
    /// Reported member count.
    #[serde(default)]
    #[schema(value_type = Option<i32>)]
    pub member_count_reported: Patch<Int32>,
    /// Status.
    #[serde(default)]
    #[schema(value_type = BranchStatus)]
    pub status: Patch<BranchStatus>,
}

impl BranchPatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, current: BranchData) -> Result<BranchInput, ApiError> {
        let mut input = BranchInput {
            name: current.name,
            district: current.district,
            founded_on: current.founded_on,
            member_count_reported: current.member_count_reported.map(Int32),
            status: Some(current.status),
        };
        let mut errors = Vec::new();
        if let Err(e) = self.name.apply_required(&mut input.name, "name") {
            errors.push(e);
        }
        let mut status = current.status;
        if let Err(e) = self.status.apply_required(&mut status, "status") {
            errors.push(e);
        }
        input.status = Some(status);
        self.district.apply_to(&mut input.district);
        self.founded_on.apply_to(&mut input.founded_on);
        self.member_count_reported.apply_to(&mut input.member_count_reported);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// Query parameters of the branch list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BranchListQuery {
    /// Only branches with this status.
    #[param(inline)]
    pub status: Option<BranchStatus>,
}

/// The branches of an association, in Vietnamese name order.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct BranchList {
    /// The branches.
    pub items: Vec<Branch>,
}
