//! Advisory cases (tư vấn, phản biện và giám định xã hội): the request, the workflow
//! received → accepted | declined → in_progress → opinion_submitted → outcome_recorded →
//! closed, deadlines, and the statistics observations.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::Serialize;

use crate::db::schema::advisory_cases as c;
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection, MultiBackend};
use crate::domain::codes::{AdvisoryKind, AdvisoryOutcome, AdvisoryStatus, CodeList, Requester, Visibility};
use crate::domain::lifecycle;
use crate::domain::statistics::{Metric, Observation};
use crate::domain::vn;
use crate::error::ApiError;
use crate::models::audit::{self, to_json, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "advisory_case";

/// The statuses of a case that is still open (work may be due).
pub const OPEN: [AdvisoryStatus; 3] = [AdvisoryStatus::Received, AdvisoryStatus::Accepted, AdvisoryStatus::InProgress];

/// A row of `advisory_cases`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = c)]
pub struct CaseRow {
    /// Id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Kind code.
    pub kind: AdvisoryKind,
    /// Requester code.
    pub requester: Requester,
    /// Requester's name.
    pub requester_name: Option<String>,
    /// Request reference.
    pub request_reference: Option<String>,
    /// Request date.
    pub request_date: Option<NaiveDate>,
    /// Legal basis.
    pub legal_basis: Option<String>,
    /// Field.
    pub field: Option<String>,
    /// Received.
    pub received_on: NaiveDate,
    /// Due.
    pub due_on: Option<NaiveDate>,
    /// Under contract.
    pub under_contract: bool,
    /// Fee.
    pub fee: Option<i64>,
    /// Confidentiality code.
    pub confidentiality: Visibility,
    /// Status code.
    pub status: AdvisoryStatus,
    /// Decline reason.
    pub decline_reason: Option<String>,
    /// Submitted.
    pub submitted_on: Option<NaiveDate>,
    /// Outcome code.
    pub outcome: Option<AdvisoryOutcome>,
    /// Outcome note.
    pub outcome_note: Option<String>,
    /// Outcome reference.
    pub outcome_reference: Option<String>,
    /// Closed.
    pub closed_on: Option<NaiveDate>,
    /// Search text.
    pub search_text: String,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
    /// The draft submitted as the opinion.
    pub submitted_draft: Option<i32>,
    /// Accepted (the date recorded for the step).
    pub accepted_on: Option<NaiveDate>,
    /// Declined.
    pub declined_on: Option<NaiveDate>,
    /// Work started.
    pub started_on: Option<NaiveDate>,
    /// Outcome known.
    pub outcome_on: Option<NaiveDate>,
    /// Proposes what deputies say on a draft law in the Assembly.
    pub speech_proposal: bool,
}

/// The content of a case that create and update set (the workflow fields change only by
/// [`change_status`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Insertable, AsChangeset)]
#[diesel(table_name = crate::db::schema::advisory_cases, treat_none_as_null = true)]
pub struct CaseData {
    /// Title.
    pub title: String,
    /// Kind.
    pub kind: AdvisoryKind,
    /// Requester.
    pub requester: Requester,
    /// Requester's name.
    pub requester_name: Option<String>,
    /// Request reference.
    pub request_reference: Option<String>,
    /// Request date.
    pub request_date: Option<NaiveDate>,
    /// Legal basis.
    pub legal_basis: Option<String>,
    /// Field.
    pub field: Option<String>,
    /// Received.
    pub received_on: NaiveDate,
    /// Due.
    pub due_on: Option<NaiveDate>,
    /// Under a contract.
    pub under_contract: bool,
    /// Fee (VND).
    pub fee: Option<i64>,
    /// Confidentiality.
    pub confidentiality: Visibility,
    /// Proposes what deputies say on a draft law in the Assembly.
    pub speech_proposal: bool,
}

/// The dates of a case's steps in the order they happen, named as the case shows them
/// (accepted and declined are alternatives: one of them stays `None`).
pub fn step_dates(received_on: NaiveDate, steps: &StepDates) -> [(&'static str, Option<NaiveDate>); 7] {
    [
        ("received_on", Some(received_on)),
        ("accepted_on", steps.accepted_on),
        ("declined_on", steps.declined_on),
        ("started_on", steps.started_on),
        ("submitted_on", steps.submitted_on),
        ("outcome_on", steps.outcome_on),
        ("closed_on", steps.closed_on),
    ]
}

/// When each step after the receipt was taken, as recorded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StepDates {
    /// Accepted.
    pub accepted_on: Option<NaiveDate>,
    /// Declined.
    pub declined_on: Option<NaiveDate>,
    /// Work started.
    pub started_on: Option<NaiveDate>,
    /// Opinion submitted.
    pub submitted_on: Option<NaiveDate>,
    /// Outcome known.
    pub outcome_on: Option<NaiveDate>,
    /// Closed.
    pub closed_on: Option<NaiveDate>,
}

impl CaseRow {
    /// When each step was taken.
    pub fn steps(&self) -> StepDates {
        StepDates {
            accepted_on: self.accepted_on,
            declined_on: self.declined_on,
            started_on: self.started_on,
            submitted_on: self.submitted_on,
            outcome_on: self.outcome_on,
            closed_on: self.closed_on,
        }
    }

    /// The editable content.
    pub fn data(&self) -> CaseData {
        CaseData {
            title: self.title.clone(),
            kind: self.kind,
            requester: self.requester,
            requester_name: self.requester_name.clone(),
            request_reference: self.request_reference.clone(),
            request_date: self.request_date,
            legal_basis: self.legal_basis.clone(),
            field: self.field.clone(),
            received_on: self.received_on,
            due_on: self.due_on,
            under_contract: self.under_contract,
            fee: self.fee,
            confidentiality: self.confidentiality,
            speech_proposal: self.speech_proposal,
        }
    }

    /// Calendar days from receipt to the submission of the opinion, or to `today` while the
    /// case is open; `None` for a declined case or one closed without an opinion.
    pub fn days_to_respond(&self, today: NaiveDate) -> Option<i64> {
        let end = match (self.submitted_on, self.status) {
            (Some(submitted), _) => submitted,
            (None, status) if OPEN.contains(&status) => today,
            _ => return None,
        };
        Some((end - self.received_on).num_days())
    }
}

fn search_text(d: &CaseData) -> String {
    let parts =
        [Some(d.title.as_str()), d.field.as_deref(), d.requester_name.as_deref(), d.request_reference.as_deref()];
    vn::fold(&parts.into_iter().flatten().collect::<Vec<_>>().join(" "))
}

/// 404 unless case `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<CaseRow, ApiError> {
    c::table
        .find(id)
        .select(CaseRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("there is no advisory case with id {id}")))
}

