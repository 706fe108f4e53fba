//! Request and response types of judging: assignments, scores, results, prizes and national
//! results.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::api::contest_entries::dto::EntryAuthor;
use crate::domain::codes::{EditionStatus, InternationalAward, Prize};
use crate::domain::json_int::{Int32, Int64};
use crate::domain::time::rfc3339;
use crate::domain::validate;
use crate::error::{ApiError, FieldError};
use crate::models::contest::CriterionRow;
use crate::models::judging::{AssignmentRow, InternationalAwardRow, NewInternationalAward, ScoreChange, Sheet};

/// A judge assigned to an entry.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"id": 7, "entry_id": 41, "user_id": 52, "person_id": 3120, "full_name": "Hà Văn Thẩm", "version": 1, "created_at": "2026-09-10T08:00:00Z"}))]
pub struct JudgeAssignment {
    /// Id of the assignment.
    pub id: i64,
    /// The entry.
    pub entry_id: i64,
    /// The judge's user account.
    pub user_id: i64,
    /// The judge's person.
    pub person_id: i64,
    /// The judge's name.
    pub full_name: String,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the judge was assigned.
    pub created_at: DateTime<Utc>,
}

impl From<AssignmentRow> for JudgeAssignment {
    fn from(row: AssignmentRow) -> Self {
        JudgeAssignment {
            id: row.id,
            entry_id: row.entry_id,
            user_id: row.user_id,
            person_id: row.person_id,
            full_name: row.full_name,
            version: row.version,
            created_at: rfc3339(row.created_at),
        }
    }
}

/// The judges of an entry.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct JudgeAssignmentList {
    /// The assignments, in the order they were made.
    pub items: Vec<JudgeAssignment>,
}

/// Assigns a judge.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"user_id": 52}))]
pub struct JudgeAssignmentInput {
    /// A user with the judge role, linked to a person.
    #[schema(value_type = i64)]
    pub user_id: Int64,
}

/// A judge's conflict of interest with an entry.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"note": "Tác giả là đồng nghiệp cùng phòng thí nghiệm"}))]
pub struct ConflictInput {
    /// What the conflict is, 2 to 2,000 characters.
    #[validate(length(min = 2, max = 2000), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 2000)]
    pub note: String,
}

impl ConflictInput {
    /// Checks the note; returns it trimmed.
    pub fn into_note(self) -> Result<String, ApiError> {
        let mut errors = validate::as_sent(&self);
        validate::plain_text([("note", Some(self.note.as_str()))], &mut errors);
        validate::check(&self, errors)?;
        Ok(self.note.trim().to_owned())
    }
}

/// One judge's scores on an entry.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ScoreSheet {
    /// The judge's user account.
    pub user_id: i64,
    /// The judge's name.
    pub judge_name: String,
    /// Scores by criterion code; a criterion not yet scored is absent.
    pub scores: BTreeMap<String, i32>,
    /// Every criterion is scored.
    pub complete: bool,
    /// Σ(weight × score / max_score) over the criteria, once complete (6 decimals).
    pub weighted: Option<f64>,
}

impl ScoreSheet {
    /// The sheet of one judge.
    pub fn new(user_id: i64, judge_name: String, criteria: &[CriterionRow], sheet: &Sheet) -> Self {
        let scores =
            criteria.iter().filter_map(|c| sheet.get(&c.id).map(|s| (c.code.clone(), *s))).collect::<BTreeMap<_, _>>();
        let weighted = crate::models::judging::weighted(criteria, sheet).map(|w| (w * 1e6).round() / 1e6);
        ScoreSheet { user_id, judge_name, complete: weighted.is_some(), scores, weighted }
    }
}

/// The score sheets of an entry a caller may see: staff every judge's; a judge only their
/// own until the results are published.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EntryScores {
    /// The entry.
    pub entry_id: i64,
    /// The sheets, in the order the judges were assigned.
    pub sheets: Vec<ScoreSheet>,
}

/// A judge's scores: criterion code → a whole number from 0 to the criterion's maximum, or
/// `null` to remove a score. Criteria left out keep their scores.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"scores": {"novelty": 24, "applicability": 16, "effectiveness": 8}}))]
pub struct ScoresInput {
    /// Scores by criterion code, at most 20.
    #[schema(value_type = BTreeMap<String, Option<i32>>)]
    pub scores: BTreeMap<String, Option<Int64>>,
}

impl ScoresInput {
    /// The changes, checked for size and range of number.
    pub fn into_changes(self) -> Result<Vec<(String, Option<i32>)>, ApiError> {
        let mut errors = Vec::new();
        if self.scores.len() > 20 {
            errors.push(FieldError::new("scores", "length", "at most 20 criteria"));
        }
        let mut changes = Vec::new();
        for (code, value) in self.scores {
            match value.map(|v| i32::try_from(v.0)) {
                Some(Err(_)) => errors.push(FieldError::new(format!("scores.{code}"), "range", "out of range")),
                Some(Ok(v)) => changes.push((code, Some(v))),
                None => changes.push((code, None)),
            }
        }
        if errors.is_empty() {
            Ok(changes)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// A change of a score.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ScoreChangeItem {
    /// The judge's user account.
    pub user_id: i64,
    /// The criterion's code.
    pub criterion: String,
    /// Before (`null`: not scored).
    pub old_score: Option<i32>,
    /// After (`null`: removed).
    pub new_score: Option<i32>,
    /// When.
    pub changed_at: DateTime<Utc>,
    /// Who made the change.
    pub actor: String,
}

impl ScoreChangeItem {
    /// The view of a change.
    pub fn new(change: ScoreChange, criteria: &[CriterionRow]) -> Self {
        let criterion = criteria
            .iter()
            .find(|c| c.id == change.criterion_id)
            .map_or_else(|| change.criterion_id.to_string(), |c| c.code.clone());
        ScoreChangeItem {
            user_id: change.user_id,
            criterion,
            old_score: change.old_score,
            new_score: change.new_score,
            changed_at: rfc3339(change.changed_at),
            actor: change.actor,
        }
    }
}

/// Every change of an entry's scores, oldest first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ScoreChangeList {
    /// The changes.
    pub items: Vec<ScoreChangeItem>,
}

/// An entry's place in the results.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ResultItem {
    /// The place: 1, 2, 3 …; `null` for an entry not (yet) fully scored.
    pub rank: Option<i32>,
    /// The entry.
    pub entry_id: i64,
    /// Its title.
    pub title: String,
    /// The association that submitted it.
    pub association_id: Option<i64>,
    /// Its authors (pupils under 18 named as the contest says).
    pub authors: Vec<EntryAuthor>,
    /// The mean over its judges of Σ(weight × score / max_score), 6 decimals.
    pub score: Option<f64>,
    /// Judges assigned (*staff view*, before publication).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judges: Option<i32>,
    /// Judges who scored every criterion (*staff view*, before publication).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judges_done: Option<i32>,
    /// The provincial prize.
    pub prize: Option<Prize>,
}

