//! Activities (hoạt động): workshops, research projects, transfer models, council
//! participation, publications, social activities, training; and their statistics
//! observations.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::schema::activities as a;
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{
    ActivityKind, CodeList, CouncilRole, OrganiserKind, PublicationKind, ResearchLevel, ResearchStatus, UnionRole,
    Visibility,
};
use crate::domain::statistics::{Metric, Observation};
use crate::domain::vn;
use crate::error::ApiError;
use crate::models::audit::{self, to_json, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "activity";

/// A row of `activities`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = a)]
pub struct ActivityRow {
    /// Id.
    pub id: i64,
    /// Kind code.
    pub kind: ActivityKind,
    /// Title.
    pub title: String,
    /// Organiser kind code.
    pub organiser_kind: OrganiserKind,
    /// Association.
    pub association_id: Option<i64>,
    /// Partner.
    pub partner_name: Option<String>,
    /// Start date.
    pub starts_on: NaiveDate,
    /// End date.
    pub ends_on: Option<NaiveDate>,
    /// Year of the start.
    pub year: i32,
    /// Place.
    pub place: Option<String>,
    /// Participants.
    pub participants: Option<i32>,
    /// Union role code; `None` for an association's own activity the union had no part in.
    pub union_role: Option<UnionRole>,
    /// Outcome.
    pub outcome: Option<String>,
    /// Links as JSON.
    pub links: String,
    /// Visibility code.
    pub visibility: Visibility,
    /// Council name.
    pub council_name: Option<String>,
    /// Projects evaluated.
    pub projects_evaluated: Option<i32>,
    /// Council role code.
    pub council_role: Option<CouncilRole>,
    /// Research level code.
    pub research_level: Option<ResearchLevel>,
    /// Research status code.
    pub research_status: Option<ResearchStatus>,
    /// Beneficiaries.
    pub beneficiaries: Option<i32>,
    /// Amount (VND).
    pub amount: Option<i64>,
    /// Articles.
    pub articles: Option<i32>,
    /// Search text.
    pub search_text: String,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
    /// Visits.
    pub visits: Option<i64>,
    /// Publication kind.
    pub publication_kind: Option<PublicationKind>,
}

/// A link with its title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// Absolute http(s) URL.
    pub url: String,
    /// What it is.
    pub title: Option<String>,
}

/// The checked content of an activity: the kind-specific fields are set for their kind only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActivityData {
    /// Kind.
    pub kind: ActivityKind,
    /// Title.
    pub title: String,
    /// Organiser.
    pub organiser_kind: OrganiserKind,
    /// Association (organiser `association`).
    pub association_id: Option<i64>,
    /// Partner (organiser `partner`).
    pub partner_name: Option<String>,
    /// Start date.
    pub starts_on: NaiveDate,
    /// End date.
    pub ends_on: Option<NaiveDate>,
    /// Place.
    pub place: Option<String>,
    /// Participants.
    pub participants: Option<i32>,
    /// The union's role, if it had one.
    pub union_role: Option<UnionRole>,
    /// Outcome or notes.
    pub outcome: Option<String>,
    /// Links.
    pub links: Vec<Link>,
    /// Visibility.
    pub visibility: Visibility,
    /// Council name.
    pub council_name: Option<String>,
    /// Projects evaluated.
    pub projects_evaluated: Option<i32>,
    /// Council role.
    pub council_role: Option<CouncilRole>,
    /// Research level.
    pub research_level: Option<ResearchLevel>,
    /// Research status.
    pub research_status: Option<ResearchStatus>,
    /// Beneficiaries.
    pub beneficiaries: Option<i32>,
    /// Amount (VND).
    pub amount: Option<i64>,
    /// Articles.
    pub articles: Option<i32>,
    /// Visits to the publication's online channel.
    pub visits: Option<i64>,
    /// What the publication is.
    pub publication_kind: Option<PublicationKind>,
}

