//! The input of the honours use cases and its rules, shared by the API, the
//! demo data and the command line.

use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::HonoureeDecision;
use crate::domain::json_int::{Int32, Int64};
use crate::domain::validate::{self, clean};
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::honour::{HonoureeData, RoundData};

/// A new honour round (status `planned`).
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"year": 2024, "name": "Tôn vinh trí thức tiêu biểu lần thứ V", "ceremony_on": "2024-05-18"}))]
pub struct HonourRoundInput {
    /// Year, 1945 to 2100.
    #[validate(range(min = 1945, max = 2100))]
    #[schema(value_type = i32, minimum = 1945, maximum = 2100)]
    pub year: Int32,
    /// Name, 2 to 200 characters, unique.
    #[validate(length(min = 2, max = 200), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 200)]
    pub name: String,
    /// Ceremony date.
    #[serde(default)]
    pub ceremony_on: Option<NaiveDate>,
    /// Description, at most 4,000 characters.
    #[validate(length(max = 4000))]
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub description: Option<String>,
}

impl HonourRoundInput {
    /// Checks every rule and returns the normalised content.
    pub fn into_data(self) -> Result<RoundData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.name = vn::normalize_name(&input.name);
        input.description = clean(input.description);
        let mut extra = Vec::new();
        validate::plain_text(
            [("name", Some(input.name.as_str())), ("description", input.description.as_deref())],
            &mut extra,
        );
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(RoundData {
            year: input.year.0,
            name: input.name,
            ceremony_on: input.ceremony_on,
            description: input.description,
        })
    }
}

/// A proposed honouree.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"person_id": 1200, "association_id": 3, "categories": ["meritorious_teacher"], "citation": "Nhà giáo Ưu tú năm 2023"}))]
pub struct HonoureeInput {
    /// The person, when known to the roster: name, workplace and position are taken from them
    /// when left out.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Option<Int64>,
    /// Full name, 2 to 200 characters; required without `person_id`.
    #[validate(length(min = 2, max = 200))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 200)]
    pub full_name: Option<String>,
    /// Workplace, at most 300 characters.
    #[validate(length(max = 300))]
    #[serde(default)]
    #[schema(max_length = 300)]
    pub workplace: Option<String>,
    /// Position, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub position: Option<String>,
    /// The proposing association; an association manager must name one of theirs.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Option<Int64>,
    /// Codes of the qualifying award categories (each 1 to 64 characters): 1 to 20, no repeats.
    #[validate(length(min = 1, max = 20))]
    #[schema(min_items = 1, max_items = 20)]
    pub categories: Vec<String>,
    /// Citation, at most 4,000 characters.
    #[validate(length(max = 4000))]
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub citation: Option<String>,
}

impl HonoureeInput {
    /// Checks every rule and returns the normalised content.
    pub fn into_data(self) -> Result<HonoureeData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.full_name = clean(input.full_name).map(|n| vn::normalize_name(&n));
        input.workplace = clean(input.workplace);
        input.position = clean(input.position);
        input.citation = clean(input.citation);
        let mut extra = Vec::new();
        validate::plain_text(
            [
                ("full_name", input.full_name.as_deref()),
                ("workplace", input.workplace.as_deref()),
                ("position", input.position.as_deref()),
                ("citation", input.citation.as_deref()),
            ],
            &mut extra,
        );
        let mut seen = std::collections::HashSet::new();
        for code in &input.categories {
            if code.is_empty() || code.chars().count() > 64 || code.contains('\0') {
                extra.push(FieldError::new("categories", "format", "each category is a code of 1 to 64 characters"));
            } else if !seen.insert(code.as_str()) {
                extra.push(FieldError::new("categories", "duplicate", format!("'{code}' is listed twice")));
            }
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(HonoureeData {
            person_id: input.person_id.map(|p| p.0),
            full_name: input.full_name,
            workplace: input.workplace,
            position: input.position,
            association_id: input.association_id.map(|a| a.0),
            categories: input.categories,
            citation: input.citation,
        })
    }
}

/// The union's decision on an honouree.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"decision": "rejected", "reason": "Chưa đủ tiêu chí về thành tích"}))]
pub struct HonoureeDecisionInput {
    /// `approved`, `rejected` (with a reason) or `pending` (undo a decision).
    pub decision: HonoureeDecision,
    /// Reason, at most 2,000 characters; required for `rejected`.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub reason: Option<String>,
}

impl HonoureeDecisionInput {
    /// Checks the rules.
    pub fn into_decided(self) -> Result<crate::models::honour::Decided, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.reason = clean(input.reason);
        let mut extra = Vec::new();
        validate::plain_text([("reason", input.reason.as_deref())], &mut extra);
        if input.decision == HonoureeDecision::Rejected && input.reason.is_none() {
            extra.push(FieldError::new("reason", "required", "a rejection needs a reason"));
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(crate::models::honour::Decided { decision: input.decision, reason: input.reason })
    }
}
