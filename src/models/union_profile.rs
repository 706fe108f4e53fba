//! The union itself: its profile (name, founding, contacts), its congress terms, its staff by
//! year and its own departments and centres, each written on its own; and the figures the
//! indicator table reads from them (years since founding, full-time staff) instead of values
//! typed in each year.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::schema::{
    union_profile as p, union_province_figures as pf, union_staff as s, union_terms as t, union_units as u,
};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::{CodeList, EducationLevel, UnionUnitKind};
use crate::domain::statistics::{Metric, Observation};
use crate::error::ApiError;
use crate::models::audit::{self, to_json, WriteContext};

/// Audit entity type of the profile.
pub const ENTITY: &str = "union_profile";
/// Audit entity type of a congress term.
pub const TERM_ENTITY: &str = "union_term";
/// Audit entity type of a year's staff.
pub const STAFF_ENTITY: &str = "union_staff";
/// Audit entity type of a department or centre.
pub const UNIT_ENTITY: &str = "union_unit";
/// Audit entity type of a year's province figures.
pub const PROVINCE_ENTITY: &str = "union_province_figures";

/// The row of `union_profile` (there is one, seeded).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = p)]
pub struct ProfileRow {
    /// Always 1.
    pub id: i64,
    /// Full name.
    pub name: String,
    /// Short name.
    pub short_name: Option<String>,
    /// Founding date.
    pub founded_on: Option<NaiveDate>,
    /// The founding decision.
    pub founding_decision: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Office phone.
    pub phone: Option<String>,
    /// Office email.
    pub email: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// What the profile says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, AsChangeset)]
#[diesel(table_name = p, treat_none_as_null = true)]
pub struct ProfileData {
    /// Full name.
    pub name: String,
    /// Short name.
    pub short_name: Option<String>,
    /// Founding date.
    pub founded_on: Option<NaiveDate>,
    /// The founding decision.
    pub founding_decision: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Office phone.
    pub phone: Option<String>,
    /// Office email.
    pub email: Option<String>,
    /// Website.
    pub website: Option<String>,
}

impl ProfileRow {
    /// What the profile says.
    pub fn data(&self) -> ProfileData {
        ProfileData {
            name: self.name.clone(),
            short_name: self.short_name.clone(),
            founded_on: self.founded_on,
            founding_decision: self.founding_decision.clone(),
            address: self.address.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            website: self.website.clone(),
        }
    }
}

/// The profile.
pub fn profile(conn: &mut DbConnection) -> Result<ProfileRow, ApiError> {
    p::table
        .select(ProfileRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("the union's profile row is missing")))
}

/// Changes the profile; no change writes nothing.
pub fn update_profile(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    if_match: IfMatch,
    edit: impl FnOnce(&ProfileRow) -> Result<ProfileData, ApiError>,
) -> Result<ProfileRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = profile(conn)?;
        let before = current.data();
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        let row: Option<ProfileRow> = crate::versioned_update!(
            conn,
            p,
            id = current.id,
            version = current.version,
            now = ctx.now,
            set = (&data,)
        )?;
        let row = row.or_stale("the union's profile")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&data)?, &[]);
        audit::record(conn, ctx, "union_profile.update", ENTITY, "1", &changes)?;
        Ok(row)
    })
}

/// A member of the standing committee of a term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CommitteeMember {
    /// Full name.
    pub name: String,
    /// Position (e.g. `Chủ tịch`, `Phó Chủ tịch`).
    pub position: Option<String>,
}