/// What a list of cases shows.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Only this kind.
    pub kind: Option<AdvisoryKind>,
    /// Only this requester.
    pub requester: Option<Requester>,
    /// Only this status.
    pub status: Option<AdvisoryStatus>,
    /// Only cases received in this year.
    pub year: Option<i32>,
    /// Only open cases due before this date (`overdue=true` passes today).
    pub overdue_on: Option<NaiveDate>,
    /// Folded words of title, field, requester name or reference.
    pub q: Option<String>,
    /// Only public, closed cases (what anonymous readers see) ...
    pub public_only: bool,
    /// ... and, with `public_only`, the cases this expert (a user id) is on.
    pub expert_user: Option<i64>,
}

/// A page of cases, newest receipt first, after `after` (received_on, id).
pub fn list(
    conn: &mut DbConnection,
    filter: &Filter,
    after: Option<(NaiveDate, i64)>,
    limit: i64,
) -> QueryResult<Vec<CaseRow>> {
    let mut q = filtered(filter);
    if let Some((date, id)) = after {
        q = q.filter(c::received_on.le(date).and(c::received_on.lt(date).or(c::id.lt(id))));
    }
    q.order((c::received_on.desc(), c::id.desc())).limit(limit).select(CaseRow::as_select()).load(conn)
}

/// The rows that pass `filter`, as a query to page or count.
fn filtered(filter: &Filter) -> c::BoxedQuery<'static, MultiBackend> {
    let mut q = c::table.into_boxed::<MultiBackend>();
    if let Some(k) = filter.kind {
        q = q.filter(c::kind.eq(k));
    }
    if let Some(r) = filter.requester {
        q = q.filter(c::requester.eq(r));
    }
    if let Some(s) = filter.status {
        q = q.filter(c::status.eq(s));
    }
    if let Some(year) = filter.year {
        let (from, to) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31));
        if let (Some(from), Some(to)) = (from, to) {
            q = q.filter(c::received_on.between(from, to));
        }
    }
    if let Some(today) = filter.overdue_on {
        q = q.filter(c::status.eq_any(OPEN.iter().map(|s| s.code())).and(c::due_on.lt(today)));
    }
    if let Some(words) = &filter.q {
        for word in words.split_whitespace() {
            q = q.filter(c::search_text.like(crate::db::search::like_contains(word)).escape('\\'));
        }
    }
    if filter.public_only {
        let public = c::confidentiality.eq(Visibility::Public.code()).and(c::status.eq(AdvisoryStatus::Closed.code()));
        q = match filter.expert_user {
            Some(user) => {
                use crate::db::schema::advisory_experts as e;
                q.filter(public.or(c::id.eq_any(e::table.filter(e::user_id.eq(user)).select(e::case_id))))
            }
            None => q.filter(public),
        };
    }
    q
}

