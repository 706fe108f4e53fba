//! The input of the contest entries use cases and its rules, shared by the API, the
//! demo data and the command line.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::{AuthorRole, CodeList, Prize};
use crate::domain::json_int::{Int32, Int64};
use crate::domain::validate::{self, clean};
use crate::error::{ApiError, FieldError};
use crate::models::contest_entry::{Attachment, AuthorData, EntryData};

/// One entry of a past edition to import, with its final result.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "title": "Máy gieo hạt ngô cải tiến", "field": "Nông nghiệp", "association_id": 3,
    "authors": ["Lò Văn Pha", "Cầm Văn Hội"], "prize": "first", "rank": 1, "final_score": 86.5,
    "national_prize": "third", "labour_creativity_certificate": true
}))]
pub struct EntryImportRecord {
    /// Title.
    pub title: String,
    /// Field.
    #[serde(default)]
    pub field: Option<String>,
    /// Summary.
    #[serde(default)]
    pub summary: Option<String>,
    /// The association that submitted it.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Option<Int64>,
    /// The authors' names, in order (`;` between them in CSV): authors in the technical
    /// innovation contest, pupils in the youth creativity contest.
    pub authors: Vec<String>,
    /// The pupils' school (youth creativity contest).
    #[serde(default)]
    pub school: Option<String>,
    /// The provincial prize: a code or its name (`Giải Nhất`).
    #[serde(default)]
    pub prize: Option<String>,
    /// The rank, 1 to 100,000.
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 100000)]
    pub rank: Option<Int32>,
    /// The score, 0 to 1,000,000.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1000000)]
    pub final_score: Option<f64>,
    /// The national prize: a code or its name; only with a provincial prize.
    #[serde(default)]
    pub national_prize: Option<String>,
    /// A Labour Creativity Certificate came with it; only with a provincial prize.
    #[serde(default)]
    pub labour_creativity_certificate: Option<bool>,
    /// Applied in practice.
    #[serde(default)]
    pub applied: Option<bool>,
    /// Commercialised.
    #[serde(default)]
    pub commercialised: Option<bool>,
}

impl EntryImportRecord {
    /// Checks the record as an entry of a contest of `kind`, with its result.
    pub fn into_imported(
        self,
        kind: crate::domain::codes::ContestKind,
        today: NaiveDate,
    ) -> Result<crate::models::contest_entry::Imported, ApiError> {
        use crate::domain::codes::{code_from_label, ContestKind};
        let role = if kind == ContestKind::YouthCreativity { AuthorRole::Pupil } else { AuthorRole::Author };
        let input = EntryInput {
            title: self.title,
            field: self.field,
            summary: self.summary,
            association_id: self.association_id,
            authors: self
                .authors
                .into_iter()
                .map(|name| EntryAuthorInput {
                    role,
                    person_id: None,
                    full_name: Some(name),
                    workplace: None,
                    school: self.school.clone(),
                    grade: None,
                    birth_date: None,
                })
                .collect(),
            attachments: Vec::new(),
        };
        let (data, mut errors) = match input.checked(today, false) {
            Ok(data) => (Some(data), Vec::new()),
            Err(ApiError::Validation(e)) => (None, e),
            Err(other) => return Err(other),
        };
        let mut prize_of = |field: &str, text: Option<String>| match text {
            None => None,
            Some(t) => match code_from_label::<Prize>(&t).and_then(Prize::from_code) {
                Some(p) => Some(p),
                None => {
                    errors.push(FieldError::new(
                        field,
                        "unknown",
                        format!("'{t}' is not a prize (first, second, third, consolation)"),
                    ));
                    None
                }
            },
        };
        let prize = prize_of("prize", self.prize);
        let national_prize = prize_of("national_prize", self.national_prize);
        let certificate = self.labour_creativity_certificate.unwrap_or(false);
        if prize.is_none() && (national_prize.is_some() || certificate) {
            errors.push(FieldError::new(
                "national_prize",
                "not_allowed",
                "only a provincial winner goes on to the national contest",
            ));
        }
        if self.rank.is_some_and(|r| !(1..=100_000).contains(&r.0)) {
            errors.push(FieldError::new("rank", "range", "must be between 1 and 100000"));
        }
        if self.final_score.is_some_and(|s| !(0.0..=1_000_000.0).contains(&s)) {
            errors.push(FieldError::new("final_score", "range", "must be between 0 and 1000000"));
        }
        if !errors.is_empty() {
            errors.sort_by(|a, b| (&a.field, &a.code).cmp(&(&b.field, &b.code)));
            return Err(ApiError::Validation(errors));
        }
        let Some(data) = data else { return Err(ApiError::Validation(errors)) };
        Ok(crate::models::contest_entry::Imported {
            data,
            prize,
            rank: self.rank.map(|r| r.0),
            final_score: self.final_score,
            national_prize,
            labour_creativity_certificate: certificate,
            applied: self.applied.unwrap_or(false),
            commercialised: self.commercialised.unwrap_or(false),
        })
    }
}

