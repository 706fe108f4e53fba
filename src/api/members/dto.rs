//! Request and response types of members.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::codes::{AcademicTitle, CodeList, EducationLevel, Gender, HonourTitle, MembershipStatus};
use crate::domain::json_int::Int64;
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::error::ApiError;
use crate::models::member::{Member as Row, MembershipData, PersonData};
pub use crate::usecases::members::MemberInput;

/// A person as the API shows it. `phone`, `email`, `birth_date` and `ethnicity` are personal
/// data: present only for admin, staff and managers of the member's association.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Person {
    /// Person id (one person may be a member of several associations).
    pub id: i64,
    /// Full name, family name first.
    pub full_name: String,
    /// Family name (họ).
    pub family_name: String,
    /// Middle name(s) (tên đệm).
    pub middle_name: Option<String>,
    /// Given name (tên).
    pub given_name: String,
    /// Gender.
    pub gender: Option<Gender>,
    /// Birth year.
    pub birth_year: Option<i32>,
    /// Birth date (personal data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    /// Ethnic group code from `/api/v1/reference/ethnic_groups` (personal data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ethnicity: Option<String>,
    /// Education level.
    pub education_level: Option<EducationLevel>,
    /// Whether the person is an S&T intellectual (bachelor or higher); derived, never set.
    pub intellectual: bool,
    /// Academic title.
    pub academic_title: Option<AcademicTitle>,
    /// Honour titles.
    pub honour_titles: Vec<String>,
    /// Field of expertise.
    pub field_of_expertise: Option<String>,
    /// Workplace.
    pub workplace: Option<String>,
    /// Position.
    pub position: Option<String>,
    /// Phone (personal data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email (personal data).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Whether a national ID is on record (the number itself is never stored or shown).
    pub has_national_id: bool,
}