/// How many rows pass `filter` (a list's `include_total`).
pub fn count(conn: &mut DbConnection, filter: &Filter) -> QueryResult<i64> {
    filtered(filter).count().get_result(conn)
}

/// The workflow fields of a case imported with its history.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// Status (default `received`).
    pub status: Option<AdvisoryStatus>,
    /// Decline reason.
    pub decline_reason: Option<String>,
    /// Outcome.
    pub outcome: Option<AdvisoryOutcome>,
    /// Outcome note.
    pub outcome_note: Option<String>,
    /// Outcome reference.
    pub outcome_reference: Option<String>,
    /// When each step was taken (`submitted_on` and `closed_on` required by their statuses).
    pub steps: StepDates,
}

fn insert_one(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    data: &CaseData,
    history: &History,
) -> Result<CaseRow, ApiError> {
    let status = history.status.unwrap_or(AdvisoryStatus::Received);
    let row: CaseRow = diesel::insert_into(c::table)
        .values((
            (
                c::title.eq(&data.title),
                c::kind.eq(data.kind),
                c::requester.eq(data.requester),
                c::requester_name.eq(&data.requester_name),
                c::request_reference.eq(&data.request_reference),
                c::request_date.eq(data.request_date),
                c::legal_basis.eq(&data.legal_basis),
                c::field.eq(&data.field),
                c::received_on.eq(data.received_on),
                c::due_on.eq(data.due_on),
                c::under_contract.eq(data.under_contract),
                c::fee.eq(data.fee),
                c::speech_proposal.eq(data.speech_proposal),
            ),
            (
                c::confidentiality.eq(data.confidentiality),
                c::status.eq(status),
                c::decline_reason.eq(&history.decline_reason),
                c::submitted_on.eq(history.steps.submitted_on),
                c::outcome.eq(history.outcome),
                c::outcome_note.eq(&history.outcome_note),
                c::outcome_reference.eq(&history.outcome_reference),
                c::closed_on.eq(history.steps.closed_on),
                c::search_text.eq(search_text(data)),
            ),
            (
                c::accepted_on.eq(history.steps.accepted_on),
                c::declined_on.eq(history.steps.declined_on),
                c::started_on.eq(history.steps.started_on),
                c::outcome_on.eq(history.steps.outcome_on),
                c::version.eq(1),
                c::created_at.eq(ctx.now),
                c::updated_at.eq(ctx.now),
            ),
        ))
        .returning(c::all_columns)
        .get_result(conn)?;
    let mut changes = audit::changes(None, &to_json(data)?, &[]);
    changes["status"] = serde_json::json!({"from": null, "to": status.code()});
    audit::record(conn, ctx, "advisory_case.create", ENTITY, &row.id.to_string(), &changes)?;
    Ok(row)
}

/// Records a new case (status `received`).
pub fn insert(conn: &mut DbConnection, ctx: &WriteContext, data: &CaseData) -> Result<CaseRow, ApiError> {
    write_transaction(conn, |conn| insert_one(conn, ctx, data, &History::default()))
}

/// Records historical cases with their workflow fields, all in one transaction; the caller
/// checked each (the rows, the first of each pair, are for the [`crate::models::Written`]
/// every import answers).
pub fn insert_many(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    records: &[(usize, (CaseData, History))],
) -> Result<crate::models::Written, ApiError> {
    write_transaction(conn, |conn| {
        for (_, (data, history)) in records {
            insert_one(conn, ctx, data, history)?;
        }
        Ok(Ok(records.len()))
    })
}