/// A row of `union_terms`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = t)]
pub struct TermRow {
    /// Id.
    pub id: i64,
    /// The congress's number (I, II … as 1, 2 …).
    pub number: i32,
    /// The day the congress opened.
    pub congress_on: NaiveDate,
    /// First year of the term.
    pub first_year: i32,
    /// Last year of the term.
    pub last_year: i32,
    /// The standing committee, as JSON.
    pub standing_committee: String,
    /// Members of the executive committee.
    pub executive_committee_size: Option<i32>,
    /// Delegates to the Fatherland Front's committee.
    pub fatherland_front_delegates: Option<i32>,
    /// Note.
    pub note: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// What a term says; a `PUT` sets all of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermData {
    /// The day the congress opened.
    pub congress_on: NaiveDate,
    /// First year of the term.
    pub first_year: i32,
    /// Last year of the term.
    pub last_year: i32,
    /// The standing committee.
    pub standing_committee: Vec<CommitteeMember>,
    /// Members of the executive committee.
    pub executive_committee_size: Option<i32>,
    /// Delegates to the Fatherland Front's committee.
    pub fatherland_front_delegates: Option<i32>,
    /// Note.
    pub note: Option<String>,
}

impl TermRow {
    /// What the term says.
    pub fn data(&self) -> Result<TermData, ApiError> {
        Ok(TermData {
            congress_on: self.congress_on,
            first_year: self.first_year,
            last_year: self.last_year,
            standing_committee: from_json(&self.standing_committee)?,
            executive_committee_size: self.executive_committee_size,
            fatherland_front_delegates: self.fatherland_front_delegates,
            note: self.note.clone(),
        })
    }
}

/// A row of `union_staff`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = s)]
pub struct StaffRow {
    /// Id.
    pub id: i64,
    /// The year.
    pub year: i32,
    /// Full-time staff of the union's office.
    pub full_time: i32,
    /// Of them, by highest education level, as JSON.
    pub by_education: String,
    /// Note.
    pub note: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// What a year's staff record says; a `PUT` sets all of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaffData {
    /// Full-time staff of the union's office.
    pub full_time: i32,
    /// Of them, by highest education level (levels left out: none known).
    pub by_education: BTreeMap<EducationLevel, i32>,
    /// Note.
    pub note: Option<String>,
}

impl StaffRow {
    /// What the record says.
    pub fn data(&self) -> Result<StaffData, ApiError> {
        Ok(StaffData {
            full_time: self.full_time,
            by_education: from_json(&self.by_education)?,
            note: self.note.clone(),
        })
    }
}

/// A row of `union_province_figures`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = pf)]
pub struct ProvinceRow {
    /// Id.
    pub id: i64,
    /// The year.
    pub year: i32,
    /// S&T intellectuals in the whole province.
    pub st_intellectuals: i64,
    /// Where the figure comes from.
    pub source: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// What a year's province figures say; a `PUT` sets all of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = pf, treat_none_as_null = true)]
pub struct ProvinceData {
    /// S&T intellectuals in the whole province.
    pub st_intellectuals: i64,
    /// Where the figure comes from.
    pub source: Option<String>,
    /// Note.
    pub note: Option<String>,
}

impl ProvinceRow {
    /// What the record says.
    pub fn data(&self) -> ProvinceData {
        ProvinceData { st_intellectuals: self.st_intellectuals, source: self.source.clone(), note: self.note.clone() }
    }
}

/// A row of `union_units`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = u)]
pub struct UnitRow {
    /// Id.
    pub id: i64,
    /// Code, chosen by staff.
    pub code: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: UnionUnitKind,
    /// Year it was set up.
    pub established_year: Option<i32>,
    /// Year it was closed.
    pub closed_year: Option<i32>,
    /// Note.
    pub note: Option<String>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// What a department or centre record says; a `PUT` sets all of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = u, treat_none_as_null = true)]
pub struct UnitData {
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: UnionUnitKind,
    /// Year it was set up.
    pub established_year: Option<i32>,
    /// Year it was closed.
    pub closed_year: Option<i32>,
    /// Note.
    pub note: Option<String>,
}

impl UnitRow {
    /// What the record says.
    pub fn data(&self) -> UnitData {
        UnitData {
            name: self.name.clone(),
            kind: self.kind,
            established_year: self.established_year,
            closed_year: self.closed_year,
            note: self.note.clone(),
        }
    }
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    serde_json::from_str(text)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("a stored union record is not valid: {e}")))
}

fn json_text<T: Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| ApiError::Internal(e.into()))
}

