//! Request and response types of contests and their editions.

pub use crate::usecases::contests::Criterion;
pub use crate::usecases::contests::EditionInput;
pub use crate::usecases::contests::PrizeQuotas;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::domain::codes::{ContestKind, EditionStatus, MinorNames};
use crate::domain::json_int::Int32;
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::domain::validate::{self, clean};
use crate::error::{ApiError, FieldError};
use crate::models::contest::{ContestData, ContestRow, CriterionData, CriterionRow, EditionData, EditionRow, Quotas};

/// A contest, run in editions.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 1, "code": "technical_innovation", "name_vi": "Hội thi Sáng tạo kỹ thuật",
    "name_en": "Technical Innovation Contest", "kind": "technical_innovation", "description": null,
    "minor_names": "full_name", "version": 1, "created_at": "2026-11-28T00:00:00Z", "updated_at": "2026-11-28T00:00:00Z"
}))]
pub struct Contest {
    /// Id.
    pub id: i64,
    /// Stable code.
    pub code: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// What kind of contest: its entries' authors follow the kind's rules.
    pub kind: ContestKind,
    /// Description.
    pub description: Option<String>,
    /// How published results name pupils under 18 (`full_name` or `initials`).
    pub minor_names: MinorNames,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl Contest {
    /// The view of a stored row.
    pub fn from_row(row: ContestRow) -> Result<Self, ApiError> {
        let data = row.data();
        Ok(Contest {
            id: row.id,
            code: row.code,
            name_vi: row.name_vi,
            name_en: row.name_en,
            kind: data.kind,
            description: row.description,
            minor_names: data.minor_names,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Every contest.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ContestList {
    /// The contests, by id.
    pub items: Vec<Contest>,
}

/// A new contest.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"code": "digital_transformation", "name_vi": "Cuộc thi Ý tưởng chuyển đổi số", "name_en": "Digital Transformation Ideas Contest", "kind": "other"}))]
pub struct ContestInput {
    /// Code: 2 to 64 lower-case letters, digits and `_`, starting with a letter; unique.
    #[validate(length(min = 2, max = 64))]
    #[schema(min_length = 2, max_length = 64, pattern = "^[a-z][a-z0-9_]*$")]
    pub code: String,
    /// Vietnamese name, 2 to 300 characters.
    #[validate(length(min = 2, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 300)]
    pub name_vi: String,
    /// English name, 2 to 300 characters.
    #[validate(length(min = 2, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 300)]
    pub name_en: String,
    /// Kind.
    pub kind: ContestKind,
    /// Description, at most 5,000 characters.
    #[validate(length(max = 5000))]
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub description: Option<String>,
    /// How published results name pupils under 18 (default `full_name`).
    #[serde(default)]
    pub minor_names: Option<MinorNames>,
}

impl ContestInput {
    /// Checks every rule and returns the content.
    pub fn into_data(self) -> Result<ContestData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.name_vi = crate::domain::vn::normalize_name(&input.name_vi);
        input.name_en = crate::domain::vn::normalize_name(&input.name_en);
        input.description = clean(input.description);
        let mut extra: Vec<FieldError> = Vec::new();
        validate::code_format("code", &input.code, &mut extra);
        validate::plain_text(
            [
                ("name_vi", Some(input.name_vi.as_str())),
                ("name_en", Some(input.name_en.as_str())),
                ("description", input.description.as_deref()),
            ],
            &mut extra,
        );
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(ContestData {
            code: input.code,
            name_vi: input.name_vi,
            name_en: input.name_en,
            kind: input.kind,
            description: input.description,
            minor_names: input.minor_names.unwrap_or(MinorNames::FullName),
        })
    }
}

/// Changes to a contest as a JSON Merge Patch: left out stays; only `description` can be
/// cleared; the code never changes.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"minor_names": "initials"}))]
pub struct ContestPatch {
    /// Vietnamese name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub name_vi: Patch<String>,
    /// English name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub name_en: Patch<String>,
    /// Kind.
    #[serde(default)]
    #[schema(value_type = ContestKind)]
    pub kind: Patch<ContestKind>,
    /// Description.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub description: Patch<String>,
    /// How published results name pupils under 18.
    #[serde(default)]
    #[schema(value_type = MinorNames)]
    pub minor_names: Patch<MinorNames>,
}

impl ContestPatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, current: ContestData) -> Result<ContestInput, ApiError> {
        let mut input = ContestInput {
            code: current.code,
            name_vi: current.name_vi,
            name_en: current.name_en,
            kind: current.kind,
            description: current.description,
            minor_names: Some(current.minor_names),
        };
        let mut minor_names = current.minor_names;
        let mut errors = Vec::new();
        for result in [
            self.name_vi.apply_required(&mut input.name_vi, "name_vi"),
            self.name_en.apply_required(&mut input.name_en, "name_en"),
            self.kind.apply_required(&mut input.kind, "kind"),
            self.minor_names.apply_required(&mut minor_names, "minor_names"),
        ] {
            if let Err(e) = result {
                errors.push(e);
            }
        }
        input.minor_names = Some(minor_names);
        self.description.apply_to(&mut input.description);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

impl From<Quotas> for PrizeQuotas {
    fn from(q: Quotas) -> Self {
        PrizeQuotas {
            first: Int32(q.first),
            second: Int32(q.second),
            third: Int32(q.third),
            consolation: Int32(q.consolation),
        }
    }
}

/// An edition of a contest (kỳ thi, lần thứ …).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 5, "contest_id": 1, "number": 5, "year": 2026, "name": "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ V",
    "submission_opens_on": "2026-03-01", "submission_closes_on": "2026-08-31", "judging_starts_on": "2026-09-15",
    "judging_ends_on": "2026-10-15", "status": "open",
    "criteria": [{"code": "novelty", "name": "Tính mới, tính sáng tạo", "weight": 30, "max_score": 30}],
    "quotas": {"first": 1, "second": 3, "third": 5, "consolation": 10}, "opened_on": "2026-03-01", "judging_started_on": null, "published_on": null, "closed_on": null, "version": 2,
    "created_at": "2026-02-01T08:00:00Z", "updated_at": "2026-03-01T08:00:00Z"
}))]
pub struct Edition {
    /// Id.
    pub id: i64,
    /// The contest.
    pub contest_id: i64,
    /// Edition number (lần thứ), unique in the contest.
    pub number: i32,
    /// Year.
    pub year: i32,
    /// Name.
    pub name: Option<String>,
    /// When submissions open (informative: the status decides).
    pub submission_opens_on: Option<NaiveDate>,
    /// When submissions close (informative).
    pub submission_closes_on: Option<NaiveDate>,
    /// When judging starts (informative).
    pub judging_starts_on: Option<NaiveDate>,
    /// When judging ends (informative).
    pub judging_ends_on: Option<NaiveDate>,
    /// Where it stands; changed only by the lifecycle operations.
    pub status: EditionStatus,
    /// The judging criteria, in order.
    pub criteria: Vec<Criterion>,
    /// Prize quotas.
    pub quotas: PrizeQuotas,
    /// When it opened for entries, as recorded with `open` (`null`: not yet, or before these
    /// dates were kept). Each step's date is the day it happened, never before an earlier
    /// step's; the audit log keeps when it was entered.
    pub opened_on: Option<NaiveDate>,
    /// When judging started, as recorded with `start-judging`.
    pub judging_started_on: Option<NaiveDate>,
    /// When the results were published.
    pub published_on: Option<NaiveDate>,
    /// When it closed, as recorded with `close`.
    pub closed_on: Option<NaiveDate>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl Edition {
    /// The view of a stored row with its criteria.
    pub fn from_row(row: EditionRow, criteria: &[CriterionRow]) -> Result<Self, ApiError> {
        let status = row.status;
        let quotas = row.data().quotas.into();
        Ok(Edition {
            id: row.id,
            contest_id: row.contest_id,
            number: row.number,
            year: row.year,
            name: row.name,
            submission_opens_on: row.submission_opens_on,
            submission_closes_on: row.submission_closes_on,
            judging_starts_on: row.judging_starts_on,
            judging_ends_on: row.judging_ends_on,
            status,
            criteria: criteria.iter().map(Criterion::from_row).collect(),
            quotas,
            opened_on: row.opened_on,
            judging_started_on: row.judging_started_on,
            published_on: row.published_on,
            closed_on: row.closed_on,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// The editions of a contest, newest first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EditionList {
    /// The editions.
    pub items: Vec<Edition>,
}

/// Query parameters of the edition list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EditionListQuery {
    /// Only this status.
    #[param(inline)]
    pub status: Option<EditionStatus>,
}

/// Changes to an edition as a JSON Merge Patch: left out stays, `null` clears; `number`,
/// `year`, `criteria` and `quotas` cannot be cleared. `criteria` (the whole list) changes only
/// while the edition is a draft, `quotas` until results are published.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"submission_closes_on": "2026-09-15", "quotas": {"first": 1, "second": 2, "third": 4, "consolation": 12}}))]
pub struct EditionPatch {
    /// Edition number.
    #[serde(default)]
    #[schema(value_type = i32)]
    pub number: Patch<Int32>,
    /// Year.
    #[serde(default)]
    #[schema(value_type = i32)]
    pub year: Patch<Int32>,
    /// Name.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub name: Patch<String>,
    /// When submissions open.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub submission_opens_on: Patch<NaiveDate>,
    /// When submissions close.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub submission_closes_on: Patch<NaiveDate>,
    /// When judging starts.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub judging_starts_on: Patch<NaiveDate>,
    /// When judging ends.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub judging_ends_on: Patch<NaiveDate>,
    /// The whole list of criteria.
    #[serde(default)]
    #[schema(value_type = Vec<Criterion>)]
    pub criteria: Patch<Vec<Criterion>>,
    /// Prize quotas (the whole object).
    #[serde(default)]
    #[schema(value_type = PrizeQuotas)]
    pub quotas: Patch<PrizeQuotas>,
}

impl EditionPatch {
    /// Applies the patch to the current content, as a complete input to validate again;
    /// whether the criteria were sent.
    pub fn apply(self, d: EditionData, criteria: Vec<CriterionData>) -> Result<(EditionInput, bool), ApiError> {
        let criteria_sent = !matches!(self.criteria, Patch::Absent);
        let mut input = EditionInput {
            number: Int32(d.number),
            year: Int32(d.year),
            name: d.name,
            submission_opens_on: d.submission_opens_on,
            submission_closes_on: d.submission_closes_on,
            judging_starts_on: d.judging_starts_on,
            judging_ends_on: d.judging_ends_on,
            criteria: criteria.into_iter().map(Criterion::from_data).collect(),
            quotas: Some(d.quotas.into()),
        };
        let mut quotas = PrizeQuotas::from(d.quotas);
        let mut errors = Vec::new();
        for result in [
            self.number.apply_required(&mut input.number, "number"),
            self.year.apply_required(&mut input.year, "year"),
            self.criteria.apply_required(&mut input.criteria, "criteria"),
            self.quotas.apply_required(&mut quotas, "quotas"),
        ] {
            if let Err(e) = result {
                errors.push(e);
            }
        }
        input.quotas = Some(quotas);
        self.name.apply_to(&mut input.name);
        self.submission_opens_on.apply_to(&mut input.submission_opens_on);
        self.submission_closes_on.apply_to(&mut input.submission_closes_on);
        self.judging_starts_on.apply_to(&mut input.judging_starts_on);
        self.judging_ends_on.apply_to(&mut input.judging_ends_on);
        if errors.is_empty() {
            Ok((input, criteria_sent))
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// The day an edition's step happened (default today, in the union's time zone): not in the
/// future, not before an earlier step of the edition.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"on": "2019-05-10"}))]
pub struct EditionStepInput {
    /// The date (default today).
    #[serde(default)]
    pub on: Option<NaiveDate>,
}