/// A contest entry as submitted.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "title": "Máy sấy cà phê bằng năng lượng mặt trời", "field": "Nông nghiệp", "association_id": 3,
    "summary": "Giải pháp sấy cà phê quy mô hộ gia đình ...",
    "authors": [{"role": "author", "full_name": "Lò Văn Pha", "workplace": "HTX Chiềng Ban"}],
    "attachments": [{"url": "https://drive.example.vn/ho-so/may-say.pdf", "title": "Thuyết minh giải pháp", "media_type": "application/pdf"}]
}))]
pub struct EntryInput {
    /// Title, 2 to 500 characters.
    #[validate(length(min = 2, max = 500), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 500)]
    pub title: String,
    /// Field, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub field: Option<String>,
    /// Summary, at most 10,000 characters.
    #[validate(length(max = 10000))]
    #[serde(default)]
    #[schema(max_length = 10000)]
    pub summary: Option<String>,
    /// The association that submits it: required for an association manager (one of theirs).
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Option<Int64>,
    /// The authors, in order: 1 to 20.
    #[validate(length(min = 1, max = 20))]
    #[schema(min_items = 1, max_items = 20)]
    pub authors: Vec<EntryAuthorInput>,
    /// Links to the entry's documents, at most 20.
    #[validate(length(max = 20))]
    #[serde(default)]
    #[schema(max_items = 20)]
    pub attachments: Vec<EntryAttachment>,
}

impl EntryInput {
    /// Checks every rule that needs no database and returns the content.
    pub fn into_data(self, today: NaiveDate) -> Result<EntryData, ApiError> {
        self.checked(today, true)
    }

    /// Like [`Self::into_data`]; `author_rules: false` leaves out the rules of what a pupil's
    /// record holds (school, grade), which a past edition's records rarely have.
    fn checked(self, today: NaiveDate, author_rules: bool) -> Result<EntryData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.title = crate::domain::vn::normalize_name(&input.title);
        input.field = clean(input.field);
        input.summary = clean(input.summary);
        let mut extra: Vec<FieldError> = Vec::new();
        validate::plain_text(
            [
                ("title", Some(input.title.as_str())),
                ("field", input.field.as_deref()),
                ("summary", input.summary.as_deref()),
            ],
            &mut extra,
        );
        let mut authors = Vec::new();
        for (i, a) in input.authors.iter().enumerate() {
            if let Err(ApiError::Validation(errors)) = validate::check(a, Vec::new()) {
                extra.extend(at_index("authors", i, errors));
            }
            let name = a.full_name.as_deref().map(crate::domain::vn::normalize_name).filter(|n| !n.is_empty());
            let at = |f: &str| format!("authors[{i}].{f}");
            if name.is_none() && a.person_id.is_none() {
                extra.push(FieldError::new(at("full_name"), "required", "give the name or a person_id"));
            }
            validate::plain_text(
                [
                    (at("full_name").as_str(), a.full_name.as_deref()),
                    (at("workplace").as_str(), a.workplace.as_deref()),
                    (at("school").as_str(), a.school.as_deref()),
                ],
                &mut extra,
            );
            validate::not_future(&at("birth_date"), a.birth_date, today, &mut extra);
            authors.push(AuthorData {
                role: a.role,
                person_id: a.person_id.map(|p| p.0),
                full_name: name.unwrap_or_default(),
                workplace: clean(a.workplace.clone()),
                school: clean(a.school.clone()),
                grade: a.grade.map(|g| g.0),
                birth_date: a.birth_date,
            });
        }
        if author_rules {
            extra.extend(crate::models::contest_entry::author_rules(&authors));
        }
        let mut attachments = Vec::new();
        for (i, a) in input.attachments.iter().enumerate() {
            if let Err(ApiError::Validation(errors)) = validate::check(a, Vec::new()) {
                extra.extend(at_index("attachments", i, errors));
            }
            let at = |f: &str| format!("attachments[{i}].{f}");
            validate::plain_text(
                [(at("title").as_str(), Some(a.title.as_str())), (at("media_type").as_str(), a.media_type.as_deref())],
                &mut extra,
            );
            attachments.push(Attachment {
                url: a.url.trim().to_owned(),
                title: a.title.trim().to_owned(),
                media_type: clean(a.media_type.clone()),
                size_bytes: a.size_bytes.map(|s| s.0),
            });
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(EntryData {
            title: input.title,
            field: input.field,
            summary: input.summary,
            association_id: input.association_id.map(|a| a.0),
            attachments,
            authors,
        })
    }
}