/// The congress terms, oldest first.
pub fn terms(conn: &mut DbConnection) -> QueryResult<Vec<TermRow>> {
    t::table.order(t::number).select(TermRow::as_select()).load(conn)
}

/// The staff records, oldest year first.
pub fn staff(conn: &mut DbConnection) -> QueryResult<Vec<StaffRow>> {
    s::table.order(s::year).select(StaffRow::as_select()).load(conn)
}

/// The province figures, oldest year first.
pub fn province(conn: &mut DbConnection) -> QueryResult<Vec<ProvinceRow>> {
    pf::table.order(pf::year).select(ProvinceRow::as_select()).load(conn)
}

/// The province figures of `year` (404 if there are none).
pub fn province_of(conn: &mut DbConnection, year: i32) -> Result<ProvinceRow, ApiError> {
    pf::table
        .filter(pf::year.eq(year))
        .select(ProvinceRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there are no province figures for {year}")))
}

/// Creates or replaces the province figures of `year`; `true` when they were created.
pub fn put_province(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    year: i32,
    if_match: IfMatch,
    data: &ProvinceData,
) -> Result<(ProvinceRow, bool), ApiError> {
    write_transaction(conn, |conn| {
        let key = year.to_string();
        let current: Option<ProvinceRow> =
            pf::table.filter(pf::year.eq(year)).select(ProvinceRow::as_select()).first(conn).optional()?;
        let Some(current) = current else {
            if !matches!(if_match, IfMatch::Any) {
                return Err(ApiError::PreconditionFailed(format!("there are no province figures for {year} to match")));
            }
            let row: ProvinceRow = diesel::insert_into(pf::table)
                .values((
                    pf::year.eq(year),
                    data,
                    pf::version.eq(1),
                    pf::created_at.eq(ctx.now),
                    pf::updated_at.eq(ctx.now),
                ))
                .returning(pf::all_columns)
                .get_result(conn)
                .map_err(|e| {
                    ApiError::on_unique_violation(e, || {
                        format!("the province figures of {year} exist; send them again")
                    })
                })?;
            let changes = audit::changes(None, &to_json(data)?, &[]);
            audit::record(conn, ctx, "union_province_figures.create", PROVINCE_ENTITY, &key, &changes)?;
            return Ok((row, true));
        };
        if_match.check(current.version)?;
        let before = current.data();
        if &before == data {
            return Ok((current, false));
        }
        let row: Option<ProvinceRow> = crate::versioned_update!(
            conn,
            pf,
            id = current.id,
            version = current.version,
            now = ctx.now,
            set = (data,)
        )?;
        let row = row.or_stale("the province figures")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(data)?, &[]);
        audit::record(conn, ctx, "union_province_figures.update", PROVINCE_ENTITY, &key, &changes)?;
        Ok((row, false))
    })
}

/// The departments and centres, by code.
pub fn units(conn: &mut DbConnection) -> QueryResult<Vec<UnitRow>> {
    u::table.order(u::code).select(UnitRow::as_select()).load(conn)
}

