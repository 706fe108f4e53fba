//! Contest entries: what an association submits to an edition while it is open, with its
//! authors (pupils and a supervising teacher for the youth contest) and attachments as
//! links; the union's eligibility decision; withdrawal.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::auth::Caller;
use crate::db::schema::{contest_entries as en, entry_authors as au, judge_assignments as ja};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{AuthorRole, CodeList, ContestKind, EditionStatus, EntryStatus, Prize};
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::audit::{self, to_json, WriteContext};
use crate::models::contest::{self, EditionRow};

/// Audit entity type.
pub const ENTITY: &str = "contest_entry";

/// A row of `contest_entries`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = en)]
pub struct EntryRow {
    /// Id.
    pub id: i64,
    /// The edition.
    pub edition_id: i64,
    /// Title.
    pub title: String,
    /// Field.
    pub field: Option<String>,
    /// Summary.
    pub summary: Option<String>,
    /// Proposing association.
    pub association_id: Option<i64>,
    /// Attachments as JSON.
    pub attachments: String,
    /// Status code.
    pub status: EntryStatus,
    /// Why ineligible.
    pub ineligible_reason: Option<String>,
    /// Provincial prize code.
    pub prize: Option<Prize>,
    /// Rank at publication.
    pub rank: Option<i32>,
    /// Score at publication.
    pub final_score: Option<f64>,
    /// Sent on to the national contest.
    pub national_sent_on: Option<NaiveDate>,
    /// National prize code.
    pub national_prize: Option<Prize>,
    /// Labour Creativity Certificate.
    pub labour_creativity_certificate: bool,
    /// Applied in practice.
    pub applied: bool,
    /// Commercialised.
    pub commercialised: bool,
    /// Note on the national result.
    pub national_note: Option<String>,
    /// Search text.
    pub search_text: String,
    /// Who submitted it.
    pub submitted_by: String,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

impl EntryRow {
    /// The attachments.
    pub fn attachments(&self) -> Result<Vec<Attachment>, ApiError> {
        serde_json::from_str(&self.attachments).map_err(|e| ApiError::Internal(e.into()))
    }
}

/// A row of `entry_authors`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = au)]
pub struct AuthorRow {
    /// Id.
    pub id: i64,
    /// The entry.
    pub entry_id: i64,
    /// Order.
    pub position: i32,
    /// Role code.
    pub role: AuthorRole,
    /// A known person.
    pub person_id: Option<i64>,
    /// Name.
    pub full_name: String,
    /// Workplace.
    pub workplace: Option<String>,
    /// School.
    pub school: Option<String>,
    /// Grade.
    pub grade: Option<i32>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
}

impl AuthorRow {
    /// The content.
    pub fn data(&self) -> AuthorData {
        AuthorData {
            role: self.role,
            person_id: self.person_id,
            full_name: self.full_name.clone(),
            workplace: self.workplace.clone(),
            school: self.school.clone(),
            grade: self.grade,
            birth_date: self.birth_date,
        }
    }

    /// A pupil under 18 on `on` (a pupil without a birth date counts as one).
    pub fn is_minor(&self, on: NaiveDate) -> bool {
        if self.role != AuthorRole::Pupil {
            return false;
        }
        match self.birth_date {
            None => true,
            Some(born) => {
                let mut age = on.year() - born.year();
                if (on.month(), on.day()) < (born.month(), born.day()) {
                    age -= 1;
                }
                age < 18
            }
        }
    }
}

/// An attachment: a link with what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// The address.
    pub url: String,
    /// What it is.
    pub title: String,
    /// Media type, e.g. `application/pdf`.
    pub media_type: Option<String>,
    /// Size in bytes.
    pub size_bytes: Option<i64>,
}

/// An author as entered (a known person's name and workplace are filled in from the registry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::entry_authors, treat_none_as_null = true)]
pub struct AuthorData {
    /// Role.
    pub role: AuthorRole,
    /// A known person.
    pub person_id: Option<i64>,
    /// Name.
    pub full_name: String,
    /// Workplace.
    pub workplace: Option<String>,
    /// School (pupils, supervisors).
    pub school: Option<String>,
    /// Grade, 1 to 12 (pupils).
    pub grade: Option<i32>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
}