/// Updates a case's content; a closed case is a 409.
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&CaseRow) -> Result<CaseData, ApiError>,
) -> Result<CaseRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        let before = current.data();
        let data = edit(&current)?;
        if_match.check(current.version)?;
        if data == before {
            return Ok(current);
        }
        if current.status == AdvisoryStatus::Closed {
            return Err(ApiError::conflict("a closed case cannot be changed"));
        }
        let first_step = step_dates(data.received_on, &current.steps())[1..]
            .iter()
            .filter_map(|(field, date)| Some((*field, (*date)?)))
            .min_by_key(|(_, date)| *date);
        if let Some((field, date)) = first_step.filter(|(_, date)| *date < data.received_on) {
            return Err(ApiError::invalid("received_on", "range", format!("must not be after {field} ({date})")));
        }
        let row: CaseRow = crate::versioned_update!(
            conn,
            c,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (&data, c::search_text.eq(search_text(&data)),)
        )?
        .or_stale("the case")?;
        let changes = audit::changes(Some(&to_json(&before)?), &to_json(&data)?, &[]);
        audit::record(conn, ctx, "advisory_case.update", ENTITY, &id.to_string(), &changes)?;
        Ok(row)
    })
}

/// An explicit step of the workflow, with what it records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// received → accepted.
    Accept,
    /// received → declined, with the reason.
    Decline {
        /// Why.
        reason: String,
    },
    /// accepted → in_progress.
    Start,
    /// in_progress → opinion_submitted, freezing a draft as the opinion.
    SubmitOpinion {
        /// The draft submitted (default the latest).
        draft: Option<i32>,
    },
    /// opinion_submitted → outcome_recorded.
    RecordOutcome {
        /// What became of it.
        outcome: AdvisoryOutcome,
        /// A note.
        note: Option<String>,
        /// A reference (e.g. the provision that adopted it).
        reference: Option<String>,
    },
    /// outcome_recorded or declined → closed.
    Close,
}

impl Step {
    /// The step's name in URLs and audit records.
    pub fn name(&self) -> &'static str {
        match self {
            Step::Accept => "accept",
            Step::Decline { .. } => "decline",
            Step::Start => "start",
            Step::SubmitOpinion { .. } => "submit-opinion",
            Step::RecordOutcome { .. } => "record-outcome",
            Step::Close => "close",
        }
    }

    /// Where the step's date is kept.
    fn date_field(&self) -> &'static str {
        match self {
            Step::Accept => "accepted_on",
            Step::Decline { .. } => "declined_on",
            Step::Start => "started_on",
            Step::SubmitOpinion { .. } => "submitted_on",
            Step::RecordOutcome { .. } => "outcome_on",
            Step::Close => "closed_on",
        }
    }
}

/// Takes one workflow step on the date `on` (not before the date of an earlier step: a `422`
/// on `on`); a step the status does not allow is a 409 naming the allowed ones.
pub fn change_status(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    step: Step,
    on: NaiveDate,
) -> Result<CaseRow, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        if_match.check(current.version)?;
        let status = current.status;
        let target = lifecycle::ADVISORY_CASE.step(status, step.name())?;
        let mut row = current.clone();
        *match &step {
            Step::Accept => &mut row.accepted_on,
            Step::Decline { .. } => &mut row.declined_on,
            Step::Start => &mut row.started_on,
            Step::SubmitOpinion { .. } => &mut row.submitted_on,
            Step::RecordOutcome { .. } => &mut row.outcome_on,
            Step::Close => &mut row.closed_on,
        } = Some(on);
        let mut errors = Vec::new();
        crate::domain::validate::steps_in_order(&step_dates(row.received_on, &row.steps()), &mut errors);
        if let Some(e) = errors.into_iter().find(|e| e.field == step.date_field()) {
            return Err(ApiError::invalid("on", "range", e.message));
        }
        match &step {
            Step::Decline { reason } => row.decline_reason = Some(reason.clone()),
            Step::SubmitOpinion { draft } => {
                let latest = latest_draft(conn, id)?;
                let number = match (draft, latest) {
                    (_, None) => {
                        return Err(ApiError::conflict(
                            "there is no draft to submit: write the opinion as a draft first (POST …/drafts)",
                        ))
                    }
                    (Some(n), Some(latest)) if *n < 1 || *n > latest => {
                        return Err(ApiError::invalid("draft", "unknown", format!("the case has drafts 1 to {latest}")))
                    }
                    (Some(n), _) => *n,
                    (None, Some(latest)) => latest,
                };
                row.submitted_draft = Some(number);
            }
            Step::RecordOutcome { outcome, note, reference } => {
                row.outcome = Some(*outcome);
                row.outcome_note = note.clone();
                row.outcome_reference = reference.clone();
            }
            Step::Accept | Step::Start | Step::Close => {}
        }
        let updated: CaseRow = crate::versioned_update!(
            conn,
            c,
            id = id,
            version = current.version,
            now = ctx.now,
            set = (
                c::status.eq(target),
                c::decline_reason.eq(&row.decline_reason),
                c::submitted_on.eq(row.submitted_on),
                c::outcome.eq(&row.outcome),
                c::outcome_note.eq(&row.outcome_note),
                c::outcome_reference.eq(&row.outcome_reference),
                c::closed_on.eq(row.closed_on),
                c::submitted_draft.eq(row.submitted_draft),
                c::accepted_on.eq(row.accepted_on),
                c::declined_on.eq(row.declined_on),
                c::started_on.eq(row.started_on),
                c::outcome_on.eq(row.outcome_on),
            )
        )?
        .or_stale("the case")?;
        let date = step.date_field();
        let changes = serde_json::json!({
            "submitted_draft": {"from": current.submitted_draft, "to": updated.submitted_draft},
            "status": {"from": status.code(), "to": target.code()},
            "decline_reason": {"from": current.decline_reason, "to": updated.decline_reason},
            "outcome": {"from": current.outcome, "to": updated.outcome},
            date: {"from": null, "to": on},
        });
        audit::record(conn, ctx, &format!("advisory_case.{}", step.name()), ENTITY, &id.to_string(), &changes)?;
        Ok(updated)
    })
}