/// Term `number` (404 if there is none).
pub fn term(conn: &mut DbConnection, number: i32) -> Result<TermRow, ApiError> {
    t::table
        .filter(t::number.eq(number))
        .select(TermRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no term {number}")))
}

/// The staff record of `year` (404 if there is none).
pub fn staff_of(conn: &mut DbConnection, year: i32) -> Result<StaffRow, ApiError> {
    s::table
        .filter(s::year.eq(year))
        .select(StaffRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no staff record for {year}")))
}

/// The department or centre `code` (404 if there is none).
pub fn unit(conn: &mut DbConnection, code: &str) -> Result<UnitRow, ApiError> {
    u::table
        .filter(u::code.eq(code))
        .select(UnitRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no unit '{code}'")))
}

/// Terms follow each other: a later congress opens after an earlier one, and its term starts
/// no earlier than the year the earlier term ends (the year of a congress belongs to both).
fn check_term_order(others: &[TermRow], number: i32, data: &TermData) -> Result<(), ApiError> {
    for other in others.iter().filter(|o| o.number != number) {
        let (earlier, later) = if other.number < number {
            ((other.number, other.congress_on, other.last_year), (number, data.congress_on, data.first_year))
        } else {
            ((number, data.congress_on, data.last_year), (other.number, other.congress_on, other.first_year))
        };
        if later.1 <= earlier.1 || later.2 < earlier.2 {
            return Err(ApiError::conflict(format!(
                "term {} ({}, from {}) must come after term {} ({}, to {}): congresses and terms follow their numbers",
                later.0, later.1, later.2, earlier.0, earlier.1, earlier.2
            )));
        }
    }
    Ok(())
}

/// Creates or replaces term `number`; `true` when it was created. `If-Match` applies to a
/// replacement (a creation with a version in `If-Match` is a 412).
pub fn put_term(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    number: i32,
    if_match: IfMatch,
    data: &TermData,
) -> Result<(TermRow, bool), ApiError> {
    write_transaction(conn, |conn| {
        let all = terms(conn)?;
        check_term_order(&all, number, data)?;
        let committee = json_text(&data.standing_committee)?;
        let key = number.to_string();
        let Some(current) = all.into_iter().find(|r| r.number == number) else {
            if !matches!(if_match, IfMatch::Any) {
                return Err(ApiError::PreconditionFailed(format!("there is no term {number} to match")));
            }
            let row: TermRow = diesel::insert_into(t::table)
                .values((
                    t::number.eq(number),
                    t::congress_on.eq(data.congress_on),
                    t::first_year.eq(data.first_year),
                    t::last_year.eq(data.last_year),
                    t::standing_committee.eq(&committee),
                    t::executive_committee_size.eq(data.executive_committee_size),
                    t::fatherland_front_delegates.eq(data.fatherland_front_delegates),
                    t::note.eq(&data.note),
                    t::version.eq(1),
                    t::created_at.eq(ctx.now),
                    t::updated_at.eq(ctx.now),
                ))
                .returning(t::all_columns)
                .get_result(conn)
                .map_err(|e| ApiError::on_unique_violation(e, || format!("term {number} exists; send it again")))?;
            audit::record(
                conn,
                ctx,
                "union_term.create",
                TERM_ENTITY,
                &key,
                &audit::changes(None, &to_json(data)?, &[]),
            )?;
            return Ok((row, true));
        };
        if_match.check(current.version)?;
        let before = current.data()?;
        if &before == data {
            return Ok((current, false));
        }
        let row: Option<TermRow> = crate::versioned_update!(
            conn,
            t,
            id = current.id,
            version = current.version,
            now = ctx.now,
            set = (
                t::congress_on.eq(data.congress_on),
                t::first_year.eq(data.first_year),
                t::last_year.eq(data.last_year),
                t::standing_committee.eq(&committee),
                t::executive_committee_size.eq(data.executive_committee_size),
                t::fatherland_front_delegates.eq(data.fatherland_front_delegates),
                t::note.eq(&data.note),
            )
        )?;
        let row = row.or_stale("the term")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(data)?, &[]);
        audit::record(conn, ctx, "union_term.update", TERM_ENTITY, &key, &changes)?;
        Ok((row, false))
    })
}

/// Creates or replaces the staff record of `year`; `true` when it was created.
pub fn put_staff(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    year: i32,
    if_match: IfMatch,
    data: &StaffData,
) -> Result<(StaffRow, bool), ApiError> {
    write_transaction(conn, |conn| {
        let by_education = json_text(&data.by_education)?;
        let key = year.to_string();
        let current: Option<StaffRow> =
            s::table.filter(s::year.eq(year)).select(StaffRow::as_select()).first(conn).optional()?;
        let Some(current) = current else {
            if !matches!(if_match, IfMatch::Any) {
                return Err(ApiError::PreconditionFailed(format!("there is no staff record for {year} to match")));
            }
            let row: StaffRow = diesel::insert_into(s::table)
                .values((
                    s::year.eq(year),
                    s::full_time.eq(data.full_time),
                    s::by_education.eq(&by_education),
                    s::note.eq(&data.note),
                    s::version.eq(1),
                    s::created_at.eq(ctx.now),
                    s::updated_at.eq(ctx.now),
                ))
                .returning(s::all_columns)
                .get_result(conn)
                .map_err(|e| {
                    ApiError::on_unique_violation(e, || format!("the staff record of {year} exists; send it again"))
                })?;
            audit::record(
                conn,
                ctx,
                "union_staff.create",
                STAFF_ENTITY,
                &key,
                &audit::changes(None, &to_json(data)?, &[]),
            )?;
            return Ok((row, true));
        };
        if_match.check(current.version)?;
        let before = current.data()?;
        if &before == data {
            return Ok((current, false));
        }
        let row: Option<StaffRow> = crate::versioned_update!(
            conn,
            s,
            id = current.id,
            version = current.version,
            now = ctx.now,
            set = (s::full_time.eq(data.full_time), s::by_education.eq(&by_education), s::note.eq(&data.note),)
        )?;
        let row = row.or_stale("the staff record")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(data)?, &[]);
        audit::record(conn, ctx, "union_staff.update", STAFF_ENTITY, &key, &changes)?;
        Ok((row, false))
    })
}

/// Creates or replaces the department or centre `code`; `true` when it was created.
pub fn put_unit(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    code: &str,
    if_match: IfMatch,
    data: &UnitData,
) -> Result<(UnitRow, bool), ApiError> {
    write_transaction(conn, |conn| {
        let current: Option<UnitRow> =
            u::table.filter(u::code.eq(code)).select(UnitRow::as_select()).first(conn).optional()?;
        let Some(current) = current else {
            if !matches!(if_match, IfMatch::Any) {
                return Err(ApiError::PreconditionFailed(format!("there is no unit '{code}' to match")));
            }
            let row: UnitRow = diesel::insert_into(u::table)
                .values((
                    u::code.eq(code),
                    data,
                    u::version.eq(1),
                    u::created_at.eq(ctx.now),
                    u::updated_at.eq(ctx.now),
                ))
                .returning(u::all_columns)
                .get_result(conn)
                .map_err(|e| ApiError::on_unique_violation(e, || format!("the unit '{code}' exists; send it again")))?;
            audit::record(
                conn,
                ctx,
                "union_unit.create",
                UNIT_ENTITY,
                code,
                &audit::changes(None, &to_json(data)?, &[]),
            )?;
            return Ok((row, true));
        };
        if_match.check(current.version)?;
        let before = current.data();
        if &before == data {
            return Ok((current, false));
        }
        let row: Option<UnitRow> = crate::versioned_update!(
            conn,
            u,
            id = current.id,
            version = current.version,
            now = ctx.now,
            set = (data,)
        )?;
        let row = row.or_stale("the unit")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(data)?, &[]);
        audit::record(conn, ctx, "union_unit.update", UNIT_ENTITY, code, &changes)?;
        Ok((row, false))
    })
}

