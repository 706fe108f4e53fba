//! Request and response types of commendations.

pub use crate::usecases::commendations::CommendationInput;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::codes::{CommendationIssuer, CommendationType, OrderClass, RecipientKind};
use crate::domain::json_int::{Int32, Int64};
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::error::ApiError;
use crate::models::commendation::{CommendationData, CommendationRow};

/// A commendation (khen thưởng) received by the union, a member association or a person.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 12, "recipient_kind": "association", "association_id": 3, "person_id": null, "recipient_name": null,
    "type": "labour_order", "order_class": "third", "issuer": "state_president", "issuer_name": null,
    "decision_number": "1234/QĐ-CTN", "decided_on": "2019-08-20", "year": 2019,
    "citation": "Đã có thành tích xuất sắc trong công tác khuyến học", "version": 1,
    "created_at": "2026-11-28T08:00:00Z", "updated_at": "2026-11-28T08:00:00Z"
}))]
pub struct Commendation {
    /// Id.
    pub id: i64,
    /// Who received it.
    pub recipient_kind: RecipientKind,
    /// The association, for recipient kind `association`.
    pub association_id: Option<i64>,
    /// The person, for recipient kind `person` when known.
    pub person_id: Option<i64>,
    /// The person's name, for recipient kind `person`.
    pub recipient_name: Option<String>,
    /// Form of the commendation.
    #[serde(rename = "type")]
    pub kind: CommendationType,
    /// Class of an order (`labour_order` only).
    pub order_class: Option<OrderClass>,
    /// Who issued it.
    pub issuer: CommendationIssuer,
    /// Issuer's name, when `issuer` is `other` (or to be more precise, e.g. which national association).
    pub issuer_name: Option<String>,
    /// Decision number (số quyết định).
    pub decision_number: Option<String>,
    /// Decision date.
    pub decided_on: Option<NaiveDate>,
    /// Year it counts for.
    pub year: i32,
    /// Citation.
    pub citation: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl Commendation {
    /// The view of a stored row.
    pub fn from_row(row: CommendationRow) -> Result<Self, ApiError> {
        let data = row.data();
        Ok(Commendation {
            id: row.id,
            recipient_kind: data.recipient_kind,
            association_id: row.association_id,
            person_id: row.person_id,
            recipient_name: row.recipient_name,
            kind: data.kind,
            order_class: data.order_class,
            issuer: data.issuer,
            issuer_name: row.issuer_name,
            decision_number: row.decision_number,
            decided_on: row.decided_on,
            year: row.year,
            citation: row.citation,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Changes to a commendation as a JSON Merge Patch: left out stays, `null` clears;
/// `recipient_kind`, `type`, `issuer` and `year` cannot be cleared. The result is checked as
/// a whole, like a new commendation.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"decision_number": "567/QĐ-LHHVN"}))]
pub struct CommendationPatch {
    /// Who received it.
    #[serde(default)]
    #[schema(value_type = RecipientKind)]
    pub recipient_kind: Patch<RecipientKind>,
    /// The association.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Patch<Int64>,
    /// The person.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Patch<Int64>,
    /// The person's name.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub recipient_name: Patch<String>,
    /// Form.
    #[serde(default, rename = "type")]
    #[schema(value_type = CommendationType)]
    pub kind: Patch<CommendationType>,
    /// Class of an order.
    #[serde(default)]
    #[schema(value_type = Option<OrderClass>)]
    pub order_class: Patch<OrderClass>,
    /// Issuer.
    #[serde(default)]
    #[schema(value_type = CommendationIssuer)]
    pub issuer: Patch<CommendationIssuer>,
    /// Issuer's name.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub issuer_name: Patch<String>,
    /// Decision number.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub decision_number: Patch<String>,
    /// Decision date.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub decided_on: Patch<NaiveDate>,
    /// Year.
    #[serde(default)]
    #[schema(value_type = i32)]
    pub year: Patch<Int32>,
    /// Citation.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub citation: Patch<String>,
}

impl CommendationPatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, current: CommendationData) -> Result<CommendationInput, ApiError> {
        let mut input = CommendationInput {
            recipient_kind: current.recipient_kind,
            association_id: current.association_id.map(Int64),
            person_id: current.person_id.map(Int64),
            recipient_name: current.recipient_name,
            kind: current.kind,
            order_class: current.order_class,
            issuer: current.issuer,
            issuer_name: current.issuer_name,
            decision_number: current.decision_number,
            decided_on: current.decided_on,
            year: Int32(current.year),
            citation: current.citation,
        };
        let mut errors = Vec::new();
        for result in [
            self.recipient_kind.apply_required(&mut input.recipient_kind, "recipient_kind"),
            self.kind.apply_required(&mut input.kind, "type"),
            self.issuer.apply_required(&mut input.issuer, "issuer"),
            self.year.apply_required(&mut input.year, "year"),
        ] {
            if let Err(e) = result {
                errors.push(e);
            }
        }
        self.association_id.apply_to(&mut input.association_id);
        self.person_id.apply_to(&mut input.person_id);
        self.recipient_name.apply_to(&mut input.recipient_name);
        self.order_class.apply_to(&mut input.order_class);
        self.issuer_name.apply_to(&mut input.issuer_name);
        self.decision_number.apply_to(&mut input.decision_number);
        self.decided_on.apply_to(&mut input.decided_on);
        self.citation.apply_to(&mut input.citation);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// Query parameters of the commendation list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CommendationListQuery {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Also count all matching commendations (costs a query).
    pub include_total: Option<bool>,
    /// Only this year.
    #[param(minimum = 1, maximum = 9999)]
    pub year: Option<i32>,
    /// Only this kind of recipient.
    #[param(inline)]
    pub recipient_kind: Option<RecipientKind>,
    /// Only those of this association.
    pub association_id: Option<i64>,
    /// Only those of this person.
    pub person_id: Option<i64>,
    /// Only this issuer.
    #[param(inline)]
    pub issuer: Option<CommendationIssuer>,
    /// Only this form.
    #[serde(rename = "type")]
    #[param(rename = "type", inline)]
    pub kind: Option<CommendationType>,
}

/// A page of commendations, newest year first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CommendationPage {
    /// The commendations on this page.
    pub items: Vec<Commendation>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// All matching commendations, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