impl ActivityRow {
    /// The content.
    pub fn data(&self) -> Result<ActivityData, ApiError> {
        Ok(ActivityData {
            kind: self.kind,
            title: self.title.clone(),
            organiser_kind: self.organiser_kind,
            association_id: self.association_id,
            partner_name: self.partner_name.clone(),
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            place: self.place.clone(),
            participants: self.participants,
            union_role: self.union_role,
            outcome: self.outcome.clone(),
            links: serde_json::from_str(&self.links).map_err(|e| ApiError::Internal(e.into()))?,
            visibility: self.visibility,
            council_name: self.council_name.clone(),
            projects_evaluated: self.projects_evaluated,
            council_role: self.council_role,
            research_level: self.research_level,
            research_status: self.research_status,
            beneficiaries: self.beneficiaries,
            amount: self.amount,
            articles: self.articles,
            visits: self.visits,
            publication_kind: self.publication_kind,
        })
    }
}

fn search_text(d: &ActivityData) -> String {
    let parts = [Some(d.title.as_str()), d.place.as_deref(), d.partner_name.as_deref(), d.council_name.as_deref()];
    vn::fold(&parts.into_iter().flatten().collect::<Vec<_>>().join(" "))
}

/// 404 unless activity `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<ActivityRow, ApiError> {
    a::table
        .find(id)
        .select(ActivityRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no activity with id {id}")))
}

/// What a list of activities shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this kind.
    pub kind: Option<ActivityKind>,
    /// Only activities that started this year.
    pub year: Option<i32>,
    /// Only this organiser kind.
    pub organiser_kind: Option<OrganiserKind>,
    /// Only this association's.
    pub association_id: Option<i64>,
    /// Only this role of the union.
    pub union_role: Option<UnionRole>,
    /// Started on or after.
    pub from: Option<NaiveDate>,
    /// Started on or before.
    pub to: Option<NaiveDate>,
    /// Folded words of title, place, partner or council.
    pub q: Option<String>,
    /// Visibility: `None` shows everything; `Some(ids)` shows public activities and the
    /// internal ones of these associations.
    pub visible_to: Option<Vec<i64>>,
}

/// A page of activities, newest first (start date, then id, descending), after `after`.
pub fn list(
    conn: &mut DbConnection,
    filter: &Filter,
    after: Option<(NaiveDate, i64)>,
    limit: i64,
) -> QueryResult<Vec<ActivityRow>> {
    let mut q = filtered(filter);
    if let Some((date, id)) = after {
        q = q.filter(a::starts_on.le(date).and(a::starts_on.lt(date).or(a::id.lt(id))));
    }
    q.order((a::starts_on.desc(), a::id.desc())).limit(limit).select(ActivityRow::as_select()).load(conn)
}

/// The rows that pass `filter`, as a query to page or count.
fn filtered(filter: &Filter) -> a::BoxedQuery<'static, MultiBackend> {
    let mut q = a::table.into_boxed::<MultiBackend>();
    if let Some(k) = filter.kind {
        q = q.filter(a::kind.eq(k));
    }
    if let Some(y) = filter.year {
        q = q.filter(a::year.eq(y));
    }
    if let Some(o) = filter.organiser_kind {
        q = q.filter(a::organiser_kind.eq(o));
    }
    if let Some(id) = filter.association_id {
        q = q.filter(a::association_id.eq(id));
    }
    if let Some(r) = filter.union_role {
        q = q.filter(a::union_role.eq(r));
    }
    if let Some(from) = filter.from {
        q = q.filter(a::starts_on.ge(from));
    }
    if let Some(to) = filter.to {
        q = q.filter(a::starts_on.le(to));
    }
    if let Some(words) = &filter.q {
        for word in words.split_whitespace() {
            q = q.filter(a::search_text.like(crate::db::search::like_contains(word)).escape('\\'));
        }
    }
    if let Some(ids) = &filter.visible_to {
        q = q.filter(a::visibility.eq(Visibility::Public.code()).or(a::association_id.eq_any(ids.clone())));
    }
    q
}

/// How many rows pass `filter` (a list's `include_total`).
pub fn count(conn: &mut DbConnection, filter: &Filter) -> QueryResult<i64> {
    filtered(filter).count().get_result(conn)
}