/// Deletes term `number`, the staff record or province figures of a year or a unit: what
/// `which` names.
pub enum Which<'a> {
    /// A congress term by number.
    Term(i32),
    /// A year's staff record.
    Staff(i32),
    /// A department or centre by code.
    Unit(&'a str),
    /// A year's province figures.
    Province(i32),
}

/// Deletes the record `which` names (404 if there is none).
pub fn delete(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    which: Which<'_>,
    if_match: IfMatch,
) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        // Each arm checks the version and deletes its own row, so no second match is needed.
        let (entity, key, before) = match which {
            Which::Term(number) => {
                let row = term(conn, number)?;
                if_match.check(row.version)?;
                diesel::delete(t::table.find(row.id)).execute(conn)?;
                (TERM_ENTITY, number.to_string(), to_json(&row.data()?)?)
            }
            Which::Staff(year) => {
                let row = staff_of(conn, year)?;
                if_match.check(row.version)?;
                diesel::delete(s::table.find(row.id)).execute(conn)?;
                (STAFF_ENTITY, year.to_string(), to_json(&row.data()?)?)
            }
            Which::Unit(code) => {
                let row = unit(conn, code)?;
                if_match.check(row.version)?;
                diesel::delete(u::table.find(row.id)).execute(conn)?;
                (UNIT_ENTITY, code.to_owned(), to_json(&row.data())?)
            }
            Which::Province(year) => {
                let row = province_of(conn, year)?;
                if_match.check(row.version)?;
                diesel::delete(pf::table.find(row.id)).execute(conn)?;
                (PROVINCE_ENTITY, year.to_string(), to_json(&row.data())?)
            }
        };
        let changes = audit::changes(Some(&before), &serde_json::json!({}), &[]);
        audit::record(conn, ctx, &format!("{entity}.delete"), entity, &key, &changes)?;
        Ok(())
    })
}