/// A membership with its person.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 1201, "association_id": 3, "external_id": "KH-000123", "member_number": "123", "branch_id": 7,
    "joined_on": "2015-03-01", "left_on": null, "status": "active", "personal_data": false,
    "person": {"id": 981, "full_name": "Nguyễn Văn An", "family_name": "Nguyễn", "middle_name": "Văn", "given_name": "An",
        "gender": "male", "birth_year": 1975, "education_level": "master", "intellectual": true, "academic_title": null,
        "honour_titles": [], "field_of_expertise": "Nông nghiệp", "workplace": "Sở NN&PTNT", "position": null, "has_national_id": true},
    "version": 1, "created_at": "2026-11-27T08:00:00Z", "updated_at": "2026-11-27T08:00:00Z"
}))]
pub struct Member {
    /// Membership id.
    pub id: i64,
    /// The association.
    pub association_id: i64,
    /// The association's own key for the member, unique within the association.
    pub external_id: Option<String>,
    /// Member number.
    pub member_number: Option<String>,
    /// Branch (chi hội).
    pub branch_id: Option<i64>,
    /// Joined.
    pub joined_on: Option<NaiveDate>,
    /// Left.
    pub left_on: Option<NaiveDate>,
    /// `active`, `left` or `deceased`.
    pub status: MembershipStatus,
    /// Whether the personal data fields are included for this caller.
    pub personal_data: bool,
    /// The person.
    pub person: Person,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

impl Member {
    /// The view of a stored member, with personal data only when `personal`.
    pub fn from_row((membership, person): Row, personal: bool) -> Self {
        let data = person.data();
        let show = |v: Option<String>| if personal { v } else { None };
        Member {
            id: membership.id,
            association_id: membership.association_id,
            external_id: membership.external_id.clone(),
            member_number: membership.member_number.clone(),
            branch_id: membership.branch_id,
            joined_on: membership.joined_on,
            left_on: membership.left_on,
            status: membership.data().status,
            personal_data: personal,
            person: Person {
                id: person.id,
                full_name: person.full_name,
                family_name: person.family_name,
                middle_name: person.middle_name,
                given_name: person.given_name,
                gender: data.gender,
                birth_year: person.birth_year,
                birth_date: if personal { person.birth_date } else { None },
                ethnicity: show(person.ethnicity),
                education_level: data.education_level,
                intellectual: data.education_level.is_some_and(EducationLevel::is_intellectual),
                academic_title: data.academic_title,
                honour_titles: data.honour_titles,
                field_of_expertise: person.field_of_expertise,
                workplace: person.workplace,
                position: person.position,
                phone: show(person.phone),
                email: show(person.email),
                has_national_id: person.national_id_hash.is_some(),
            },
            version: membership.version,
            created_at: rfc3339(membership.created_at),
            updated_at: rfc3339(membership.updated_at),
        }
    }
}

/// Changes to a member as a JSON Merge Patch: left out stays, `null` clears; `full_name`
/// cannot be cleared. `national_id` replaces the stored hash (or `null` removes it).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"workplace": "Trường Đại học Tây Bắc", "phone": null}))]
pub struct MemberPatch {
    /// Full name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub full_name: Patch<String>,
    /// Gender.
    #[serde(default)]
    #[schema(value_type = Option<Gender>)]
    pub gender: Patch<Gender>,
    /// Birth date.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub birth_date: Patch<NaiveDate>,
    /// Birth year.
    #[serde(default)]
    #[schema(value_type = Option<i32>)]
    pub birth_year: Patch<crate::domain::json_int::Int32>,
    /// Ethnic group code.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub ethnicity: Patch<String>,
    /// Education level.
    #[serde(default)]
    #[schema(value_type = Option<EducationLevel>)]
    pub education_level: Patch<EducationLevel>,
    /// Academic title.
    #[serde(default)]
    #[schema(value_type = Option<AcademicTitle>)]
    pub academic_title: Patch<AcademicTitle>,
    /// Honour titles.
    #[serde(default)]
    #[schema(value_type = Option<Vec<HonourTitle>>)]
    pub honour_titles: Patch<Vec<HonourTitle>>,
    /// Field of expertise.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub field_of_expertise: Patch<String>,
    /// Workplace.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub workplace: Patch<String>,
    /// Position.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub position: Patch<String>,
    /// Phone.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub phone: Patch<String>,
    /// Email.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub email: Patch<String>,
    /// National ID (write-only).
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub national_id: Patch<String>,
    /// External id.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub external_id: Patch<String>,
    /// Member number.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub member_number: Patch<String>,
    /// Branch.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub branch_id: Patch<Int64>,
    /// Joined.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub joined_on: Patch<NaiveDate>,
    /// Status.
    #[serde(default)]
    #[schema(value_type = MembershipStatus)]
    pub status: Patch<MembershipStatus>,
}

/// How to sort members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, ToSchema)]
pub enum MemberSort {
    /// By given name (tên) in Vietnamese order, then family and middle name (the default).
    #[default]
    #[serde(rename = "given_name")]
    GivenName,
    /// By full name in Vietnamese order.
    #[serde(rename = "full_name")]
    FullName,
    /// Oldest record first.
    #[serde(rename = "created_at")]
    CreatedAt,
}

/// The association parameter of `/api/v1/members` (the other list has it in its path).
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MembersScope {
    /// Only this association.
    pub association_id: Option<i64>,
}

/// Query parameters of member lists.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MemberListQuery {
    /// Only this branch.
    pub branch_id: Option<i64>,
    /// Only this gender.
    #[param(inline)]
    pub gender: Option<Gender>,
    /// Only this ethnic group code (two digits).
    #[param(pattern = "^[0-9]{2}$")]
    pub ethnicity: Option<String>,
    /// Only this education level.
    #[param(inline)]
    pub education_level: Option<EducationLevel>,
    /// Only this academic title.
    #[param(inline)]
    pub academic_title: Option<AcademicTitle>,
    /// Only S&T intellectuals (`true`: bachelor or higher) or only others (`false`).
    pub intellectual: Option<bool>,
    /// Only this status.
    #[param(inline)]
    pub status: Option<MembershipStatus>,
    /// Born in or after this year.
    pub birth_year_from: Option<i32>,
    /// Born in or before this year.
    pub birth_year_to: Option<i32>,
    /// Name search. A member matches when every word of `q` is the start of a different word
    /// of the full name, in any order, ignoring case, diacritics and đ/d ("nguyen an" finds
    /// "Nguyễn Văn An" and "Nguyễn An Ninh"; "nguyen nguyen" finds "Nguyễn Văn Nguyên").
    /// Words are cut at every character that is not a letter or digit ("Nguyễn-Văn" is two
    /// words); a one-letter word matches like any other. Names holding the text typed with its
    /// exact diacritics come first, then the sort. At most 100 characters. A cursor is bound to
    /// `q`, the filters and the sort it was made under.
    #[param(max_length = 100)]
    pub q: Option<String>,
    /// Sort order.
    #[param(inline)]
    pub sort: Option<MemberSort>,
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page, with the same `q`, filters and sort (else `400`).
    pub cursor: Option<String>,
    /// Also count all matches (costs a query).
    pub include_total: Option<bool>,
}

