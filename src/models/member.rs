//! Members: people and their memberships of associations, the name-token index for search,
//! and the member figures offered to statistics.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::api::http::IfMatch;
use crate::db::schema::{memberships as m, person_name_tokens as t, persons as p};
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{AcademicTitle, CodeList, EducationLevel, Gender, MembershipStatus};
use crate::domain::vn;
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};

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
    pub gender: Option<String>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Birth year.
    pub birth_year: Option<i32>,
    /// Ethnic group code.
    pub ethnicity: Option<String>,
    /// Education level code.
    pub education_level: Option<String>,
    /// Academic title code.
    pub academic_title: Option<String>,
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
    pub status: String,
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// The folded words of a name, each once: what search matches by prefix.
pub fn name_tokens(full_name: &str) -> Vec<String> {
    let mut tokens: Vec<String> = vn::fold(full_name).split(' ').filter(|w| !w.is_empty()).map(str::to_owned).collect();
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
            gender: self.gender.as_deref().and_then(Gender::from_code),
            birth_date: self.birth_date,
            birth_year: self.birth_year,
            ethnicity: self.ethnicity.clone(),
            education_level: self.education_level.as_deref().and_then(EducationLevel::from_code),
            academic_title: self.academic_title.as_deref().and_then(AcademicTitle::from_code),
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
            status: MembershipStatus::from_code(&self.status).unwrap_or(MembershipStatus::Active),
        }
    }
}

#[derive(Insertable, AsChangeset)]
#[diesel(table_name = p)]
#[diesel(treat_none_as_null = true)]
struct PersonValues<'a> {
    full_name: &'a str,
    family_name: String,
    middle_name: Option<String>,
    given_name: String,
    name_lower: String,
    name_folded: String,
    gender: Option<&'static str>,
    birth_date: Option<NaiveDate>,
    birth_year: Option<i32>,
    ethnicity: Option<&'a str>,
    education_level: Option<&'static str>,
    academic_title: Option<&'static str>,
    honour_titles: String,
    field_of_expertise: Option<&'a str>,
    workplace: Option<&'a str>,
    position: Option<&'a str>,
    phone: Option<&'a str>,
    email: Option<&'a str>,
    national_id_hash: Option<&'a str>,
}

fn person_values(d: &PersonData) -> PersonValues<'_> {
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

fn write_tokens(conn: &mut DbConnection, person_id: i64, full_name: &str) -> QueryResult<()> {
    diesel::delete(t::table.filter(t::person_id.eq(person_id))).execute(conn)?;
    let rows: Vec<_> =
        name_tokens(full_name).into_iter().map(|token| (t::token.eq(token), t::person_id.eq(person_id))).collect();
    crate::with_backend!(conn, |c| diesel::insert_into(t::table).values(&rows).execute(c))?;
    Ok(())
}

fn conflict_on_external_id(e: diesel::result::Error) -> ApiError {
    ApiError::on_unique_violation(e, || "this association already has a member with this external_id".into())
}

fn audit_json(person: &PersonData, membership: &MembershipData) -> Result<serde_json::Value, ApiError> {
    let mut value = serde_json::to_value(person).map_err(|e| ApiError::Internal(e.into()))?;
    let extra = serde_json::to_value(membership).map_err(|e| ApiError::Internal(e.into()))?;
    if let (Some(obj), Some(more)) = (value.as_object_mut(), extra.as_object()) {
        obj.extend(more.clone());
    }
    Ok(value)
}

/// Creates a person and its membership of `association_id`, with the name tokens and one
/// audit record, in one transaction.
pub fn insert(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    person: &PersonData,
    membership: &MembershipData,
) -> Result<Member, ApiError> {
    write_transaction(conn, |conn| {
        let person_row: PersonRow = diesel::insert_into(p::table)
            .values((person_values(person), p::version.eq(1), p::created_at.eq(ctx.now), p::updated_at.eq(ctx.now)))
            .returning(p::all_columns)
            .get_result(conn)?;
        write_tokens(conn, person_row.id, &person.full_name)?;
        let row = insert_membership(conn, ctx, association_id, &person_row, membership)?;
        let changes = audit::changes(None, &audit_json(person, membership)?, PERSONAL_FIELDS);
        audit::record(conn, ctx, "membership.create", ENTITY, &row.id.to_string(), &changes)?;
        Ok((row, person_row))
    })
}