/// The content of an entry that submission and update set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryData {
    /// Title.
    pub title: String,
    /// Field.
    pub field: Option<String>,
    /// Summary.
    pub summary: Option<String>,
    /// Proposing association.
    pub association_id: Option<i64>,
    /// Attachments.
    pub attachments: Vec<Attachment>,
    /// Authors, in order.
    pub authors: Vec<AuthorData>,
}

/// The scope of editions `caller` sees.
pub fn edition_scope(caller: &Caller) -> contest::EditionScope {
    if caller.staff {
        contest::EditionScope::All
    } else if !caller.managed.is_empty() || caller.judge_user.is_some() {
        contest::EditionScope::Started
    } else {
        contest::EditionScope::Published
    }
}

/// How much of an entry a caller sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// Everything (staff; the managers of its association).
    Full,
    /// What its judges need: the entry without authors' personal details.
    Judge,
    /// The published result (anyone, once results are published).
    Public,
}

/// What an entry list shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this status.
    pub status: Option<EntryStatus>,
    /// Only this association's.
    pub association_id: Option<i64>,
    /// Folded words of the title, field or authors' names.
    pub q: Option<String>,
}

/// The entries of an edition the caller may see, by id, after `after`; with the view of each.
pub fn list(
    conn: &mut DbConnection,
    caller: &Caller,
    edition: &EditionRow,
    filter: &Filter,
    after: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<(EntryRow, View)>> {
    let mut q = visible(caller, edition, filter);
    if let Some(id) = after {
        q = q.filter(en::id.gt(id));
    }
    let rows: Vec<EntryRow> = q.order(en::id).limit(limit).select(EntryRow::as_select()).load(conn)?;
    let assigned: Vec<i64> = match caller.judge_user {
        Some(user) if !caller.staff => {
            let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
            ja::table.filter(ja::user_id.eq(user).and(ja::entry_id.eq_any(ids))).select(ja::entry_id).load(conn)?
        }
        _ => Vec::new(),
    };
    Ok(rows
        .into_iter()
        .map(|r| {
            let view = view_of(caller, &r, assigned.contains(&r.id));
            (r, view)
        })
        .collect())
}

/// How many entries of an edition the caller may see pass `filter` (the list's `include_total`).
pub fn count(conn: &mut DbConnection, caller: &Caller, edition: &EditionRow, filter: &Filter) -> QueryResult<i64> {
    visible(caller, edition, filter).count().get_result(conn)
}

/// The entries of an edition that the caller may see and that pass `filter`.
fn visible(caller: &Caller, edition: &EditionRow, filter: &Filter) -> en::BoxedQuery<'static, MultiBackend> {
    let mut q = en::table.filter(en::edition_id.eq(edition.id)).into_boxed::<MultiBackend>();
    if let Some(s) = filter.status {
        q = q.filter(en::status.eq(s));
    }
    if let Some(a) = filter.association_id {
        q = q.filter(en::association_id.eq(a));
    }
    if let Some(words) = &filter.q {
        for word in words.split_whitespace() {
            q = q.filter(en::search_text.like(crate::db::search::like_contains(word)).escape('\\'));
        }
    }
    let public = edition.is_published();
    if !caller.staff {
        // What a caller who is not staff sees: its own associations' entries, the entries it is
        // assigned to judge, and once results are published every eligible entry.
        type Visible = Box<
            dyn BoxableExpression<
                en::table,
                MultiBackend,
                SqlType = diesel::sql_types::Nullable<diesel::sql_types::Bool>,
            >,
        >;
        let mut visible: Visible = Box::new(en::association_id.eq_any(caller.managed.clone()));
        if let Some(judge) = caller.judge_user {
            let assigned = ja::table.filter(ja::user_id.eq(judge)).select(ja::entry_id);
            visible = Box::new(visible.or(en::id.eq_any(assigned)));
        }
        if public {
            visible = Box::new(visible.or(en::status.eq(EntryStatus::Eligible.code())));
        }
        q = q.filter(visible);
    }
    q
}

fn view_of(caller: &Caller, row: &EntryRow, assigned: bool) -> View {
    if caller.staff || row.association_id.is_some_and(|a| caller.managed.contains(&a)) {
        View::Full
    } else if assigned {
        View::Judge
    } else {
        View::Public
    }
}

