//! The input of the annual reports use cases and its rules, shared by the API, the
//! demo data and the command line.

use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::json_int::Int64;
use crate::domain::validate::{self, clean};
use crate::error::{ApiError, FieldError};
use crate::models::annual_report::AnnualReportData;

/// The largest figure a report may give.
pub const MAX_FIGURE: i64 = 100_000_000;

/// The content of an annual report; a `PUT` replaces all of it. At least one figure.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"members": 1480, "intellectual_members": 310, "branches": 12, "activities": 9, "document": "Báo cáo tổng kết năm 2024 số 15/BC-HYH"}))]
pub struct AnnualReportInput {
    /// Members at the end of the year, 0 to 100,000,000.
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 100_000_000)]
    pub members: Option<Int64>,
    /// Members who are S&T intellectuals, 0 to 100,000,000 and not more than `members`.
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 100_000_000)]
    pub intellectual_members: Option<Int64>,
    /// Branches, 0 to 100,000,000.
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 100_000_000)]
    pub branches: Option<Int64>,
    /// Activities held in the year, 0 to 100,000,000.
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 100_000_000)]
    pub activities: Option<Int64>,
    /// The document the figures come from, at most 500 characters.
    #[validate(length(max = 500))]
    #[serde(default)]
    #[schema(max_length = 500)]
    pub document: Option<String>,
    /// Note, at most 2,000 characters.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

impl AnnualReportInput {
    /// Checks every rule and returns the content.
    pub fn into_data(self) -> Result<AnnualReportData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.document = clean(input.document);
        input.note = clean(input.note);
        let mut extra: Vec<FieldError> = Vec::new();
        validate::plain_text([("document", input.document.as_deref()), ("note", input.note.as_deref())], &mut extra);
        let figures = [
            ("members", input.members.map(|n| n.0)),
            ("intellectual_members", input.intellectual_members.map(|n| n.0)),
            ("branches", input.branches.map(|n| n.0)),
            ("activities", input.activities.map(|n| n.0)),
        ];
        for (field, value) in figures {
            if value.is_some_and(|n| !(0..=MAX_FIGURE).contains(&n)) {
                extra.push(FieldError::new(field, "range", "must be between 0 and 100000000"));
            }
        }
        if figures.iter().all(|(_, v)| v.is_none()) {
            extra.push(FieldError::new("members", "required", "a report gives at least one figure"));
        }
        if let (Some(members), Some(intellectual)) = (figures[0].1, figures[1].1) {
            if intellectual > members {
                extra.push(FieldError::new("intellectual_members", "range", "must not be more than members"));
            }
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(AnnualReportData {
            members: figures[0].1,
            intellectual_members: figures[1].1,
            branches: figures[2].1,
            activities: figures[3].1,
            document: input.document,
            note: input.note,
        })
    }
}