fn insert_membership(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    person: &PersonRow,
    d: &MembershipData,
) -> Result<MembershipRow, ApiError> {
    let (sort_given, sort_full) = sort_keys(&person.full_name);
    diesel::insert_into(m::table)
        .values((
            m::person_id.eq(person.id),
            m::association_id.eq(association_id),
            m::external_id.eq(d.external_id.as_deref()),
            m::member_number.eq(d.member_number.as_deref()),
            m::branch_id.eq(d.branch_id),
            m::joined_on.eq(d.joined_on),
            m::left_on.eq(d.left_on),
            m::status.eq(d.status.code()),
            m::sort_given.eq(sort_given),
            m::sort_full.eq(sort_full),
            m::version.eq(1),
            m::created_at.eq(ctx.now),
            m::updated_at.eq(ctx.now),
        ))
        .returning(m::all_columns)
        .get_result(conn)
        .map_err(conflict_on_external_id)
}

/// One membership with its person, if it exists.
pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Member>> {
    m::table
        .inner_join(p::table)
        .filter(m::id.eq(id))
        .select((MembershipRow::as_select(), PersonRow::as_select()))
        .first(conn)
        .optional()
}

/// 404 unless membership `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<Member, ApiError> {
    find(conn, id)?.ok_or_else(|| ApiError::NotFound(format!("no member with id {id}")))
}

/// Updates a membership and its person (see `association::update` for the pattern). The
/// membership's version guards both.
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&Member) -> Result<(PersonData, MembershipData), ApiError>,
) -> Result<Member, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        if_match.check(current.0.version)?;
        let (before_p, before_m) = (current.1.data(), current.0.data());
        let (person, membership) = edit(&current)?;
        if person == before_p && membership == before_m {
            return Ok(current);
        }
        let n = diesel::update(m::table.filter(m::id.eq(id).and(m::version.eq(current.0.version))))
            .set((
                m::external_id.eq(membership.external_id.as_deref()),
                m::member_number.eq(membership.member_number.as_deref()),
                m::branch_id.eq(membership.branch_id),
                m::joined_on.eq(membership.joined_on),
                m::left_on.eq(membership.left_on),
                m::status.eq(membership.status.code()),
                m::version.eq(current.0.version + 1),
                m::updated_at.eq(ctx.now),
            ))
            .execute(conn)
            .map_err(conflict_on_external_id)?;
        if n == 0 {
            return Err(ApiError::PreconditionFailed(
                "the member was changed by another request; read it again".into(),
            ));
        }
        if person != before_p {
            let person_id = current.1.id;
            diesel::update(p::table.find(person_id))
                .set((person_values(&person), p::version.eq(current.1.version + 1), p::updated_at.eq(ctx.now)))
                .execute(conn)?;
            if person.full_name != before_p.full_name {
                write_tokens(conn, person_id, &person.full_name)?;
                let (sort_given, sort_full) = sort_keys(&person.full_name);
                diesel::update(m::table.filter(m::person_id.eq(person_id)))
                    .set((m::sort_given.eq(sort_given), m::sort_full.eq(sort_full)))
                    .execute(conn)?;
            }
        }
        let changes = audit::changes(
            Some(&audit_json(&before_p, &before_m)?),
            &audit_json(&person, &membership)?,
            PERSONAL_FIELDS,
        );
        audit::record(conn, ctx, "membership.update", ENTITY, &id.to_string(), &changes)?;
        get(conn, id)
    })
}

/// How the member list is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sort {
    /// By given name, Vietnamese order.
    GivenName,
    /// By full name, Vietnamese order.
    FullName,
    /// Oldest first.
    CreatedAt,
}

/// Filters of the member list.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only these associations (a manager's own).
    pub association_ids: Option<Vec<i64>>,
    /// Only this branch.
    pub branch_id: Option<i64>,
    /// Only this gender.
    pub gender: Option<Gender>,
    /// Only this ethnic group.
    pub ethnicity: Option<String>,
    /// Only this education level.
    pub education_level: Option<EducationLevel>,
    /// Only this academic title.
    pub academic_title: Option<AcademicTitle>,
    /// Only S&T intellectuals (or only others).
    pub intellectual: Option<bool>,
    /// Only this status.
    pub status: Option<MembershipStatus>,
    /// Born in or after this year.
    pub birth_year_from: Option<i32>,
    /// Born in or before this year.
    pub birth_year_to: Option<i32>,
    /// Folded search words (each a prefix of a name word).
    pub words: Vec<String>,
    /// Lower-case query with diacritics, for ranking exact matches first.
    pub exact: Option<String>,
    /// Only these persons (the search words resolved to their people; see [`narrow`]).
    pub person_ids: Option<Vec<i64>>,
}

