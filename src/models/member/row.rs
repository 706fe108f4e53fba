//! Members' rows and content: people, their memberships, and the names' keys.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::{memberships as m, persons as p};
use crate::domain::codes::{AcademicTitle, CodeList, EducationLevel, Gender, MembershipStatus};
use crate::domain::vn;

/// Audit entity type.
pub const ENTITY: &str = "membership";

/// Personal data: shown only to those who need it, masked in audit records.
pub const PERSONAL_FIELDS: &[&str] = &["phone", "email", "birth_date", "ethnicity", "national_id"];

/// A row of `persons`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = p)]
pub struct PersonRow {
    /// Id.
    pub id: i64,
    /// Full name.
    pub full_name: String,
    /// Family name.
    pub family_name: String,
    /// Middle name(s).
    pub middle_name: Option<String>,
    /// Given name.
    pub given_name: String,
    /// Lower-case full name with diacritics.
    pub name_lower: String,
    /// Folded full name.
    pub name_folded: String,
    /// Gender code.
    pub gender: Option<Gender>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Birth year.
    pub birth_year: Option<i32>,
    /// Ethnic group code.
    pub ethnicity: Option<String>,
    /// Education level code.
    pub education_level: Option<EducationLevel>,
    /// Academic title code.
    pub academic_title: Option<AcademicTitle>,
    /// Honour title codes, comma-separated.
    pub honour_titles: String,
    /// Field of expertise.
    pub field_of_expertise: Option<String>,
    /// Workplace.
    pub workplace: Option<String>,
    /// Position.
    pub position: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// National-ID hash.
    pub national_id_hash: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
    /// The person this one was merged into.
    pub merged_into: Option<i64>,
}

/// A row of `memberships`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = m)]
pub struct MembershipRow {
    /// Id.
    pub id: i64,
    /// Person.
    pub person_id: i64,
    /// Association.
    pub association_id: i64,
    /// The association's own key.
    pub external_id: Option<String>,
    /// Member number.
    pub member_number: Option<String>,
    /// Branch.
    pub branch_id: Option<i64>,
    /// Joined.
    pub joined_on: Option<NaiveDate>,
    /// Left.
    pub left_on: Option<NaiveDate>,
    /// Status code.
    pub status: MembershipStatus,
    /// Sort key by given name.
    pub sort_given: String,
    /// Sort key by full name.
    pub sort_full: String,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
    /// Change number of the last write.
    pub change_seq: i64,
    /// Change number of the creating write.
    pub created_seq: i64,
}

/// A membership with its person.
pub type Member = (MembershipRow, PersonRow);

/// The content of a person that create and update set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonData {
    /// Full name (normalised).
    pub full_name: String,
    /// Gender.
    pub gender: Option<Gender>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Birth year.
    pub birth_year: Option<i32>,
    /// Ethnic group code.
    pub ethnicity: Option<String>,
    /// Education level.
    pub education_level: Option<EducationLevel>,
    /// Academic title.
    pub academic_title: Option<AcademicTitle>,
    /// Honour title codes.
    pub honour_titles: Vec<String>,
    /// Field of expertise.
    pub field_of_expertise: Option<String>,
    /// Workplace.
    pub workplace: Option<String>,
    /// Position.
    pub position: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Keyed hash of the national ID (computed by the caller from the number).
    #[serde(rename = "national_id")]
    pub national_id_hash: Option<String>,
}

/// The content of a membership that create and update set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::memberships, treat_none_as_null = true)]
pub struct MembershipData {
    /// The association's own key.
    pub external_id: Option<String>,
    /// Member number.
    pub member_number: Option<String>,
    /// Branch.
    pub branch_id: Option<i64>,
    /// Joined.
    pub joined_on: Option<NaiveDate>,
    /// Left.
    pub left_on: Option<NaiveDate>,
    /// Status.
    pub status: MembershipStatus,
}

/// Family, middle and given names from a full name written family name first.
pub fn split_name(full_name: &str) -> (String, Option<String>, String) {
    let words: Vec<&str> = full_name.split_whitespace().collect();
    match words.as_slice() {
        [] => (String::new(), None, String::new()),
        [only] => ((*only).to_owned(), None, (*only).to_owned()),
        [family, given] => ((*family).to_owned(), None, (*given).to_owned()),
        [family, middle @ .., given] => ((*family).to_owned(), Some(middle.join(" ")), (*given).to_owned()),
    }
}

/// The words of a name ([`vn::words`]), each once: the search index's entries.
pub fn name_tokens(full_name: &str) -> Vec<String> {
    let mut tokens = vn::words(full_name);
    tokens.sort();
    tokens.dedup();
    tokens
}