/// Entry `id` as the caller may see it, with its edition and the view; `404` for an entry the
/// caller may not see.
pub fn get_for(conn: &mut DbConnection, caller: &Caller, id: i64) -> Result<(EntryRow, EditionRow, View), ApiError> {
    let row = get(conn, id)?;
    let edition = contest::get_edition(conn, row.edition_id)?;
    let assigned = match caller.judge_user {
        Some(user) => {
            ja::table.filter(ja::user_id.eq(user).and(ja::entry_id.eq(id))).count().get_result::<i64>(conn)? > 0
        }
        None => false,
    };
    let view = view_of(caller, &row, assigned);
    let visible = view != View::Public || (edition.is_published() && row.status == EntryStatus::Eligible);
    if !visible {
        return Err(not_found(id));
    }
    Ok((row, edition, view))
}

fn not_found(id: i64) -> ApiError {
    ApiError::NotFound(format!("there is no contest entry with id {id}"))
}

/// 404 unless entry `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<EntryRow, ApiError> {
    en::table.find(id).select(EntryRow::as_select()).first(conn).optional()?.ok_or_else(|| not_found(id))
}

/// The authors of entries, in order, by entry.
pub fn authors_of(
    conn: &mut DbConnection,
    entry_ids: &[i64],
) -> QueryResult<std::collections::HashMap<i64, Vec<AuthorRow>>> {
    let rows: Vec<AuthorRow> = au::table
        .filter(au::entry_id.eq_any(entry_ids))
        .order((au::entry_id, au::position))
        .select(AuthorRow::as_select())
        .load(conn)?;
    let mut map: std::collections::HashMap<i64, Vec<AuthorRow>> = std::collections::HashMap::new();
    for row in rows {
        map.entry(row.entry_id).or_default().push(row);
    }
    Ok(map)
}

/// The rules every entry's authors follow, as field errors: a pupil has a school and a
/// grade; only a pupil has a grade.
pub fn author_rules(authors: &[AuthorData]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (i, a) in authors.iter().enumerate() {
        let field = |name: &str| format!("authors[{i}].{name}");
        if a.role == AuthorRole::Pupil {
            if a.school.is_none() {
                errors.push(FieldError::new(field("school"), "required", "a pupil's school is required"));
            }
            if a.grade.is_none() {
                errors.push(FieldError::new(field("grade"), "required", "a pupil's grade is required"));
            }
        } else if a.grade.is_some() {
            errors.push(FieldError::new(field("grade"), "not_allowed", "only a pupil has a grade"));
        }
    }
    errors
}

/// The rules of a contest kind for the authors of an entry, as field errors.
pub fn kind_rules(kind: ContestKind, authors: &[AuthorData]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (i, a) in authors.iter().enumerate() {
        let field = format!("authors[{i}].role");
        match (kind, a.role) {
            (ContestKind::TechnicalInnovation, AuthorRole::Pupil | AuthorRole::Supervisor) => {
                errors.push(FieldError::new(field, "not_allowed", "the technical innovation contest has authors only"))
            }
            (ContestKind::YouthCreativity, AuthorRole::Author) => errors.push(FieldError::new(
                field,
                "not_allowed",
                "the youth creativity contest has pupils and supervising teachers",
            )),
            _ => {}
        }
    }
    if kind == ContestKind::YouthCreativity && !authors.iter().any(|a| a.role == AuthorRole::Pupil) {
        errors.push(FieldError::new("authors", "required", "a youth creativity entry names at least one pupil"));
    }
    errors
}

/// Fills in the name and workplace of authors that name a known person, and checks the
/// persons and the association exist. An association manager names only members of its own
/// associations (or persons the entry already names): the registry is not theirs to read.
fn resolve(conn: &mut DbConnection, caller: &Caller, known: &[i64], data: &mut EntryData) -> Result<(), ApiError> {
    use crate::db::schema::memberships as m;
    let mut errors = Vec::new();
    for (i, a) in data.authors.iter_mut().enumerate() {
        let Some(pid) = a.person_id else { continue };
        let field = format!("authors[{i}].person_id");
        if !caller.staff && !known.contains(&pid) {
            let members: i64 = m::table
                .filter(m::person_id.eq(pid).and(m::association_id.eq_any(&caller.managed)))
                .count()
                .get_result(conn)?;
            if members == 0 {
                errors.push(FieldError::new(
                    field,
                    "unknown",
                    format!("there is no person with id {pid} among the members of your associations"),
                ));
                continue;
            }
        }
        match crate::models::person::referenced(conn, pid, &field)? {
            Ok(p) => {
                if a.full_name.is_empty() {
                    a.full_name = p.full_name;
                }
                if a.workplace.is_none() {
                    a.workplace = p.workplace;
                }
            }
            Err(e) => errors.push(e),
        }
    }
    if let Some(a) = data.association_id {
        errors.extend(crate::models::association::check_reference(conn, a, "association_id")?);
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(errors))
    }
}