/// A person named on an entry: a known person by `person_id` (name and workplace are taken
/// from the registry unless given), or anyone by name.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"role": "pupil", "full_name": "Cầm Thị Hoa", "school": "Trường THPT Chuyên Sơn La", "grade": 11, "birth_date": "2010-05-04"}))]
pub struct EntryAuthorInput {
    /// Role: `author` in the technical innovation contest; `pupil` (at least one) and
    /// `supervisor` in the youth creativity contest.
    pub role: AuthorRole,
    /// A person in the registry (for an association manager, a member of one of its
    /// associations).
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Option<Int64>,
    /// Name, 2 to 200 characters; required without `person_id`.
    #[validate(length(min = 2, max = 200))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 200)]
    pub full_name: Option<String>,
    /// Workplace, at most 300 characters.
    #[validate(length(max = 300))]
    #[serde(default)]
    #[schema(max_length = 300)]
    pub workplace: Option<String>,
    /// School, at most 300 characters; required for a pupil.
    #[validate(length(max = 300))]
    #[serde(default)]
    #[schema(max_length = 300)]
    pub school: Option<String>,
    /// Grade, 1 to 12; required for a pupil, only for a pupil.
    #[validate(range(min = 1, max = 12))]
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 1, maximum = 12)]
    pub grade: Option<Int32>,
    /// Birth date; not in the future. Decides whether a pupil is under 18 (a pupil without
    /// one counts as under 18).
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
}

/// A link attached to an entry, with what it is.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"url": "https://drive.example.vn/ho-so/may-say-ca-phe.pdf", "title": "Thuyết minh giải pháp", "media_type": "application/pdf", "size_bytes": 1843200}))]
pub struct EntryAttachment {
    /// An absolute http or https URL, at most 300 characters.
    #[validate(length(max = 300), custom(function = "validate::http_url"))]
    #[schema(pattern = r"^https?://[^\s/?#\[\]@\\]+", max_length = 300)]
    pub url: String,
    /// What it is, 1 to 300 characters.
    #[validate(length(min = 1, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 1, max_length = 300)]
    pub title: String,
    /// Media type, e.g. `application/pdf`, at most 100 characters.
    #[validate(length(max = 100))]
    #[serde(default)]
    #[schema(max_length = 100)]
    pub media_type: Option<String>,
    /// Size in bytes, 0 to 10,000,000,000,000.
    #[validate(range(min = 0_i64, max = 10_000_000_000_000_i64))]
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 10_000_000_000_000_i64)]
    pub size_bytes: Option<Int64>,
}

fn at_index(prefix: &str, i: usize, errors: Vec<FieldError>) -> impl Iterator<Item = FieldError> + '_ {
    errors.into_iter().map(move |e| FieldError { field: format!("{prefix}[{i}].{}", e.field), ..e })
}