/// Above this many people, a search word is left to the database as a filter on the sorted
/// scan (matches are then dense, so a page fills quickly); below it, its people are fetched
/// by an index range scan on the token table and the page is sorted from them.
pub const NARROW_CAP: usize = 20_000;

/// Resolves the selective search words to the set of people they match (intersected), so
/// that a rare name is found from the token index instead of by scanning members in sort
/// order. Words that match too many people stay in `filter.words`.
pub fn narrow(conn: &mut DbConnection, filter: &mut Filter) -> QueryResult<()> {
    let cap = i64::try_from(NARROW_CAP).unwrap_or(i64::MAX);
    if filter.words.len() > 1 {
        // Several words: most often a name typed from its start ("nguyen van an"). Names that
        // start so are one range of the folded-name index.
        let prefix = filter.words.join(" ");
        let end = format!("{prefix}\u{10FFFF}");
        let found: Vec<i64> = p::table
            .filter(p::name_folded.ge(prefix).and(p::name_folded.lt(end)))
            .select(p::id)
            .limit(cap + 1)
            .load(conn)?;
        if !found.is_empty() && found.len() <= NARROW_CAP {
            filter.words.clear();
            filter.person_ids = Some(found);
            return Ok(());
        }
    }
    let mut dense = Vec::new();
    let mut ids: Option<std::collections::BTreeSet<i64>> = None;
    for word in std::mem::take(&mut filter.words) {
        let end = format!("{word}\u{10FFFF}");
        let found: Vec<i64> = t::table
            .filter(t::token.ge(word.clone()).and(t::token.lt(end)))
            .select(t::person_id)
            .limit(cap + 1)
            .load(conn)?;
        if found.len() > NARROW_CAP {
            dense.push(word);
            continue;
        }
        let set: std::collections::BTreeSet<i64> = found.into_iter().collect();
        ids = Some(match ids {
            Some(prev) => prev.intersection(&set).copied().collect(),
            None => set,
        });
    }
    filter.words = dense;
    if let Some(ids) = ids {
        filter.person_ids = Some(ids.into_iter().collect());
    }
    Ok(())
}

type Joined<'a> = diesel::dsl::IntoBoxed<'a, diesel::dsl::InnerJoin<m::table, p::table>, MultiBackend>;

fn filtered(filter: &Filter) -> Joined<'_> {
    let mut q = m::table.inner_join(p::table).into_boxed::<MultiBackend>();
    if let Some(ids) = &filter.association_ids {
        q = q.filter(m::association_id.eq_any(ids.clone()));
    }
    if let Some(b) = filter.branch_id {
        q = q.filter(m::branch_id.eq(b));
    }
    if let Some(g) = filter.gender {
        q = q.filter(p::gender.eq(g.code()));
    }
    if let Some(e) = &filter.ethnicity {
        q = q.filter(p::ethnicity.eq(e.clone()));
    }
    if let Some(e) = filter.education_level {
        q = q.filter(p::education_level.eq(e.code()));
    }
    if let Some(a) = filter.academic_title {
        q = q.filter(p::academic_title.eq(a.code()));
    }
    if let Some(intellectual) = filter.intellectual {
        let codes: Vec<&str> = EducationLevel::INTELLECTUAL.iter().map(|e| e.code()).collect();
        q = if intellectual {
            q.filter(p::education_level.eq_any(codes))
        } else {
            q.filter(p::education_level.is_null().or(p::education_level.ne_all(codes)))
        };
    }
    if let Some(s) = filter.status {
        q = q.filter(m::status.eq(s.code()));
    }
    if let Some(y) = filter.birth_year_from {
        q = q.filter(p::birth_year.ge(y));
    }
    if let Some(y) = filter.birth_year_to {
        q = q.filter(p::birth_year.le(y));
    }
    if let Some(ids) = &filter.person_ids {
        q = q.filter(m::person_id.eq_any(ids.clone()));
    }
    for word in &filter.words {
        // A word that many people have: checked per member on the (person_id, token) index
        // while members are read in sort order; matches are dense, so a page fills quickly.
        let end = format!("{word}\u{10FFFF}");
        q = q.filter(diesel::dsl::exists(
            t::table.filter(t::person_id.eq(m::person_id).and(t::token.ge(word.clone())).and(t::token.lt(end))),
        ));
    }
    q
}

/// The sort key of a row for a cursor.
pub fn cursor_key(row: &MembershipRow, sort: Sort) -> String {
    match sort {
        Sort::GivenName => row.sort_given.clone(),
        Sort::FullName => row.sort_full.clone(),
        Sort::CreatedAt => row.created_at.format("%Y-%m-%dT%H:%M:%S%.6f").to_string(),
    }
}