/// Sort keys: by given name (then family and middle), and by full name.
pub fn sort_keys(full_name: &str) -> (String, String) {
    let (family, middle, given) = split_name(full_name);
    let by_given = match middle {
        Some(mid) => format!("{given} {family} {mid}"),
        None => format!("{given} {family}"),
    };
    (vn::sort_key(&by_given), vn::sort_key(full_name))
}

impl PersonRow {
    /// The editable content.
    pub fn data(&self) -> PersonData {
        PersonData {
            full_name: self.full_name.clone(),
            gender: self.gender,
            birth_date: self.birth_date,
            birth_year: self.birth_year,
            ethnicity: self.ethnicity.clone(),
            education_level: self.education_level,
            academic_title: self.academic_title,
            honour_titles: self.honour_titles.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
            field_of_expertise: self.field_of_expertise.clone(),
            workplace: self.workplace.clone(),
            position: self.position.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            national_id_hash: self.national_id_hash.clone(),
        }
    }
}

impl MembershipRow {
    /// The editable content.
    pub fn data(&self) -> MembershipData {
        MembershipData {
            external_id: self.external_id.clone(),
            member_number: self.member_number.clone(),
            branch_id: self.branch_id,
            joined_on: self.joined_on,
            left_on: self.left_on,
            status: self.status,
        }
    }
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = p)]
#[diesel(treat_none_as_null = true)]
pub(super) struct PersonValues<'a> {
    pub(super) full_name: &'a str,
    pub(super) family_name: String,
    pub(super) middle_name: Option<String>,
    pub(super) given_name: String,
    pub(super) name_lower: String,
    pub(super) name_folded: String,
    pub(super) gender: Option<&'static str>,
    pub(super) birth_date: Option<NaiveDate>,
    pub(super) birth_year: Option<i32>,
    pub(super) ethnicity: Option<&'a str>,
    pub(super) education_level: Option<&'static str>,
    pub(super) academic_title: Option<&'static str>,
    pub(super) honour_titles: String,
    pub(super) field_of_expertise: Option<&'a str>,
    pub(super) workplace: Option<&'a str>,
    pub(super) position: Option<&'a str>,
    pub(super) phone: Option<&'a str>,
    pub(super) email: Option<&'a str>,
    pub(super) national_id_hash: Option<&'a str>,
}

/// The columns of a new membership, all but its id.
#[derive(Insertable)]
#[diesel(table_name = m)]
#[diesel(treat_none_as_null = true)]
pub(super) struct NewMembership<'a> {
    pub(super) person_id: i64,
    pub(super) association_id: i64,
    pub(super) external_id: Option<&'a str>,
    pub(super) member_number: Option<&'a str>,
    pub(super) branch_id: Option<i64>,
    pub(super) joined_on: Option<NaiveDate>,
    pub(super) left_on: Option<NaiveDate>,
    pub(super) status: &'static str,
    pub(super) sort_given: &'a str,
    pub(super) sort_full: &'a str,
    pub(super) change_seq: i64,
    pub(super) created_seq: i64,
    pub(super) version: i32,
    pub(super) created_at: NaiveDateTime,
    pub(super) updated_at: NaiveDateTime,
}

impl<'a> NewMembership<'a> {
    /// Membership `d` of `person_id` in `association_id`, created by change number `seq`.
    pub(super) fn new(
        person_id: i64,
        association_id: i64,
        d: &'a MembershipData,
        sort_given: &'a str,
        sort_full: &'a str,
        seq: i64,
        now: NaiveDateTime,
    ) -> Self {
        NewMembership {
            person_id,
            association_id,
            external_id: d.external_id.as_deref(),
            member_number: d.member_number.as_deref(),
            branch_id: d.branch_id,
            joined_on: d.joined_on,
            left_on: d.left_on,
            status: d.status.code(),
            sort_given,
            sort_full,
            change_seq: seq,
            created_seq: seq,
            version: 1,
            created_at: now,
            updated_at: now,
        }
    }
}

pub(super) fn person_values(d: &PersonData) -> PersonValues<'_> {
    let (family_name, middle_name, given_name) = split_name(&d.full_name);
    PersonValues {
        full_name: &d.full_name,
        family_name,
        middle_name,
        given_name,
        name_lower: d.full_name.to_lowercase(),
        name_folded: vn::fold(&d.full_name),
        gender: d.gender.map(|g| g.code()),
        birth_date: d.birth_date,
        birth_year: d.birth_year.or(d.birth_date.map(|b| chrono::Datelike::year(&b))),
        ethnicity: d.ethnicity.as_deref(),
        education_level: d.education_level.map(|e| e.code()),
        academic_title: d.academic_title.map(|a| a.code()),
        honour_titles: d.honour_titles.join(","),
        field_of_expertise: d.field_of_expertise.as_deref(),
        workplace: d.workplace.as_deref(),
        position: d.position.as_deref(),
        phone: d.phone.as_deref(),
        email: d.email.as_deref(),
        national_id_hash: d.national_id_hash.as_deref(),
    }
}