/// Folded title, field and the names of the authors who are not pupils: a search must not
/// find a pupil whose published name is initials.
fn search_text(data: &EntryData) -> String {
    let mut parts = vec![data.title.clone()];
    parts.extend(data.field.clone());
    parts.extend(data.authors.iter().filter(|a| a.role != AuthorRole::Pupil).map(|a| a.full_name.clone()));
    vn::fold(&parts.join(" "))
}

fn write_authors(conn: &mut DbConnection, entry_id: i64, authors: &[AuthorData]) -> QueryResult<()> {
    diesel::delete(au::table.filter(au::entry_id.eq(entry_id))).execute(conn)?;
    for (i, a) in authors.iter().enumerate() {
        diesel::insert_into(au::table)
            .values((au::entry_id.eq(entry_id), au::position.eq(i32::try_from(i + 1).unwrap_or(i32::MAX)), a))
            .execute(conn)?;
    }
    Ok(())
}

fn attachments_json(attachments: &[Attachment]) -> Result<String, ApiError> {
    serde_json::to_string(attachments).map_err(|e| ApiError::Internal(e.into()))
}

/// Who may submit to or change an entry of `association_id`: staff, or its managers.
fn check_scope(caller: &Caller, association_id: Option<i64>) -> Result<(), ApiError> {
    if caller.staff {
        return Ok(());
    }
    match association_id {
        Some(a) if caller.managed.contains(&a) => Ok(()),
        Some(a) => Err(ApiError::Forbidden(format!("you do not manage association {a}"))),
        None => Err(ApiError::invalid("association_id", "required", "name the association that submits the entry")),
    }
}

fn edition_open_for_entries(edition: &EditionRow, caller: &Caller) -> Result<(), ApiError> {
    let status = edition.status;
    let ok = status == EditionStatus::Open || (caller.staff && status == EditionStatus::Judging);
    if ok {
        Ok(())
    } else {
        Err(ApiError::conflict(format!(
            "entries are submitted and changed while the edition is open (staff: also while judging); it is {}",
            status.code()
        )))
    }
}

/// Submits an entry to an edition while it is open: staff, or a manager for its own
/// association.
pub fn submit(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    caller: &Caller,
    edition_id: i64,
    mut data: EntryData,
    submitted_by: &str,
) -> Result<EntryRow, ApiError> {
    check_scope(caller, data.association_id)?;
    write_transaction(conn, |conn| {
        let edition = contest::get_edition(conn, edition_id)?;
        if !caller.staff && !edition_scope(caller).allows(edition.status) {
            return Err(ApiError::NotFound(format!("there is no contest edition with id {edition_id}")));
        }
        let kind = contest::get(conn, edition.contest_id)?.data().kind;
        let errors = kind_rules(kind, &data.authors);
        if !errors.is_empty() {
            return Err(ApiError::Validation(errors));
        }
        resolve(conn, caller, &[], &mut data)?;
        if edition.status != EditionStatus::Open {
            return Err(ApiError::conflict(format!(
                "entries are submitted while the edition is open; it is {}",
                edition.status.code()
            )));
        }
        let row: EntryRow = diesel::insert_into(en::table)
            .values((
                en::edition_id.eq(edition_id),
                en::title.eq(&data.title),
                en::field.eq(&data.field),
                en::summary.eq(&data.summary),
                en::association_id.eq(data.association_id),
                en::attachments.eq(attachments_json(&data.attachments)?),
                en::status.eq(EntryStatus::Submitted.code()),
                en::search_text.eq(search_text(&data)),
                en::submitted_by.eq(submitted_by),
                en::version.eq(1),
                en::created_at.eq(ctx.now),
                en::updated_at.eq(ctx.now),
            ))
            .returning(en::all_columns)
            .get_result(conn)?;
        write_authors(conn, row.id, &data.authors)?;
        let changes = audit::changes(None, &to_json(&data)?, &["authors"]);
        audit::record(conn, ctx, "contest_entry.submit", ENTITY, &row.id.to_string(), &changes)?;
        Ok(row)
    })
}