/// Checks that the association exists.
fn check_references(conn: &mut DbConnection, data: &ActivityData) -> Result<(), ApiError> {
    if let Some(id) = data.association_id {
        if let Some(e) = crate::models::association::check_reference(conn, id, "association_id")? {
            return Err(ApiError::Validation(vec![e]));
        }
    }
    Ok(())
}

fn insert_one(conn: &mut DbConnection, ctx: &WriteContext, data: &ActivityData) -> Result<ActivityRow, ApiError> {
    use chrono::Datelike;
    let links = serde_json::to_string(&data.links).map_err(|e| ApiError::Internal(e.into()))?;
    let row: ActivityRow = diesel::insert_into(a::table)
        .values((
            (
                a::kind.eq(data.kind),
                a::title.eq(&data.title),
                a::organiser_kind.eq(data.organiser_kind),
                a::association_id.eq(data.association_id),
                a::partner_name.eq(&data.partner_name),
                a::starts_on.eq(data.starts_on),
                a::ends_on.eq(data.ends_on),
                a::year.eq(data.starts_on.year()),
                a::place.eq(&data.place),
                a::participants.eq(data.participants),
                a::union_role.eq(data.union_role),
                a::outcome.eq(&data.outcome),
                a::links.eq(links),
            ),
            (
                a::visibility.eq(data.visibility),
                a::council_name.eq(&data.council_name),
                a::projects_evaluated.eq(data.projects_evaluated),
                a::council_role.eq(data.council_role),
                a::research_level.eq(data.research_level),
                a::research_status.eq(data.research_status),
                a::beneficiaries.eq(data.beneficiaries),
                a::amount.eq(data.amount),
                a::articles.eq(data.articles),
                a::visits.eq(data.visits),
                a::publication_kind.eq(data.publication_kind),
                a::search_text.eq(search_text(data)),
                a::version.eq(1),
                a::created_at.eq(ctx.now),
                a::updated_at.eq(ctx.now),
            ),
        ))
        .returning(a::all_columns)
        .get_result(conn)?;
    let changes = audit::changes(None, &to_json(data)?, &[]);
    audit::record(conn, ctx, "activity.create", ENTITY, &row.id.to_string(), &changes)?;
    Ok(row)
}

/// Records an activity.
pub fn insert(conn: &mut DbConnection, ctx: &WriteContext, data: &ActivityData) -> Result<ActivityRow, ApiError> {
    write_transaction(conn, |conn| {
        check_references(conn, data)?;
        insert_one(conn, ctx, data)
    })
}

/// Records many activities in one transaction, all or nothing; the caller checked each.
/// Unknown associations are reported as `(index, error)`.
pub fn insert_many(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    records: &[(usize, ActivityData)],
) -> Result<crate::models::Written, ApiError> {
    write_transaction(conn, |conn| {
        // Each association is looked up once, however many rows name it.
        let mut known: std::collections::HashMap<i64, Option<crate::error::FieldError>> = Default::default();
        let mut errors = Vec::new();
        for (row, data) in records {
            if let Some(id) = data.association_id {
                let error = match known.entry(id) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(v) => {
                        v.insert(crate::models::association::check_reference(conn, id, "association_id")?)
                    }
                };
                if let Some(e) = error {
                    errors.push((*row, e.clone()));
                }
            }
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        for (_, data) in records {
            insert_one(conn, ctx, data)?;
        }
        Ok(Ok(records.len()))
    })
}

