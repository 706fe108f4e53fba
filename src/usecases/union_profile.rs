//! The input of the union's own records and their rules: the profile, a congress term, a
//! year's staff, a department or centre.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::{EducationLevel, UnionUnitKind};
use crate::domain::json_int::Int32;
use crate::domain::validate::{self, clean};
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::union_profile::{CommitteeMember, ProfileData, ProvinceData, StaffData, TermData, UnitData};

/// The union's profile, complete (a `PATCH` is applied to the current one and checked as this).
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ProfileInput {
    /// Full name, 2 to 300 characters.
    #[validate(length(min = 2, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 300)]
    pub name: String,
    /// Short name, at most 100 characters.
    #[validate(length(max = 100))]
    #[serde(default)]
    #[schema(max_length = 100)]
    pub short_name: Option<String>,
    /// Founding date; not in the future.
    #[serde(default)]
    pub founded_on: Option<NaiveDate>,
    /// The founding decision (number, date, issuer), at most 300 characters.
    #[validate(length(max = 300))]
    #[serde(default)]
    #[schema(max_length = 300)]
    pub founding_decision: Option<String>,
    /// Postal address, at most 300 characters.
    #[validate(length(max = 300))]
    #[serde(default)]
    #[schema(max_length = 300)]
    pub address: Option<String>,
    /// Office phone: 8 to 15 digits, with optional `+`, spaces, dots, dashes, parentheses.
    #[validate(custom(function = "validate::phone"))]
    #[serde(default)]
    #[schema(pattern = r"^[0-9+ .()\-]{8,30}$")]
    pub phone: Option<String>,
    /// Office email.
    #[validate(email, length(max = 254))]
    #[serde(default)]
    #[schema(format = Email, max_length = 254)]
    pub email: Option<String>,
    /// Website: an absolute http or https URL.
    #[validate(custom(function = "validate::http_url"))]
    #[serde(default)]
    #[schema(pattern = r"^https?://[^\s/?#\[\]@\\]+", max_length = 300)]
    pub website: Option<String>,
}

impl ProfileInput {
    /// Checks every rule and returns the normalised content.
    pub fn into_data(self, today: NaiveDate) -> Result<ProfileData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.name = vn::normalize_name(&input.name);
        input.short_name = clean(input.short_name);
        input.founding_decision = clean(input.founding_decision);
        input.address = clean(input.address);
        input.phone = clean(input.phone);
        input.email = clean(input.email).map(|e| e.to_lowercase());
        input.website = clean(input.website);
        let mut extra = Vec::new();
        validate::plain_text(
            [
                ("name", Some(input.name.as_str())),
                ("short_name", input.short_name.as_deref()),
                ("founding_decision", input.founding_decision.as_deref()),
                ("address", input.address.as_deref()),
                ("phone", input.phone.as_deref()),
                ("email", input.email.as_deref()),
                ("website", input.website.as_deref()),
            ],
            &mut extra,
        );
        validate::not_future("founded_on", input.founded_on, today, &mut extra);
        if input.founded_on.is_some_and(|d| d.year() < 1900) {
            extra.push(FieldError::new("founded_on", "range", "must not be before 1900"));
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(ProfileData {
            name: input.name,
            short_name: input.short_name,
            founded_on: input.founded_on,
            founding_decision: input.founding_decision,
            address: input.address,
            phone: input.phone,
            email: input.email,
            website: input.website,
        })
    }
}

/// A member of the standing committee.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CommitteeMemberInput {
    /// Full name, 2 to 100 characters.
    #[validate(length(min = 2, max = 100), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 100)]
    pub name: String,
    /// Position, at most 100 characters (e.g. `Chủ tịch`, `Phó Chủ tịch`, `Ủy viên`).
    #[validate(length(max = 100))]
    #[serde(default)]
    #[schema(max_length = 100)]
    pub position: Option<String>,
}

/// A congress term (nhiệm kỳ) of the union; a `PUT` sets all of it.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"congress_on": "2015-10-16", "first_year": 2015, "last_year": 2020,
    "standing_committee": [{"name": "Nguyễn Văn An", "position": "Chủ tịch"}],
    "executive_committee_size": 25, "fatherland_front_delegates": 1, "note": "Đại hội lần thứ II"}))]
