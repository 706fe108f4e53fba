//! Members written one at a time: the input of a new or replaced member and its rules, the
//! same for the API, a roster row and the demo data.

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::{AcademicTitle, CodeList, EducationLevel, Gender, HonourTitle, MembershipStatus};
use crate::domain::json_int::Int64;
use crate::domain::validate::{self, clean};
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::member::{MembershipData, PersonData};

/// A new member of an association.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"full_name": "Nguyễn Văn An", "gender": "male", "birth_date": "1975-04-02", "ethnicity": "03",
    "education_level": "master", "external_id": "KH-000123", "joined_on": "2015-03-01"}))]
pub struct MemberInput {
    /// Full name, family name first, 2 to 120 characters.
    #[validate(length(min = 2, max = 120), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 120)]
    pub full_name: String,
    /// Gender.
    #[serde(default)]
    pub gender: Option<Gender>,
    /// Birth date; not in the future.
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// Birth year, when only the year is known (1900 to this year).
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 1900, maximum = 2100)]
    pub birth_year: Option<crate::domain::json_int::Int32>,
    /// Ethnic group code (`01` to `54`, `/api/v1/reference/ethnic_groups`).
    #[serde(default)]
    #[schema(pattern = "^[0-9]{2}$")]
    pub ethnicity: Option<String>,
    /// Education level.
    #[serde(default)]
    pub education_level: Option<EducationLevel>,
    /// Academic title.
    #[serde(default)]
    pub academic_title: Option<AcademicTitle>,
    /// Honour titles.
    #[serde(default)]
    pub honour_titles: Vec<HonourTitle>,
    /// Field of expertise, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub field_of_expertise: Option<String>,
    /// Workplace, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub workplace: Option<String>,
    /// Position, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub position: Option<String>,
    /// Phone: 8 to 15 digits.
    #[validate(custom(function = "validate::phone"))]
    #[serde(default)]
    #[schema(pattern = r"^[0-9+ .()\-]{8,30}$")]
    pub phone: Option<String>,
    /// Email.
    #[validate(email, length(max = 254))]
    #[serde(default)]
    #[schema(format = Email, max_length = 254)]
    pub email: Option<String>,
    /// National ID (CMND 9 digits or CCCD 12 digits). Only a keyed hash is kept, for matching;
    /// it is never returned.
    #[serde(default)]
    #[schema(pattern = r"^[0-9 .\-]{9,20}$", write_only)]
    pub national_id: Option<String>,
    /// The association's own key for the member (unique within the association), at most 64 characters.
    #[validate(length(min = 1, max = 64))]
    #[serde(default)]
    #[schema(min_length = 1, max_length = 64, pattern = r"\S")]
    pub external_id: Option<String>,
    /// Member number, at most 32 characters.
    #[validate(length(max = 32))]
    #[serde(default)]
    #[schema(max_length = 32)]
    pub member_number: Option<String>,
    /// Branch of the same association.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub branch_id: Option<Int64>,
    /// Joined; not in the future.
    #[serde(default)]
    pub joined_on: Option<NaiveDate>,
    /// Status (default `active`).
    #[serde(default)]
    pub status: Option<MembershipStatus>,
}

impl MemberInput {
    /// Checks every rule and returns the normalised content (the national ID still as given;
    /// see [`MemberInput::national_id`]), or a 422 listing each broken rule.
    pub fn into_data(
        self,
        today: NaiveDate,
        hash_id: &dyn Fn(&str) -> String,
        left_on: Option<NaiveDate>,
    ) -> Result<(PersonData, MembershipData), ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.full_name = vn::normalize_name(&input.full_name);
        for field in [
            &mut input.field_of_expertise,
            &mut input.workplace,
            &mut input.position,
            &mut input.phone,
            &mut input.member_number,
        ] {
            *field = clean(field.take());
        }
        input.email = clean(input.email).map(|e| e.to_lowercase());
        input.external_id = input.external_id.map(|e| e.trim().to_owned());
        let mut extra: Vec<FieldError> = Vec::new();
        validate::plain_text(
            [
                ("full_name", Some(input.full_name.as_str())),
                ("field_of_expertise", input.field_of_expertise.as_deref()),
                ("workplace", input.workplace.as_deref()),
                ("position", input.position.as_deref()),
                ("external_id", input.external_id.as_deref()),
                ("member_number", input.member_number.as_deref()),
            ],
            &mut extra,
        );
        validate::not_future("birth_date", input.birth_date, today, &mut extra);
        validate::not_future("joined_on", input.joined_on, today, &mut extra);
        if let Some(y) = input.birth_year.map(|y| y.0) {
            if y < 1900 || y > today.year() {
                extra.push(FieldError::new(
                    "birth_year",
                    "range",
                    format!("must be between 1900 and {}", today.year()),
                ));
            }
            if input.birth_date.is_some_and(|d| d.year() != y) {
                extra.push(FieldError::new("birth_year", "mismatch", "must be the year of birth_date"));
            }
        }
        if let Some(code) = &input.ethnicity {
            if crate::domain::reference::ethnic_group_code(code).as_deref() != Some(code.as_str()) {
                extra.push(FieldError::new(
                    "ethnicity",
                    "code",
                    "must be a code of /api/v1/reference/ethnic_groups (01 to 54)",
                ));
            }
        }
        let national_id = match input.national_id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(raw) => match crate::domain::national_id::normalize(raw) {
                Some(n) => Some(hash_id(&n)),
                None => {
                    extra.push(FieldError::new("national_id", "format", "must be 9 (CMND) or 12 (CCCD) digits"));
                    None
                }
            },
            None => None,
        };
        extra.extend(sent);
        validate::check(&input, extra)?;
        let mut honours: Vec<String> = input.honour_titles.iter().map(|h| h.code().to_owned()).collect();
        honours.sort();
        honours.dedup();
        let status = input.status.unwrap_or(MembershipStatus::Active);
        Ok((
            PersonData {
                full_name: input.full_name,
                gender: input.gender,
                birth_date: input.birth_date,
                birth_year: input.birth_year.map(|y| y.0).or(input.birth_date.map(|d| d.year())),
                ethnicity: input.ethnicity,
                education_level: input.education_level,
                academic_title: input.academic_title,
                honour_titles: honours,
                field_of_expertise: input.field_of_expertise,
                workplace: input.workplace,
                position: input.position,
                phone: input.phone,
                email: input.email,
                national_id_hash: national_id,
            },
            MembershipData {
                external_id: input.external_id,
                member_number: input.member_number,
                branch_id: input.branch_id.map(|b| b.0),
                joined_on: input.joined_on,
                left_on: if status == MembershipStatus::Active { None } else { left_on.or(Some(today)) },
                status,
            },
        ))
    }
}
