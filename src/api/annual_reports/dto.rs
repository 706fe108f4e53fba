//! Request and response types of annual reports.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::json_int::Int64;
use crate::domain::statistics::FigureSource;
use crate::domain::time::rfc3339;
use crate::domain::validate::{self, clean};
use crate::error::{ApiError, FieldError};
use crate::models::annual_report::{AnnualReportData, AnnualReportRow};

/// The largest figure a report may give.
const MAX_FIGURE: i64 = 100_000_000;

/// A member figure of a year: what the report says, and the figure that stands for the year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MemberFigure {
    /// What the report says (`null`: not reported).
    pub reported: Option<i64>,
    /// The figure the statistics use for the year: the roster's members at the end of the
    /// year where the association kept its roster here that year (first synced that year or
    /// before), else the reported one.
    pub value: Option<i64>,
    /// Where `value` comes from; `null` when there is none.
    pub source: Option<FigureSource>,
}

/// An annual report as the API shows it.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "association_id": 3, "year": 2024,
    "members": {"reported": 1480, "value": 1480, "source": "annual_report"},
    "intellectual_members": {"reported": 310, "value": 310, "source": "annual_report"},
    "branches": 12, "activities": 9, "document": "Báo cáo tổng kết năm 2024 số 15/BC-HYH", "note": null,
    "version": 1, "created_at": "2025-01-10T08:00:00Z", "updated_at": "2025-01-10T08:00:00Z"
}))]
pub struct AnnualReport {
    /// The association.
    pub association_id: i64,
    /// The year reported on.
    pub year: i32,
    /// Members at the end of the year.
    pub members: MemberFigure,
    /// Members who are S&T intellectuals (bachelor or higher).
    pub intellectual_members: MemberFigure,
    /// Branches (chi hội, cơ sở hội) the report gives.
    pub branches: Option<i64>,
    /// Activities held in the year, as the report gives them.
    pub activities: Option<i64>,
    /// The document the figures come from (e.g. the report's number).
    pub document: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the report was recorded.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl AnnualReport {
    /// The view of a stored report; `roster` is the roster's (members, intellectuals) at the
    /// end of the year when the roster stands for the year.
    pub fn from_row(row: AnnualReportRow, roster: Option<(i64, i64)>) -> Self {
        let figure = |reported: Option<i64>, counted: Option<i64>| match counted {
            Some(value) => MemberFigure { reported, value: Some(value), source: Some(FigureSource::Roster) },
            None => MemberFigure { reported, value: reported, source: reported.map(|_| FigureSource::AnnualReport) },
        };
        AnnualReport {
            association_id: row.association_id,
            year: row.year,
            members: figure(row.members, roster.map(|r| r.0)),
            intellectual_members: figure(row.intellectual_members, roster.map(|r| r.1)),
            branches: row.branches,
            activities: row.activities,
            document: row.document,
            note: row.note,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        }
    }
}

/// An association's annual reports.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AnnualReportList {
    /// The reports, newest year first.
    pub items: Vec<AnnualReport>,
}

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