/// The stored content of an entry.
pub fn data_of(conn: &mut DbConnection, row: &EntryRow) -> Result<EntryData, ApiError> {
    let authors = authors_of(conn, &[row.id])?.remove(&row.id).unwrap_or_default();
    Ok(EntryData {
        title: row.title.clone(),
        field: row.field.clone(),
        summary: row.summary.clone(),
        association_id: row.association_id,
        attachments: row.attachments()?,
        authors: authors.iter().map(AuthorRow::data).collect(),
    })
}

/// Changes an entry: its managers while the edition is open and the entry not yet decided
/// on; staff also while judging. The association changes only by staff.
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    caller: &Caller,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(EntryData) -> Result<EntryData, ApiError>,
) -> Result<EntryRow, ApiError> {
    write_transaction(conn, |conn| {
        let (current, edition, view) = get_for(conn, caller, id)?;
        if view != View::Full {
            return Err(ApiError::Forbidden("only staff and the entry's association managers change it".into()));
        }
        let before = data_of(conn, &current)?;
        let mut data = edit(before.clone())?;
        if_match.check(current.version)?;
        if data.association_id != before.association_id && !caller.staff {
            return Err(ApiError::Forbidden("only staff move an entry to another association".into()));
        }
        let kind = contest::get(conn, edition.contest_id)?.data().kind;
        let errors = kind_rules(kind, &data.authors);
        if !errors.is_empty() {
            return Err(ApiError::Validation(errors));
        }
        let known: Vec<i64> = before.authors.iter().filter_map(|a| a.person_id).collect();
        resolve(conn, caller, &known, &mut data)?;
        if data == before {
            return Ok(current);
        }
        edition_open_for_entries(&edition, caller)?;
        let status = current.status;
        if status == EntryStatus::Withdrawn || (!caller.staff && status != EntryStatus::Submitted) {
            return Err(ApiError::conflict(format!("an entry that is {} cannot be changed by you", status.code())));
        }
        let row: EntryRow = crate::versioned_update!(
            conn,
            en,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                en::title.eq(&data.title),
                en::field.eq(&data.field),
                en::summary.eq(&data.summary),
                en::association_id.eq(data.association_id),
                en::attachments.eq(attachments_json(&data.attachments)?),
                en::search_text.eq(search_text(&data)),
            )
        )?
        .or_stale("the entry")?;
        if data.authors != before.authors {
            write_authors(conn, id, &data.authors)?;
        }
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&data)?, &["authors"]);
        audit::record(conn, ctx, "contest_entry.update", ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// A decision on an entry's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Eligible: judged and ranked.
    Eligible,
    /// Ineligible, with the reason.
    Ineligible(String),
    /// Withdrawn by its association (or staff).
    Withdrawn,
}