pub struct TermInput {
    /// The day the congress opened; not in the future, in `first_year`.
    pub congress_on: NaiveDate,
    /// First year of the term, 1900 to 2100.
    #[schema(value_type = i32, minimum = 1900, maximum = 2100)]
    pub first_year: Int32,
    /// Last year of the term (the planned one while it runs), from `first_year` to
    /// `first_year` + 10.
    #[schema(value_type = i32, minimum = 1900, maximum = 2110)]
    pub last_year: Int32,
    /// The standing committee (ban thường vụ), at most 50 people.
    #[validate(length(max = 50), nested)]
    #[serde(default)]
    #[schema(max_items = 50)]
    pub standing_committee: Vec<CommitteeMemberInput>,
    /// Members of the executive committee (ban chấp hành), 0 to 500.
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 500)]
    pub executive_committee_size: Option<Int32>,
    /// Delegates of the union to the Fatherland Front's committee, 0 to 100.
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 100)]
    pub fatherland_front_delegates: Option<Int32>,
    /// Note, at most 2,000 characters.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

fn in_range(field: &str, value: Option<i32>, range: std::ops::RangeInclusive<i32>, errors: &mut Vec<FieldError>) {
    if value.is_some_and(|v| !range.contains(&v)) {
        errors.push(FieldError::new(field, "range", format!("must be between {} and {}", range.start(), range.end())));
    }
}

impl TermInput {
    /// Checks every rule and returns the content.
    pub fn into_data(self, today: NaiveDate) -> Result<TermData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.note = clean(input.note);
        let mut extra = Vec::new();
        let (first, last) = (input.first_year.0, input.last_year.0);
        in_range("first_year", Some(first), 1900..=2100, &mut extra);
        if !(first..=first.saturating_add(10)).contains(&last) {
            extra.push(FieldError::new("last_year", "range", "must be from first_year to first_year + 10"));
        }
        if input.congress_on.year() != first {
            extra.push(FieldError::new("congress_on", "range", "must be in first_year"));
        }
        validate::not_future("congress_on", Some(input.congress_on), today, &mut extra);
        in_range("executive_committee_size", input.executive_committee_size.map(|n| n.0), 0..=500, &mut extra);
        in_range("fatherland_front_delegates", input.fatherland_front_delegates.map(|n| n.0), 0..=100, &mut extra);
        let mut committee = Vec::new();
        for (n, member) in input.standing_committee.iter().enumerate() {
            let name = vn::normalize_name(&member.name);
            let position = clean(member.position.clone());
            let (name_field, position_field) =
                (format!("standing_committee[{n}].name"), format!("standing_committee[{n}].position"));
            validate::plain_text(
                [(name_field.as_str(), Some(name.as_str())), (position_field.as_str(), position.as_deref())],
                &mut extra,
            );
            committee.push(CommitteeMember { name, position });
        }
        validate::plain_text([("note", input.note.as_deref())], &mut extra);
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(TermData {
            congress_on: input.congress_on,
            first_year: first,
            last_year: last,
            standing_committee: committee,
            executive_committee_size: input.executive_committee_size.map(|n| n.0),
            fatherland_front_delegates: input.fatherland_front_delegates.map(|n| n.0),
            note: input.note,
        })
    }
}

/// The full-time staff of the union's office in a year; a `PUT` sets all of it.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"full_time": 10, "by_education": {"master": 2, "bachelor": 7},
    "note": "3 lãnh đạo, 1 chuyên trách, 02 cán bộ nghỉ hưu"}))]
pub struct StaffInput {
    /// Full-time staff, 0 to 1,000.
    #[schema(value_type = i32, minimum = 0, maximum = 1000)]
    pub full_time: Int32,
    /// Of them, people by highest education level; together not more than `full_time`.
    #[serde(default)]
    pub by_education: StaffByEducation,
    /// Note, at most 2,000 characters (e.g. who they are).
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

impl StaffInput {
    /// Checks every rule and returns the content.
    pub fn into_data(self) -> Result<StaffData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.note = clean(input.note);
        let mut extra = Vec::new();
        let full_time = input.full_time.0;
        in_range("full_time", Some(full_time), 0..=1000, &mut extra);
        let mut by_education = BTreeMap::new();
        for (level, people) in input.by_education.levels() {
            let Some(people) = people else { continue };
            let field = format!("by_education.{}", crate::domain::codes::CodeList::code(level));
            in_range(&field, Some(people), 0..=1000, &mut extra);
            by_education.insert(level, people);
        }
        let counted: i64 = by_education.values().map(|n| i64::from(*n)).sum();
        if counted > i64::from(full_time) {
            extra.push(FieldError::new("by_education", "range", "must not count more people than full_time"));
        }
        validate::plain_text([("note", input.note.as_deref())], &mut extra);
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(StaffData { full_time, by_education, note: input.note })
    }
}