/// One page after `after` (sort key, id). With `exact`, `exact_phase` picks the rows whose
/// name holds the query with its diacritics (`true`) or the others (`false`).
pub fn list(
    conn: &mut DbConnection,
    filter: &Filter,
    sort: Sort,
    exact_phase: Option<bool>,
    after: Option<(String, i64)>,
    limit: i64,
) -> Result<Vec<Member>, ApiError> {
    let mut q = filtered(filter);
    if let (Some(phase), Some(exact)) = (exact_phase, &filter.exact) {
        let pattern = crate::api::pagination::like_contains(exact);
        q = if phase {
            q.filter(p::name_lower.like(pattern).escape('\\'))
        } else {
            q.filter(p::name_lower.not_like(pattern).escape('\\'))
        };
    }
    if let Some((key, last)) = after {
        q = match sort {
            Sort::GivenName => q.filter(m::sort_given.gt(key.clone()).or(m::sort_given.eq(key).and(m::id.gt(last)))),
            Sort::FullName => q.filter(m::sort_full.gt(key.clone()).or(m::sort_full.eq(key).and(m::id.gt(last)))),
            Sort::CreatedAt => {
                let at = NaiveDateTime::parse_from_str(&key, "%Y-%m-%dT%H:%M:%S%.f")
                    .map_err(|_| ApiError::BadRequest("cursor is invalid: pass next_cursor unchanged".into()))?;
                q.filter(m::created_at.gt(at).or(m::created_at.eq(at).and(m::id.gt(last))))
            }
        };
    }
    q = match sort {
        Sort::GivenName => q.order((m::sort_given.asc(), m::id.asc())),
        Sort::FullName => q.order((m::sort_full.asc(), m::id.asc())),
        Sort::CreatedAt => q.order((m::created_at.asc(), m::id.asc())),
    };
    Ok(q.limit(limit).select((MembershipRow::as_select(), PersonRow::as_select())).load(conn)?)
}

/// How many memberships pass the filter.
pub fn count(conn: &mut DbConnection, filter: &Filter) -> QueryResult<i64> {
    filtered(filter).count().get_result(conn)
}

/// The member figures of every association as of now (active memberships), as statistics
/// observations for `year`: totals, by gender, ethnicity and education, and intellectuals.
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<crate::domain::statistics::Observation>> {
    use crate::domain::statistics::{Metric, Observation};
    use diesel::dsl::count_star;
    let active = || m::table.inner_join(p::table).filter(m::status.eq(MembershipStatus::Active.code()));
    let mut out = Vec::new();
    let totals: Vec<(i64, i64)> =
        active().group_by(m::association_id).select((m::association_id, count_star())).load(conn)?;
    for (association, n) in totals {
        out.push(Observation {
            metric: Metric::MembersTotal,
            year,
            association_id: Some(association),
            dimension: None,
            value: n,
        });
    }
    let by = |rows: Vec<(i64, Option<String>, i64)>, metric: Metric, name: &str, out: &mut Vec<Observation>| {
        for (association, value, n) in rows {
            let dimension = Some((name.to_owned(), value.unwrap_or_else(|| "unknown".into())));
            out.push(Observation { metric, year, association_id: Some(association), dimension, value: n });
        }
    };
    let rows = active()
        .group_by((m::association_id, p::gender))
        .select((m::association_id, p::gender, count_star()))
        .load(conn)?;
    by(rows, Metric::MembersByGender, "gender", &mut out);
    let rows = active()
        .group_by((m::association_id, p::ethnicity))
        .select((m::association_id, p::ethnicity, count_star()))
        .load(conn)?;
    by(rows, Metric::MembersByEthnicity, "ethnicity", &mut out);
    let rows = active()
        .group_by((m::association_id, p::education_level))
        .select((m::association_id, p::education_level, count_star()))
        .load(conn)?;
    by(rows, Metric::MembersByEducation, "education_level", &mut out);
    let codes: Vec<&str> = EducationLevel::INTELLECTUAL.iter().map(|e| e.code()).collect();
    let rows: Vec<(i64, i64)> = active()
        .filter(p::education_level.eq_any(codes))
        .group_by(m::association_id)
        .select((m::association_id, count_star()))
        .load(conn)?;
    for (association, n) in rows {
        out.push(Observation {
            metric: Metric::IntellectualMembers,
            year,
            association_id: Some(association),
            dimension: None,
            value: n,
        });
    }
    out.sort_by(|a, b| {
        (a.metric.code(), a.association_id, &a.dimension).cmp(&(b.metric.code(), b.association_id, &b.dimension))
    });
    Ok(out)
}
