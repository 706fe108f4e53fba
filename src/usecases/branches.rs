//! The input of the branches use cases and its rules, shared by the API, the
//! demo data and the command line.

use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::BranchStatus;
use crate::domain::json_int::Int32;
use crate::domain::validate::{self, clean};
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::branch::BranchData;

/// A new branch.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Chi hội Khuyến học huyện Mộc Châu", "district": "Mộc Châu", "founded_on": "2012-03-15", "member_count_reported": 1250}))]
pub struct BranchInput {
    /// Name, 2 to 200 characters, unique within the association.
    #[validate(length(min = 2, max = 200), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 200)]
    pub name: String,
    /// District, at most 100 characters.
    #[validate(length(max = 100))]
    #[serde(default)]
    #[schema(max_length = 100)]
    pub district: Option<String>,
    /// Founding date; not in the future.
    #[serde(default)]
    pub founded_on: Option<NaiveDate>,
    /// Member count the branch reports, 0 to 10,000,000.
    #[validate(range(min = 0, max = 10_000_000))]
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 10_000_000)]
    pub member_count_reported: Option<Int32>,
    /// Status (default `active`).
    #[serde(default)]
    pub status: Option<BranchStatus>,
}

impl BranchInput {
    /// Checks every rule and returns the normalised content, or a 422 listing each broken rule.
    pub fn into_data(self, today: NaiveDate) -> Result<BranchData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.name = vn::normalize_name(&input.name);
        input.district = clean(input.district);
        let mut extra: Vec<FieldError> = Vec::new();
        validate::plain_text(
            [("name", Some(input.name.as_str())), ("district", input.district.as_deref())],
            &mut extra,
        );
        validate::not_future("founded_on", input.founded_on, today, &mut extra);
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(BranchData {
            name: input.name,
            district: input.district,
            founded_on: input.founded_on,
            member_count_reported: input.member_count_reported.map(|n| n.0),
            status: input.status.unwrap_or(BranchStatus::Active),
        })
    }
}