/// The advisory resource's figures for `year` (cases received that year;
/// docs/architecture.md, "The statistics contract"): by kind, requester and outcome (`pending` while none is recorded),
/// how many were answered, and the mean calendar days from receipt to the opinion.
pub fn observations(conn: &mut DbConnection, year: i32) -> QueryResult<Vec<Observation>> {
    let mut out = Vec::new();
    let (Some(from), Some(to)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) else {
        return Ok(out);
    };
    type Row = (String, String, Option<String>, NaiveDate, Option<NaiveDate>, bool, Option<i64>, bool);
    let rows: Vec<Row> = c::table
        .filter(c::received_on.between(from, to))
        .select((
            c::kind,
            c::requester,
            c::outcome,
            c::received_on,
            c::submitted_on,
            c::under_contract,
            c::fee,
            c::speech_proposal,
        ))
        .load(conn)?;
    let metrics = [
        (Metric::AdvisoryCasesByKind, "kind"),
        (Metric::AdvisoryCasesByRequester, "requester"),
        (Metric::AdvisoryCasesByOutcome, "outcome"),
    ];
    let mut counts: [std::collections::BTreeMap<String, i64>; 3] = Default::default();
    let (mut answered, mut days) = (0_i64, 0_i64);
    let under_contract = rows.iter().filter(|r| r.5).count() as i64;
    let fees: i64 = rows.iter().filter_map(|r| r.6).sum();
    let speech_proposals = rows.iter().filter(|r| r.7).count() as i64;
    for (kind, requester, outcome, received, submitted, ..) in &rows {
        let outcome = outcome.clone().unwrap_or_else(|| "pending".into());
        for (i, value) in [kind.clone(), requester.clone(), outcome].into_iter().enumerate() {
            *counts[i].entry(value).or_default() += 1;
        }
        if let Some(submitted) = submitted {
            answered += 1;
            days += (*submitted - *received).num_days();
        }
    }
    for ((metric, name), values) in metrics.into_iter().zip(counts) {
        for (value, n) in values {
            out.push(Observation {
                metric,
                year,
                association_id: None,
                dimension: Some((name.into(), value)),
                value: n,
            });
        }
    }
    for (metric, value) in [
        (Metric::AdvisoryCasesUnderContract, under_contract),
        (Metric::AdvisoryFees, fees),
        (Metric::AdvisorySpeechProposals, speech_proposals),
    ] {
        out.push(Observation { metric, year, association_id: None, dimension: None, value });
    }
    out.push(Observation {
        metric: Metric::AdvisoryCasesAnswered,
        year,
        association_id: None,
        dimension: None,
        value: answered,
    });
    if answered > 0 {
        // Rounded half up: (2 × days + answered) / (2 × answered).
        let mean = (2 * days + answered) / (2 * answered);
        out.push(Observation {
            metric: Metric::AdvisoryMeanDaysToRespond,
            year,
            association_id: None,
            dimension: None,
            value: mean,
        });
    }
    Ok(out)
}

/// The number of the latest draft of a case.
pub fn latest_draft(conn: &mut DbConnection, case_id: i64) -> QueryResult<Option<i32>> {
    use crate::db::schema::advisory_drafts as d;
    d::table.filter(d::case_id.eq(case_id)).select(diesel::dsl::max(d::number)).first(conn)
}