/// Records a decision: eligibility by staff while the edition is open or judging; a
/// withdrawal by the entry's managers while the edition is open, by staff also while judging.
pub fn decide(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    caller: &Caller,
    id: i64,
    if_match: IfMatch,
    decision: Decision,
) -> Result<EntryRow, ApiError> {
    write_transaction(conn, |conn| {
        let (current, edition, view) = get_for(conn, caller, id)?;
        let withdrawal = decision == Decision::Withdrawn;
        if !caller.staff && (!withdrawal || view != View::Full) {
            return Err(ApiError::Forbidden(if withdrawal {
                "only staff and the entry's association managers withdraw it".into()
            } else {
                "only staff decide eligibility".into()
            }));
        }
        if_match.check(current.version)?;
        edition_open_for_entries(&edition, caller)?;
        let status = current.status;
        if status == EntryStatus::Withdrawn {
            return Err(ApiError::conflict("the entry was withdrawn"));
        }
        let (target, reason) = match &decision {
            Decision::Eligible => (EntryStatus::Eligible, None),
            Decision::Ineligible(reason) => (EntryStatus::Ineligible, Some(reason.clone())),
            Decision::Withdrawn => (EntryStatus::Withdrawn, current.ineligible_reason.clone()),
        };
        // A prize belongs to an eligible entry only.
        let prize = if target == EntryStatus::Eligible { current.prize } else { None };
        let row: EntryRow = crate::versioned_update!(
            conn,
            en,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (en::status.eq(target), en::ineligible_reason.eq(&reason), en::prize.eq(&prize),)
        )?
        .or_stale("the entry")?;
        let changes = serde_json::json!({
            "status": {"from": status.code(), "to": target.code()},
            "ineligible_reason": {"from": current.ineligible_reason, "to": reason},
            "prize": {"from": current.prize, "to": prize},
        });
        let action = if withdrawal { "contest_entry.withdraw" } else { "contest_entry.eligibility" };
        audit::record(conn, ctx, action, ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// A historical entry with its final result, for import.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The entry.
    pub data: EntryData,
    /// Its provincial prize.
    pub prize: Option<Prize>,
    /// Its rank.
    pub rank: Option<i32>,
    /// Its score.
    pub final_score: Option<f64>,
    /// Its national prize.
    pub national_prize: Option<Prize>,
    /// A Labour Creativity Certificate came with it.
    pub labour_creativity_certificate: bool,
    /// Applied in practice.
    pub applied: bool,
    /// Commercialised.
    pub commercialised: bool,
}

impl Imported {
    /// It went on to the national contest.
    pub fn sent_on(&self) -> bool {
        self.national_prize.is_some() || self.labour_creativity_certificate || self.applied || self.commercialised
    }
}

/// Loads a past edition: its entries (eligible, with their final prizes and national
/// results) go into an empty draft edition, which is then closed with its results published
/// on `published_on`. All or nothing.
pub fn import(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    edition_id: i64,
    entries: &[(usize, Imported)],
    published_on: NaiveDate,
    submitted_by: &str,
) -> Result<crate::models::Written, ApiError> {
    use crate::db::schema::contest_editions as ed;
    write_transaction(conn, |conn| {
        let edition = contest::get_edition(conn, edition_id)?;
        let existing: i64 = en::table.filter(en::edition_id.eq(edition_id)).count().get_result(conn)?;
        if edition.status != EditionStatus::Draft || existing > 0 {
            return Err(ApiError::conflict(
                "a past edition is imported into an empty draft edition (this one is not, or has entries)",
            ));
        }
        let mut errors = Vec::new();
        for (row, e) in entries {
            if let Some(a) = e.data.association_id {
                errors
                    .extend(crate::models::association::check_reference(conn, a, "association_id")?.map(|f| (*row, f)));
            }
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        for (_, e) in entries {
            let sent = e.sent_on();
            let row: EntryRow = diesel::insert_into(en::table)
                .values((
                    (
                        en::edition_id.eq(edition_id),
                        en::title.eq(&e.data.title),
                        en::field.eq(&e.data.field),
                        en::summary.eq(&e.data.summary),
                        en::association_id.eq(e.data.association_id),
                        en::attachments.eq(attachments_json(&e.data.attachments)?),
                        en::status.eq(EntryStatus::Eligible.code()),
                        en::prize.eq(e.prize),
                        en::rank.eq(e.rank),
                        en::final_score.eq(e.final_score),
                    ),
                    (
                        en::national_sent_on.eq(sent.then_some(published_on)),
                        en::national_prize.eq(e.national_prize),
                        en::labour_creativity_certificate.eq(e.labour_creativity_certificate),
                        en::applied.eq(e.applied),
                        en::commercialised.eq(e.commercialised),
                        en::search_text.eq(search_text(&e.data)),
                        en::submitted_by.eq(submitted_by),
                        en::version.eq(1),
                        en::created_at.eq(ctx.now),
                        en::updated_at.eq(ctx.now),
                    ),
                ))
                .returning(en::all_columns)
                .get_result(conn)?;
            write_authors(conn, row.id, &e.data.authors)?;
        }
        diesel::update(ed::table.find(edition_id))
            .set((
                ed::status.eq(EditionStatus::Closed.code()),
                ed::published_on.eq(Some(published_on)),
                ed::version.eq(edition.version + 1),
                ed::updated_at.eq(ctx.now),
            ))
            .execute(conn)?;
        let changes = serde_json::json!({
            "status": {"from": edition.status, "to": EditionStatus::Closed.code()},
            "published_on": {"from": null, "to": published_on},
            "entries_imported": {"from": null, "to": entries.len()},
        });
        audit::record(conn, ctx, "contest_edition.import", contest::EDITION, &edition_id.to_string(), &changes)?;
        Ok(Ok(entries.len()))
    })
}