/// Updates an activity (the caller's rights are checked in `edit`, on the current row and the result).
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&ActivityRow) -> Result<ActivityData, ApiError>,
) -> Result<ActivityRow, ApiError> {
    use chrono::Datelike;
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        let before = current.data()?;
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        check_references(conn, &data)?;
        let links = serde_json::to_string(&data.links).map_err(|e| ApiError::Internal(e.into()))?;
        let row: ActivityRow = crate::versioned_update!(
            conn,
            a,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                (
                    a::kind.eq(data.kind),
                    a::title.eq(&data.title),
                    a::organiser_kind.eq(data.organiser_kind),
                    a::association_id.eq(data.association_id),
                    a::partner_name.eq(&data.partner_name),
                    a::starts_on.eq(data.starts_on),
                    a::ends_on.eq(data.ends_on),
                    a::year.eq(data.starts_on.year()),
                    a::place.eq(&data.place),
                    a::participants.eq(data.participants),
                    a::union_role.eq(data.union_role),
                    a::outcome.eq(&data.outcome),
                    a::links.eq(links),
                ),
                (
                    a::visibility.eq(data.visibility),
                    a::council_name.eq(&data.council_name),
                    a::projects_evaluated.eq(data.projects_evaluated),
                    a::council_role.eq(data.council_role),
                    a::research_level.eq(data.research_level),
                    a::research_status.eq(data.research_status),
                    a::beneficiaries.eq(data.beneficiaries),
                    a::amount.eq(data.amount),
                    a::articles.eq(data.articles),
                    a::visits.eq(data.visits),
                    a::publication_kind.eq(data.publication_kind),
                    a::search_text.eq(search_text(&data)),
                ),
            )
        )?
        .or_stale("the activity")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&data)?, &[]);
        audit::record(conn, ctx, "activity.update", ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// Deletes an activity; `allow` checks the caller may.
pub fn delete(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    allow: impl FnOnce(&ActivityRow) -> Result<(), ApiError>,
) -> Result<(), ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        allow(&current)?;
        if_match.check(current.version)?;
        diesel::delete(a::table.find(id)).execute(conn)?;
        let changes = audit::changes(Some(&to_json(&current.data()?)?), &serde_json::json!({}), &[]);
        audit::record(conn, ctx, "activity.delete", ENTITY, &id.to_string(), &changes)?;
        Ok(())
    })
}

