//! Request and response types of associations.

pub use crate::usecases::associations::AssociationInput;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::domain::codes::{AssociationKind, AssociationStatus};
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::error::{ApiError, FieldError};
use crate::models::association::{AssociationData, AssociationRow, StatusHistoryRow};

/// An association as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 3, "name": "Hội Khuyến học tỉnh Sơn La", "short_name": "Hội Khuyến học", "kind": "member_association",
    "field_of_activity": "Khuyến học, khuyến tài", "founded_on": "2005-06-01", "joined_on": "2010-04-21",
    "status": "active", "special_status": true, "dissolved_on": null, "address": "Số 5, đường Tô Hiệu, TP Sơn La",
    "phone": "0212 3852 123", "email": "khuyenhoc@sonla.example.vn", "website": "https://khuyenhoc.sonla.example.vn",
    "chairperson": "Nguyễn Văn An", "description": null, "version": 1,
    "created_at": "2026-11-27T08:00:00Z", "updated_at": "2026-11-27T08:00:00Z"
}))]
pub struct Association {
    /// Id.
    pub id: i64,
    /// Full name, unique (ignoring case).
    pub name: String,
    /// Short name.
    pub short_name: Option<String>,
    /// `member_association` (hội thành viên) or `collective_member` (hội viên tập thể).
    pub kind: AssociationKind,
    /// Field of activity.
    pub field_of_activity: Option<String>,
    /// Founding date.
    pub founded_on: Option<NaiveDate>,
    /// Date it joined the union.
    pub joined_on: Option<NaiveDate>,
    /// `active`, `suspended` or `dissolved`; changed only by the suspend, reactivate and dissolve actions.
    pub status: AssociationStatus,
    /// A special association (hội đặc thù), with the state support that status brings.
    pub special_status: bool,
    /// Date of dissolution, when dissolved.
    pub dissolved_on: Option<NaiveDate>,
    /// Postal address.
    pub address: Option<String>,
    /// Office phone.
    pub phone: Option<String>,
    /// Office email.
    pub email: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Name of the chairperson.
    pub chairperson: Option<String>,
    /// Description.
    pub description: Option<String>,
    /// Version of this record; the `ETag` is `"v<version>"`. Send it in `If-Match` to update safely.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl Association {
    /// The view of a stored row.
    pub fn from_row(row: AssociationRow) -> Result<Self, ApiError> {
        Ok(Association {
            kind: row.kind,
            status: row.status,
            id: row.id,
            name: row.name,
            short_name: row.short_name,
            field_of_activity: row.field_of_activity,
            founded_on: row.founded_on,
            joined_on: row.joined_on,
            special_status: row.special_status,
            dissolved_on: row.dissolved_on,
            address: row.address,
            phone: row.phone,
            email: row.email,
            website: row.website,
            chairperson: row.chairperson,
            description: row.description,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Changes to an association as a JSON Merge Patch (RFC 7396): a field left out stays, `null`
/// clears it, a value replaces it. `name` and `kind` cannot be cleared. The status changes
/// only through the suspend, reactivate and dissolve actions. An association manager may not
/// change `kind`, `joined_on` or `special_status`.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"chairperson": "Trần Thị Bình", "website": null}))]
pub struct AssociationPatch {
    /// Full name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub name: Patch<String>,
    /// Short name.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub short_name: Patch<String>,
    /// Kind.
    #[serde(default)]
    #[schema(value_type = AssociationKind)]
    pub kind: Patch<AssociationKind>,
    /// Field of activity.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub field_of_activity: Patch<String>,
    /// Founding date.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub founded_on: Patch<NaiveDate>,
    /// Joining date.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub joined_on: Patch<NaiveDate>,
    /// Special association.
    #[serde(default)]
    #[schema(value_type = bool)]
    pub special_status: Patch<bool>,
    /// Postal address.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub address: Patch<String>,
    /// Office phone.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub phone: Patch<String>,
    /// Office email.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub email: Patch<String>,
    /// Website: an absolute http or https URL.
    #[serde(default)]
    #[schema(value_type = Option<String>, pattern = r"^https?://[^\s/?#\[\]@\\]+", max_length = 300)]
    pub website: Patch<String>,
    /// Chairperson.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub chairperson: Patch<String>,
    /// Description.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub description: Patch<String>,
}

impl AssociationPatch {
    /// Fields a manager (not staff) may not change.
    pub fn union_only_fields(&self) -> Vec<&'static str> {
        let mut fields = Vec::new();
        if self.kind.is_present() {
            fields.push("kind");
        }
        if self.joined_on.is_present() {
            fields.push("joined_on");
        }
        if self.special_status.is_present() {
            fields.push("special_status");
        }
        fields
    }

    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, current: AssociationData) -> Result<AssociationInput, ApiError> {
        let mut errors = Vec::new();
        let mut input = AssociationInput {
            name: current.name,
            short_name: current.short_name,
            kind: current.kind,
            field_of_activity: current.field_of_activity,
            founded_on: current.founded_on,
            joined_on: current.joined_on,
            special_status: current.special_status,
            address: current.address,
            phone: current.phone,
            email: current.email,
            website: current.website,
            chairperson: current.chairperson,
            description: current.description,
        };
        let mut required = |r: Result<(), FieldError>| {
            if let Err(e) = r {
                errors.push(e);
            }
        };
        required(self.name.apply_required(&mut input.name, "name"));
        required(self.kind.apply_required(&mut input.kind, "kind"));
        required(self.special_status.apply_required(&mut input.special_status, "special_status"));
        self.short_name.apply_to(&mut input.short_name);
        self.field_of_activity.apply_to(&mut input.field_of_activity);
        self.founded_on.apply_to(&mut input.founded_on);
        self.joined_on.apply_to(&mut input.joined_on);
        self.address.apply_to(&mut input.address);
        self.phone.apply_to(&mut input.phone);
        self.email.apply_to(&mut input.email);
        self.website.apply_to(&mut input.website);
        self.chairperson.apply_to(&mut input.chairperson);
        self.description.apply_to(&mut input.description);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// How to sort the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, ToSchema)]
pub enum AssociationSort {
    /// By name in Vietnamese alphabetical order (the default).
    #[default]
    #[serde(rename = "name")]
    Name,
    /// By name, Z to A.
    #[serde(rename = "-name")]
    NameDesc,
    /// Oldest record first.
    #[serde(rename = "created_at")]
    CreatedAt,
    /// Newest record first.
    #[serde(rename = "-created_at")]
    CreatedAtDesc,
}

impl AssociationSort {
    /// The name used in cursors.
    pub fn name(self) -> &'static str {
        match self {
            AssociationSort::Name => "name",
            AssociationSort::NameDesc => "-name",
            AssociationSort::CreatedAt => "created_at",
            AssociationSort::CreatedAtDesc => "-created_at",
        }
    }
}

/// Query parameters of the association list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AssociationListQuery {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Also count all matching associations (costs a query).
    pub include_total: Option<bool>,
    /// Sort order.
    #[param(inline)]
    pub sort: Option<AssociationSort>,
    /// Only this kind.
    #[param(inline)]
    pub kind: Option<AssociationKind>,
    /// Only this status.
    #[param(inline)]
    pub status: Option<AssociationStatus>,
    /// Only special associations (`true`) or only ordinary ones (`false`).
    pub special_status: Option<bool>,
    /// Search in name and short name, ignoring case and Vietnamese diacritics (`khuyen hoc`
    /// finds "Khuyến học"; `d` finds đ). At most 200 characters.
    #[param(max_length = 200)]
    pub q: Option<String>,
}

/// A page of associations.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AssociationPage {
    /// The associations on this page.
    pub items: Vec<Association>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// All matching associations, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

/// An optional body for suspend, reactivate and dissolve.
#[derive(Debug, Clone, Default, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"effective_on": "2026-11-01", "reason": "Đại hội nhiệm kỳ quyết định giải thể"}))]
pub struct StatusChange {
    /// Date the change takes effect (default: today in the union's time zone); not in the future.
    #[serde(default)]
    pub effective_on: Option<NaiveDate>,
    /// Why, at most 1000 characters.
    #[validate(length(max = 1000))]
    #[serde(default)]
    #[schema(max_length = 1000)]
    pub reason: Option<String>,
}

/// One status change of an association.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct StatusHistoryEntry {
    /// Previous status (none for the first entry).
    pub from_status: Option<AssociationStatus>,
    /// New status.
    pub to_status: AssociationStatus,
    /// Date the change took effect.
    pub effective_on: NaiveDate,
    /// Why.
    pub reason: Option<String>,
    /// When it was recorded.
    pub changed_at: DateTime<Utc>,
}

/// The status history of an association, oldest first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct StatusHistory {
    /// The entries.
    pub items: Vec<StatusHistoryEntry>,
}

impl StatusHistoryEntry {
    /// The view of a stored row.
    pub fn from_row(row: StatusHistoryRow) -> Result<Self, ApiError> {
        use crate::domain::codes::CodeList;
        let status = |code: &str| {
            AssociationStatus::from_code(code)
                .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("unknown status {code} in history {}", row.id)))
        };
        Ok(StatusHistoryEntry {
            from_status: row.from_status.as_deref().map(status).transpose()?,
            to_status: status(&row.to_status)?,
            effective_on: row.effective_on,
            reason: row.reason.clone(),
            changed_at: rfc3339(row.changed_at),
        })
    }
}