/// The union's own figures for `year` (docs/architecture.md, "The statistics contract"),
/// union-wide: years since its founding, its full-time staff and their education, its
/// departments and centres by kind, and the committees of the term the year falls in (the
/// latest one, in a congress year).
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<Observation>> {
    let mut out = Vec::new();
    let mut figure = |metric: Metric, dimension: Option<(&str, String)>, value: i64| {
        out.push(Observation {
            metric,
            year,
            association_id: None,
            dimension: dimension.map(|(name, value)| (name.to_owned(), value)),
            value,
        });
    };
    let founded: Option<Option<NaiveDate>> = p::table.select(p::founded_on).first(conn).optional()?;
    if let Some(founded) = founded.flatten().filter(|f| f.year() <= year) {
        figure(Metric::UnionAgeYears, None, i64::from(year - founded.year()));
    }
    let staff: Option<StaffRow> =
        s::table.filter(s::year.eq(year)).select(StaffRow::as_select()).first(conn).optional()?;
    if let Some(staff) = staff {
        figure(Metric::UnionFullTimeStaff, None, i64::from(staff.full_time));
        let by_education: BTreeMap<EducationLevel, i32> = serde_json::from_str(&staff.by_education)
            .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))?;
        for (level, people) in by_education {
            figure(
                Metric::UnionStaffByEducation,
                Some(("education_level", level.code().to_owned())),
                i64::from(people),
            );
        }
    }
    let province: Option<i64> =
        pf::table.filter(pf::year.eq(year)).select(pf::st_intellectuals).first(conn).optional()?;
    if let Some(n) = province {
        figure(Metric::ProvinceStIntellectuals, None, n);
    }
    let units: Vec<UnitRow> = u::table
        .filter(u::established_year.is_null().or(u::established_year.le(year)))
        .filter(u::closed_year.is_null().or(u::closed_year.ge(year)))
        .select(UnitRow::as_select())
        .load(conn)?;
    let mut by_kind: BTreeMap<&'static str, i64> = BTreeMap::new();
    for unit in &units {
        *by_kind.entry(unit.kind.code()).or_default() += 1;
    }
    for (kind, n) in by_kind {
        figure(Metric::UnionUnitsByKind, Some(("kind", kind.to_owned())), n);
    }
    let term: Option<TermRow> = t::table
        .filter(t::first_year.le(year).and(t::last_year.ge(year)))
        .order(t::number.desc())
        .select(TermRow::as_select())
        .first(conn)
        .optional()?;
    if let Some(term) = term {
        if let Some(n) = term.executive_committee_size {
            figure(Metric::UnionExecutiveCommittee, None, i64::from(n));
        }
        let committee: Vec<CommitteeMember> = serde_json::from_str(&term.standing_committee)
            .map_err(|e| diesel::result::Error::DeserializationError(Box::new(e)))?;
        figure(Metric::UnionStandingCommittee, None, committee.len() as i64);
        if let Some(n) = term.fatherland_front_delegates {
            figure(Metric::UnionFatherlandFrontDelegates, None, i64::from(n));
        }
    }
    Ok(out)
}