/// A department, centre or council of the union itself; a `PUT` sets all of it.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Trung tâm Tư vấn và Chuyển giao công nghệ", "kind": "centre", "established_year": 2015}))]
pub struct UnitInput {
    /// Name, 2 to 300 characters.
    #[validate(length(min = 2, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 300)]
    pub name: String,
    /// Kind.
    pub kind: UnionUnitKind,
    /// Year it was set up, 1900 to 2100.
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 1900, maximum = 2100)]
    pub established_year: Option<Int32>,
    /// Year it was closed, not before `established_year`; `null` while it works.
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 1900, maximum = 2100)]
    pub closed_year: Option<Int32>,
    /// Note, at most 2,000 characters.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

impl UnitInput {
    /// Checks every rule and returns the content.
    pub fn into_data(self) -> Result<UnitData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.name = vn::normalize_name(&input.name);
        input.note = clean(input.note);
        let mut extra = Vec::new();
        let (established, closed) = (input.established_year.map(|y| y.0), input.closed_year.map(|y| y.0));
        in_range("established_year", established, 1900..=2100, &mut extra);
        in_range("closed_year", closed, 1900..=2100, &mut extra);
        if let (Some(e), Some(c)) = (established, closed) {
            if c < e {
                extra.push(FieldError::new("closed_year", "range", "must not be before established_year"));
            }
        }
        validate::plain_text([("name", Some(input.name.as_str())), ("note", input.note.as_deref())], &mut extra);
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(UnitData {
            name: input.name,
            kind: input.kind,
            established_year: established,
            closed_year: closed,
            note: input.note,
        })
    }
}

/// People by highest education level (the codes of `education_levels`); a level left out:
/// none known.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StaffByEducation {
    /// No formal qualification, 0 to 1,000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1000)]
    pub none: Option<Int32>,
    /// Secondary or vocational (trung học, trung cấp).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1000)]
    pub secondary: Option<Int32>,
    /// College (cao đẳng).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1000)]
    pub college: Option<Int32>,
    /// Bachelor (đại học).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1000)]
    pub bachelor: Option<Int32>,
    /// Master (thạc sĩ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1000)]
    pub master: Option<Int32>,
    /// Doctor (tiến sĩ).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1000)]
    pub doctor: Option<Int32>,
    /// Doctor of science (tiến sĩ khoa học).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1000)]
    pub doctor_of_science: Option<Int32>,
}

impl StaffByEducation {
    /// Each level with its count, if given.
    pub fn levels(&self) -> [(EducationLevel, Option<i32>); 7] {
        let n = |v: Option<Int32>| v.map(|v| v.0);
        [
            (EducationLevel::None, n(self.none)),
            (EducationLevel::Secondary, n(self.secondary)),
            (EducationLevel::College, n(self.college)),
            (EducationLevel::Bachelor, n(self.bachelor)),
            (EducationLevel::Master, n(self.master)),
            (EducationLevel::Doctor, n(self.doctor)),
            (EducationLevel::DoctorOfScience, n(self.doctor_of_science)),
        ]
    }

    /// The counts of a stored record.
    pub fn from_levels(levels: &BTreeMap<EducationLevel, i32>) -> Self {
        let n = |level: EducationLevel| levels.get(&level).copied().map(Int32);
        StaffByEducation {
            none: n(EducationLevel::None),
            secondary: n(EducationLevel::Secondary),
            college: n(EducationLevel::College),
            bachelor: n(EducationLevel::Bachelor),
            master: n(EducationLevel::Master),
            doctor: n(EducationLevel::Doctor),
            doctor_of_science: n(EducationLevel::DoctorOfScience),
        }
    }
}

/// The province's own figures of a year; a `PUT` sets all of it.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"st_intellectuals": 41700, "source": "Cục Thống kê tỉnh Sơn La, niên giám thống kê 2019"}))]
pub struct ProvinceInput {
    /// S&T intellectuals (bachelor or higher) in the whole province, 0 to 100,000,000.
    #[schema(value_type = i64, minimum = 0, maximum = 100_000_000)]
    pub st_intellectuals: crate::domain::json_int::Int64,
    /// Where the figure comes from, at most 500 characters.
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

impl ProvinceInput {
    /// Checks every rule and returns the content.
    pub fn into_data(self) -> Result<ProvinceData, ApiError> {
        let mut extra = validate::as_sent(&self);
        let st_intellectuals = self.st_intellectuals.0;
        if !(0..=100_000_000).contains(&st_intellectuals) {
            extra.push(FieldError::new("st_intellectuals", "range", "must be between 0 and 100000000"));
        }
        validate::plain_text([("source", self.source.as_deref()), ("note", self.note.as_deref())], &mut extra);
        validate::check(&self, extra)?;
        Ok(ProvinceData { st_intellectuals, source: clean(self.source), note: clean(self.note) })
    }
}
