//! Request and response types of an association's national standing.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::NationalRanking;
use crate::domain::json_int::Int64;
use crate::domain::time::rfc3339;
use crate::domain::validate::{self, clean};
use crate::error::{ApiError, FieldError};
use crate::models::national_standing::{StandingData, StandingRow};

/// The largest count a record may give.
const MAX_COUNT: i64 = 100_000;

/// An association's standing in its national sector for a year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "association_id": 3, "year": 2019, "national_association": "Hội Khuyến học Việt Nam", "ranking": "leading",
    "national_congress_delegates": 1, "fatherland_front_members": 2,
    "source": "Thông báo số 12/TB-HKHVN ngày 20/12/2019", "note": null,
    "version": 1, "created_at": "2020-01-10T08:00:00Z", "updated_at": "2020-01-10T08:00:00Z"
}))]
pub struct NationalStanding {
    /// The association.
    pub association_id: i64,
    /// The year.
    pub year: i32,
    /// The national association (hội ngành toàn quốc) it is affiliated with.
    pub national_association: Option<String>,
    /// How that national association ranks it within the sector (code list `national_rankings`).
    pub ranking: Option<NationalRanking>,
    /// Its delegates to national congresses that year (of its national association, of the
    /// Vietnam Fatherland Front).
    pub national_congress_delegates: Option<i64>,
    /// Its experts on the provincial Fatherland Front committee that year.
    pub fatherland_front_members: Option<i64>,
    /// The document it comes from (e.g. the national association's notice).
    pub source: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl From<StandingRow> for NationalStanding {
    fn from(row: StandingRow) -> Self {
        NationalStanding {
            association_id: row.association_id,
            year: row.year,
            national_association: row.national_association,
            ranking: row.ranking,
            national_congress_delegates: row.national_congress_delegates,
            fatherland_front_members: row.fatherland_front_members,
            source: row.source,
            note: row.note,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        }
    }
}

/// An association's national standing, year by year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct NationalStandingList {
    /// The records, newest year first.
    pub items: Vec<NationalStanding>,
}

/// The national standing of a year; a `PUT` replaces all of it. At least one of
/// `national_association`, `ranking` and the two counts.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"national_association": "Hội Khuyến học Việt Nam", "ranking": "leading", "national_congress_delegates": 1, "fatherland_front_members": 2, "source": "Thông báo số 12/TB-HKHVN ngày 20/12/2019"}))]
pub struct NationalStandingInput {
    /// The national association it is affiliated with, 2 to 300 characters.
    #[validate(length(min = 2, max = 300))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 300)]
    pub national_association: Option<String>,
    /// How the national association ranks it.
    #[serde(default)]
    pub ranking: Option<NationalRanking>,
    /// Its delegates to national congresses that year, 0 to 100,000.
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 100_000)]
    pub national_congress_delegates: Option<Int64>,
    /// Its experts on the provincial Fatherland Front committee that year, 0 to 100,000.
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 100_000)]
    pub fatherland_front_members: Option<Int64>,
    /// The document it comes from, at most 500 characters.
    #[validate(length(max = 500))]
    #[serde(default)]
    #[schema(max_length = 500)]
    pub source: Option<String>,
    /// Note, at most 2,000 characters.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

impl NationalStandingInput {
    /// Checks every rule and returns the content.
    pub fn into_data(self) -> Result<StandingData, ApiError> {
        let mut errors = validate::as_sent(&self);
        validate::plain_text(
            [
                ("national_association", self.national_association.as_deref()),
                ("source", self.source.as_deref()),
                ("note", self.note.as_deref()),
            ],
            &mut errors,
        );
        let counts = [
            ("national_congress_delegates", self.national_congress_delegates.map(|n| n.0)),
            ("fatherland_front_members", self.fatherland_front_members.map(|n| n.0)),
        ];
        for (field, value) in counts {
            if value.is_some_and(|n| !(0..=MAX_COUNT).contains(&n)) {
                errors.push(FieldError::new(field, "range", "must be between 0 and 100000"));
            }
        }
        let national_association = clean(self.national_association.clone());
        if national_association.is_none() && self.ranking.is_none() && counts.iter().all(|(_, v)| v.is_none()) {
            errors.push(FieldError::new(
                "ranking",
                "required",
                "a record gives the affiliation, the ranking or a count",
            ));
        }
        validate::check(&self, errors)?;
        Ok(StandingData {
            national_association,
            ranking: self.ranking,
            national_congress_delegates: counts[0].1,
            fatherland_front_members: counts[1].1,
            source: clean(self.source),
            note: clean(self.note),
        })
    }
}
