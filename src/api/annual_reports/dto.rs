//! Request and response types of annual reports.

pub use crate::usecases::annual_reports::{AnnualReportInput, MAX_FIGURE};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::statistics::FigureSource;
use crate::domain::time::rfc3339;
use crate::models::annual_report::AnnualReportRow;

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
