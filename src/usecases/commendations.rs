//! The input of the commendations use cases and its rules, shared by the API, the
//! demo data and the command line.

use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::{CommendationIssuer, CommendationType, OrderClass, RecipientKind};
use crate::domain::json_int::{Int32, Int64};
use crate::domain::validate::{self, clean};
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::commendation::CommendationData;

/// A new commendation. The recipient fields follow `recipient_kind`: `union` takes neither
/// `association_id` nor a person; `association` needs `association_id`; `person` needs
/// `person_id` or `recipient_name` (and may name the person's association too).
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"recipient_kind": "union", "type": "emulation_flag", "issuer": "vusta", "decision_number": "567/QĐ-LHHVN", "decided_on": "2017-12-20", "year": 2017}))]
pub struct CommendationInput {
    /// Who received it.
    pub recipient_kind: RecipientKind,
    /// The association (required for `association`; optional for `person`).
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Option<Int64>,
    /// The person, when known (recipient kind `person`).
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Option<Int64>,
    /// The person's name, 2 to 200 characters (recipient kind `person`; taken from the person when left out).
    #[validate(length(min = 2, max = 200))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 200)]
    pub recipient_name: Option<String>,
    /// Form of the commendation.
    #[serde(rename = "type")]
    pub kind: CommendationType,
    /// Class of an order: required for `labour_order`, not allowed otherwise.
    #[serde(default)]
    pub order_class: Option<OrderClass>,
    /// Who issued it.
    pub issuer: CommendationIssuer,
    /// Issuer's name, 2 to 200 characters; required when `issuer` is `other`.
    #[validate(length(min = 2, max = 200))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 200)]
    pub issuer_name: Option<String>,
    /// Decision number, at most 100 characters.
    #[validate(length(max = 100))]
    #[serde(default)]
    #[schema(max_length = 100)]
    pub decision_number: Option<String>,
    /// Decision date; not in the future, and in `year` (or the year before).
    #[serde(default)]
    pub decided_on: Option<NaiveDate>,
    /// Year it counts for, 1945 to 2100.
    #[validate(range(min = 1945, max = 2100))]
    #[schema(value_type = i32, minimum = 1945, maximum = 2100)]
    pub year: Int32,
    /// Citation, at most 4,000 characters.
    #[validate(length(max = 4000))]
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub citation: Option<String>,
}

impl CommendationInput {
    /// Checks every rule and returns the normalised content.
    pub fn into_data(self, today: NaiveDate) -> Result<CommendationData, ApiError> {
        use chrono::Datelike;
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.recipient_name = clean(input.recipient_name).map(|n| vn::normalize_name(&n));
        input.issuer_name = clean(input.issuer_name);
        input.decision_number = clean(input.decision_number);
        input.citation = clean(input.citation);
        let mut extra = Vec::new();
        validate::plain_text(
            [
                ("recipient_name", input.recipient_name.as_deref()),
                ("issuer_name", input.issuer_name.as_deref()),
                ("decision_number", input.decision_number.as_deref()),
                ("citation", input.citation.as_deref()),
            ],
            &mut extra,
        );
        let mut rule = |field: &str, code: &str, message: &str| extra.push(FieldError::new(field, code, message));
        match input.recipient_kind {
            RecipientKind::Union => {
                if input.association_id.is_some() {
                    rule("association_id", "not_allowed", "a commendation of the union names no association");
                }
                if input.person_id.is_some() || input.recipient_name.is_some() {
                    rule("recipient_name", "not_allowed", "a commendation of the union names no person");
                }
            }
            RecipientKind::Association => {
                if input.association_id.is_none() {
                    rule("association_id", "required", "name the association that received it");
                }
                if input.person_id.is_some() || input.recipient_name.is_some() {
                    rule("recipient_name", "not_allowed", "a commendation of an association names no person");
                }
            }
            RecipientKind::Person => {
                if input.person_id.is_none() && input.recipient_name.is_none() {
                    rule("recipient_name", "required", "give recipient_name, or person_id of a known person");
                }
            }
        }
        match (input.kind, input.order_class) {
            (CommendationType::LabourOrder, None) => rule("order_class", "required", "a Labour Order has a class"),
            (CommendationType::LabourOrder, Some(_)) | (_, None) => {}
            (_, Some(_)) => rule("order_class", "not_allowed", "only an order has a class"),
        }
        if input.issuer == CommendationIssuer::Other && input.issuer_name.is_none() {
            rule("issuer_name", "required", "name the issuer when it is 'other'");
        }
        if let Some(d) = input.decided_on {
            if d > today {
                rule("decided_on", "future", "must not be in the future");
            } else if d.year() != input.year.0 && d.year() + 1 != input.year.0 {
                rule("decided_on", "range", "must be in `year` or the year before");
            }
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(CommendationData {
            recipient_kind: input.recipient_kind,
            association_id: input.association_id.map(|a| a.0),
            person_id: input.person_id.map(|p| p.0),
            recipient_name: input.recipient_name,
            kind: input.kind,
            order_class: input.order_class,
            issuer: input.issuer,
            issuer_name: input.issuer_name,
            decision_number: input.decision_number,
            decided_on: input.decided_on,
            year: input.year.0,
            citation: input.citation,
        })
    }
}