/// The activities resource's figures for `year` (docs/architecture.md, "The statistics contract"): activities
/// that started that year by kind (for the union as a whole and per organising association)
/// and by organiser; council seats by the union's role, research projects by level and the
/// articles and visits of publications; projects evaluated in councils; beneficiaries (in all and by
/// organiser) and amounts of social activities.
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<Observation>> {
    let mut out = Vec::new();
    let of_year = a::table.filter(a::year.eq(year));
    let by_kind: Vec<(String, Option<i64>, i64)> = of_year
        .group_by((a::kind, a::association_id))
        .select((a::kind, a::association_id, diesel::dsl::count_star()))
        .order((a::kind, a::association_id))
        .load(conn)?;
    let mut totals: std::collections::BTreeMap<String, i64> = std::collections::BTreeMap::new();
    for (kind, association_id, value) in by_kind {
        *totals.entry(kind.clone()).or_default() += value;
        if association_id.is_some() {
            out.push(Observation {
                metric: Metric::ActivitiesByKind,
                year,
                association_id,
                dimension: Some(("kind".into(), kind)),
                value,
            });
        }
    }
    for (kind, value) in totals {
        out.push(Observation {
            metric: Metric::ActivitiesByKind,
            year,
            association_id: None,
            dimension: Some(("kind".into(), kind)),
            value,
        });
    }
    let by_organiser: Vec<(String, i64)> = of_year
        .group_by(a::organiser_kind)
        .select((a::organiser_kind, diesel::dsl::count_star()))
        .order(a::organiser_kind)
        .load(conn)?;
    for (organiser, value) in by_organiser {
        out.push(Observation {
            metric: Metric::ActivitiesByOrganiser,
            year,
            association_id: None,
            dimension: Some(("organiser".into(), organiser)),
            value,
        });
    }
    // How many of the rows hold each value; a row without one counts as `unknown`.
    let by_value = |rows: Vec<Option<String>>| {
        let mut counts: std::collections::BTreeMap<String, i64> = std::collections::BTreeMap::new();
        for value in rows {
            *counts.entry(value.unwrap_or_else(|| "unknown".into())).or_default() += 1;
        }
        counts
    };
    let roles: Vec<Option<String>> =
        of_year.filter(a::kind.eq(ActivityKind::CouncilParticipation.code())).select(a::council_role).load(conn)?;
    for (role, value) in by_value(roles) {
        out.push(Observation {
            metric: Metric::CouncilSeatsByRole,
            year,
            association_id: None,
            dimension: Some(("council_role".into(), role)),
            value,
        });
    }
    let levels: Vec<Option<String>> =
        of_year.filter(a::kind.eq(ActivityKind::ResearchProject.code())).select(a::research_level).load(conn)?;
    for (level, value) in by_value(levels) {
        out.push(Observation {
            metric: Metric::ResearchProjectsByLevel,
            year,
            association_id: None,
            dimension: Some(("research_level".into(), level)),
            value,
        });
    }
    let articles: Option<i64> = of_year
        .filter(a::kind.eq(ActivityKind::Publication.code()))
        .select(diesel::dsl::sum(a::articles))
        .first(conn)?;
    out.push(Observation {
        metric: Metric::PublicationArticles,
        year,
        association_id: None,
        dimension: None,
        value: articles.unwrap_or(0),
    });
    let kinds: Vec<(Option<i64>, Option<String>)> = of_year
        .filter(a::kind.eq(ActivityKind::Publication.code()))
        .select((a::association_id, a::publication_kind))
        .load(conn)?;
    let mut by_kind: std::collections::BTreeMap<(Option<i64>, String), i64> = std::collections::BTreeMap::new();
    for (association_id, kind) in kinds {
        let kind = kind.unwrap_or_else(|| "unknown".into());
        if association_id.is_some() {
            *by_kind.entry((association_id, kind.clone())).or_default() += 1;
        }
        *by_kind.entry((None, kind)).or_default() += 1;
    }
    for ((association_id, kind), value) in by_kind {
        out.push(Observation {
            metric: Metric::PublicationsByKind,
            year,
            association_id,
            dimension: Some(("publication_kind".into(), kind)),
            value,
        });
    }
    // Summed here: SUM of a BIGINT is NUMERIC on PostgreSQL; publications of a year are few.
    let visits: Vec<Option<i64>> =
        of_year.filter(a::kind.eq(ActivityKind::Publication.code())).select(a::visits).load(conn)?;
    out.push(Observation {
        metric: Metric::PublicationVisits,
        year,
        association_id: None,
        dimension: None,
        value: visits.into_iter().flatten().sum(),
    });
    let evaluated: Option<i64> = of_year
        .filter(a::kind.eq(ActivityKind::CouncilParticipation.code()))
        .select(diesel::dsl::sum(a::projects_evaluated))
        .first(conn)?;
    out.push(Observation {
        metric: Metric::CouncilProjectsEvaluated,
        year,
        association_id: None,
        dimension: None,
        value: evaluated.unwrap_or(0),
    });
    let social = of_year.filter(a::kind.eq(ActivityKind::SocialActivity.code()));
    let beneficiaries: Option<i64> = social.select(diesel::dsl::sum(a::beneficiaries)).first(conn)?;
    out.push(Observation {
        metric: Metric::SocialBeneficiaries,
        year,
        association_id: None,
        dimension: None,
        value: beneficiaries.unwrap_or(0),
    });
    let by_organiser: Vec<(String, Option<i64>)> = social
        .group_by(a::organiser_kind)
        .select((a::organiser_kind, diesel::dsl::sum(a::beneficiaries)))
        .order(a::organiser_kind)
        .load(conn)?;
    for (organiser, value) in by_organiser {
        out.push(Observation {
            metric: Metric::SocialBeneficiariesByOrganiser,
            year,
            association_id: None,
            dimension: Some(("organiser".into(), organiser)),
            value: value.unwrap_or(0),
        });
    }
    // Summed here: SUM of a BIGINT is NUMERIC on PostgreSQL; social activities of a year are few.
    let amounts: Vec<Option<i64>> = social.select(a::amount).load(conn)?;
    out.push(Observation {
        metric: Metric::SocialAmount,
        year,
        association_id: None,
        dimension: None,
        value: amounts.into_iter().flatten().sum(),
    });
    Ok(out)
}