/// The ranking of an edition's eligible entries: live for staff while judging, as published
/// for everyone once the results are published. Ties are broken by the mean score on the
/// first criterion, then by submission order (the earlier entry first); every entry has its
/// own place.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ContestResults {
    /// The edition.
    pub edition_id: i64,
    /// Its status.
    pub status: EditionStatus,
    /// When the results were published.
    pub published_on: Option<NaiveDate>,
    /// Every eligible entry is fully judged (a judge, and every judge's every score).
    pub complete: bool,
    /// The entries, best first; unranked ones last.
    pub items: Vec<ResultItem>,
}

/// A prize given (or taken back) by hand.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"prize": "third"}))]
pub struct PrizeInput {
    /// The prize, or `null` for none.
    pub prize: Option<Prize>,
}

/// The date of publication (default today, in the union's time zone); not in the future.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"on": "2026-11-20"}))]
pub struct PublishInput {
    /// The date (default today).
    #[serde(default)]
    pub on: Option<NaiveDate>,
}

/// An award an entry won abroad, at an international contest or exhibition.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"id": 3, "entry_id": 41, "event": "Triển lãm quốc tế sáng chế dành cho thanh thiếu niên (IYIA)", "country": "In-đô-nê-xi-a", "year": 2018, "award": "silver_medal", "awarded_by": null, "note": null, "version": 1, "created_at": "2018-12-01T08:00:00Z"}))]
pub struct EntryInternationalAward {
    /// Id of the record.
    pub id: i64,
    /// The entry.
    pub entry_id: i64,
    /// The contest or exhibition.
    pub event: String,
    /// The country where it was held.
    pub country: Option<String>,
    /// The year it was held.
    pub year: i32,
    /// The award (code list `international_awards`).
    pub award: InternationalAward,
    /// Who gave it, when not the organisers (e.g. a delegation's special prize).
    pub awarded_by: Option<String>,
    /// A note.
    pub note: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
}

impl From<InternationalAwardRow> for EntryInternationalAward {
    fn from(row: InternationalAwardRow) -> Self {
        EntryInternationalAward {
            id: row.id,
            entry_id: row.entry_id,
            event: row.event,
            country: row.country,
            year: row.year,
            award: row.award,
            awarded_by: row.awarded_by,
            note: row.note,
            version: row.version,
            created_at: rfc3339(row.created_at),
        }
    }
}

/// The awards an entry won abroad.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EntryInternationalAwardList {
    /// The awards, in the order they were recorded.
    pub items: Vec<EntryInternationalAward>,
}

/// Records an award an entry won abroad.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"event": "Triển lãm quốc tế sáng chế dành cho thanh thiếu niên (IYIA)", "country": "In-đô-nê-xi-a", "year": 2018, "award": "special_prize", "awarded_by": "Đoàn Ma Cao"}))]
pub struct EntryInternationalAwardInput {
    /// The contest or exhibition, 2 to 300 characters.
    #[validate(length(min = 2, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 300)]
    pub event: String,
    /// The country where it was held, at most 100 characters.
    #[validate(length(max = 100))]
    #[serde(default)]
    #[schema(max_length = 100)]
    pub country: Option<String>,
    /// The year it was held: not before the edition's, not after this one.
    #[schema(value_type = i32, minimum = 1900, maximum = 2100)]
    pub year: Int32,
    /// The award.
    pub award: InternationalAward,
    /// Who gave it, when not the organisers, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub awarded_by: Option<String>,
    /// A note, at most 2,000 characters.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

impl EntryInternationalAwardInput {
    /// Checks the record.
    pub fn into_new(self, this_year: i32) -> Result<NewInternationalAward, ApiError> {
        let mut errors = validate::as_sent(&self);
        validate::plain_text(
            [
                ("event", Some(self.event.as_str())),
                ("country", self.country.as_deref()),
                ("awarded_by", self.awarded_by.as_deref()),
                ("note", self.note.as_deref()),
            ],
            &mut errors,
        );
        let year = self.year.0;
        if !(1900..=2100).contains(&year) {
            errors.push(FieldError::new("year", "range", "must be between 1900 and 2100"));
        } else if year > this_year {
            errors.push(FieldError::new("year", "range", "must not be in the future"));
        }
        validate::check(&self, errors)?;
        Ok(NewInternationalAward {
            event: self.event.trim().to_owned(),
            country: validate::clean(self.country),
            year,
            award: self.award,
            awarded_by: validate::clean(self.awarded_by),
            note: validate::clean(self.note),
        })
    }
}
