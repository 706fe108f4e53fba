//! The input of the contests use cases and its rules, shared by the API, the
//! demo data and the command line.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::json_int::Int32;
use crate::domain::validate::{self, clean};
use crate::error::{ApiError, FieldError};
use crate::models::contest::{CriterionData, CriterionRow, EditionData, Quotas};

/// A new edition (status `draft`).
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "number": 5, "year": 2026, "name": "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ V",
    "submission_opens_on": "2026-03-01", "submission_closes_on": "2026-08-31",
    "criteria": [
        {"code": "novelty", "name": "Tính mới, tính sáng tạo", "weight": 30, "max_score": 30},
        {"code": "applicability", "name": "Khả năng áp dụng", "weight": 40, "max_score": 40},
        {"code": "effectiveness", "name": "Hiệu quả kinh tế - xã hội", "weight": 30, "max_score": 30}
    ],
    "quotas": {"first": 1, "second": 3, "third": 5, "consolation": 10}
}))]
pub struct EditionInput {
    /// Edition number (lần thứ), 1 to 1,000; unique in the contest.
    #[validate(range(min = 1, max = 1000))]
    #[schema(value_type = i32, minimum = 1, maximum = 1000)]
    pub number: Int32,
    /// Year, 1900 to 2100.
    #[validate(range(min = 1900, max = 2100))]
    #[schema(value_type = i32, minimum = 1900, maximum = 2100)]
    pub year: Int32,
    /// Name, at most 300 characters.
    #[validate(length(max = 300))]
    #[serde(default)]
    #[schema(max_length = 300)]
    pub name: Option<String>,
    /// When submissions open.
    #[serde(default)]
    pub submission_opens_on: Option<NaiveDate>,
    /// When submissions close; not before they open.
    #[serde(default)]
    pub submission_closes_on: Option<NaiveDate>,
    /// When judging starts; not before submissions close.
    #[serde(default)]
    pub judging_starts_on: Option<NaiveDate>,
    /// When judging ends; not before it starts.
    #[serde(default)]
    pub judging_ends_on: Option<NaiveDate>,
    /// The judging criteria, in order, at most 20 (needed before the edition opens; they
    /// change only while it is a draft).
    #[validate(length(max = 20))]
    #[serde(default)]
    #[schema(max_items = 20)]
    pub criteria: Vec<Criterion>,
    /// Prize quotas (default none).
    #[serde(default)]
    pub quotas: Option<PrizeQuotas>,
}

impl EditionInput {
    /// Checks every rule and returns the content and criteria.
    pub fn into_parts(self) -> Result<(EditionData, Vec<CriterionData>), ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.name = clean(input.name);
        let mut extra: Vec<FieldError> = Vec::new();
        validate::plain_text([("name", input.name.as_deref())], &mut extra);
        validate::not_before(
            "submission_closes_on",
            input.submission_closes_on,
            "submission_opens_on",
            input.submission_opens_on,
            &mut extra,
        );
        validate::not_before(
            "judging_starts_on",
            input.judging_starts_on,
            "submission_closes_on",
            input.submission_closes_on,
            &mut extra,
        );
        validate::not_before(
            "judging_ends_on",
            input.judging_ends_on,
            "judging_starts_on",
            input.judging_starts_on,
            &mut extra,
        );
        let mut codes = std::collections::HashSet::new();
        for (i, c) in input.criteria.iter_mut().enumerate() {
            c.name = crate::domain::vn::normalize_name(&c.name);
            let at = |f: &str| format!("criteria[{i}].{f}");
            if let Err(crate::error::ApiError::Validation(errors)) = validate::check(c, Vec::new()) {
                extra.extend(errors.into_iter().map(|e| FieldError { field: at(&e.field), ..e }));
            }
            validate::code_format(&at("code"), &c.code, &mut extra);
            validate::plain_text([(at("name").as_str(), Some(c.name.as_str()))], &mut extra);
            if !codes.insert(c.code.clone()) {
                extra.push(FieldError::new(at("code"), "duplicate", format!("criterion '{}' is listed twice", c.code)));
            }
        }
        let quotas = input.quotas.unwrap_or_default();
        if let Err(crate::error::ApiError::Validation(errors)) = validate::check(&quotas, Vec::new()) {
            extra.extend(errors.into_iter().map(|e| FieldError { field: format!("quotas.{}", e.field), ..e }));
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        let data = EditionData {
            number: input.number.0,
            year: input.year.0,
            name: input.name,
            submission_opens_on: input.submission_opens_on,
            submission_closes_on: input.submission_closes_on,
            judging_starts_on: input.judging_starts_on,
            judging_ends_on: input.judging_ends_on,
            quotas: Quotas {
                first: quotas.first.0,
                second: quotas.second.0,
                third: quotas.third.0,
                consolation: quotas.consolation.0,
            },
        };
        let criteria = input
            .criteria
            .into_iter()
            .map(|c| CriterionData { code: c.code, name: c.name, weight: c.weight.0, max_score: c.max_score.0 })
            .collect();
        Ok((data, criteria))
    }
}

/// How many prizes of each rank an edition may give (each 0 to 1,000).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"first": 1, "second": 3, "third": 5, "consolation": 10}))]
pub struct PrizeQuotas {
    /// First prizes.
    #[validate(range(min = 0, max = 1000))]
    #[serde(default)]
    #[schema(value_type = i32, minimum = 0, maximum = 1000)]
    pub first: Int32,
    /// Second prizes.
    #[validate(range(min = 0, max = 1000))]
    #[serde(default)]
    #[schema(value_type = i32, minimum = 0, maximum = 1000)]
    pub second: Int32,
    /// Third prizes.
    #[validate(range(min = 0, max = 1000))]
    #[serde(default)]
    #[schema(value_type = i32, minimum = 0, maximum = 1000)]
    pub third: Int32,
    /// Consolation prizes.
    #[validate(range(min = 0, max = 1000))]
    #[serde(default)]
    #[schema(value_type = i32, minimum = 0, maximum = 1000)]
    pub consolation: Int32,
}

/// A judging criterion of an edition.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"code": "novelty", "name": "Tính mới, tính sáng tạo", "weight": 30, "max_score": 30}))]
pub struct Criterion {
    /// Code, unique in the edition: 2 to 64 lower-case letters, digits and `_`, starting with a letter.
    #[validate(length(min = 2, max = 64))]
    #[schema(min_length = 2, max_length = 64, pattern = "^[a-z][a-z0-9_]*$")]
    pub code: String,
    /// Name, 2 to 300 characters.
    #[validate(length(min = 2, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 300)]
    pub name: String,
    /// Weight, 1 to 1,000: a judge's score for an entry is Σ(weight × score / max_score).
    #[validate(range(min = 1, max = 1000))]
    #[schema(value_type = i32, minimum = 1, maximum = 1000)]
    pub weight: Int32,
    /// The highest score a judge may give, 1 to 1,000 (scores are whole numbers from 0).
    #[validate(range(min = 1, max = 1000))]
    #[schema(value_type = i32, minimum = 1, maximum = 1000)]
    pub max_score: Int32,
}

impl Criterion {
    pub fn from_row(row: &CriterionRow) -> Self {
        Criterion {
            code: row.code.clone(),
            name: row.name.clone(),
            weight: Int32(row.weight),
            max_score: Int32(row.max_score),
        }
    }

    pub fn from_data(d: CriterionData) -> Self {
        Criterion { code: d.code, name: d.name, weight: Int32(d.weight), max_score: Int32(d.max_score) }
    }
}