/// A page of members.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MemberPage {
    /// The members on this page.
    pub items: Vec<Member>,
    /// Pass as `cursor` for the next page; `null` on the last.
    pub next_cursor: Option<String>,
    /// All matches, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

impl MemberPatch {
    /// Applies the patch to the current member, as a complete input to validate again. The
    /// caller keeps or clears the stored national-ID hash as [`MemberPatch::national_id`] says.
    pub fn apply(self, person: &PersonData, membership: &MembershipData) -> Result<MemberInput, ApiError> {
        let mut errors = Vec::new();
        let mut input = MemberInput {
            full_name: person.full_name.clone(),
            gender: person.gender,
            birth_date: person.birth_date,
            birth_year: person.birth_year.map(crate::domain::json_int::Int32),
            ethnicity: person.ethnicity.clone(),
            education_level: person.education_level,
            academic_title: person.academic_title,
            honour_titles: person.honour_titles.iter().filter_map(|c| HonourTitle::from_code(c)).collect(),
            field_of_expertise: person.field_of_expertise.clone(),
            workplace: person.workplace.clone(),
            position: person.position.clone(),
            phone: person.phone.clone(),
            email: person.email.clone(),
            national_id: None,
            external_id: membership.external_id.clone(),
            member_number: membership.member_number.clone(),
            branch_id: membership.branch_id.map(Int64),
            joined_on: membership.joined_on,
            status: Some(membership.status),
        };
        if let Err(e) = self.full_name.apply_required(&mut input.full_name, "full_name") {
            errors.push(e);
        }
        let mut status = membership.status;
        if let Err(e) = self.status.apply_required(&mut status, "status") {
            errors.push(e);
        }
        input.status = Some(status);
        self.gender.apply_to(&mut input.gender);
        let birth_date_changed = self.birth_date.is_present();
        self.birth_date.apply_to(&mut input.birth_date);
        if birth_date_changed && !self.birth_year.is_present() {
            input.birth_year = None;
        }
        self.birth_year.apply_to(&mut input.birth_year);
        self.ethnicity.apply_to(&mut input.ethnicity);
        self.education_level.apply_to(&mut input.education_level);
        self.academic_title.apply_to(&mut input.academic_title);
        let mut honours = Some(input.honour_titles.clone());
        self.honour_titles.apply_to(&mut honours);
        input.honour_titles = honours.unwrap_or_default();
        self.field_of_expertise.apply_to(&mut input.field_of_expertise);
        self.workplace.apply_to(&mut input.workplace);
        self.position.apply_to(&mut input.position);
        self.phone.apply_to(&mut input.phone);
        self.email.apply_to(&mut input.email);
        self.external_id.apply_to(&mut input.external_id);
        self.member_number.apply_to(&mut input.member_number);
        self.branch_id.apply_to(&mut input.branch_id);
        self.joined_on.apply_to(&mut input.joined_on);
        if let Patch::Value(id) = self.national_id {
            input.national_id = Some(id);
        }
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}
