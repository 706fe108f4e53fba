//! Handlers of advisory cases.

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{
    AdvisoryCase, AdvisoryCaseInput, AdvisoryCasePage, AdvisoryCasePatch, AdvisoryImportRecord, AdvisoryListQuery,
    DeclineInput, OutcomeInput, StepDate, SubmitOpinionInput,
};
use crate::api::bulk::{Import, ImportQuery};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::{optional_json, JsonObject};
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::api::pagination;
use crate::auth::Caller;
use crate::auth::{Principal, Role};
use crate::db::version::IfMatch;
use crate::db::{run_blocking, DbConnection};
use crate::domain::codes::{AdvisoryStatus, Visibility};
use crate::domain::time::today;
use crate::domain::validate;
use crate::domain::vn;
use crate::error::{ApiError, ApiResult};
use crate::models::advisory::{self as model, Filter, Step};
use crate::models::advisory_team as team;
use crate::models::audit::WriteContext;
use crate::state::AppState;

const STAFF: &[Role] = &[Role::Admin, Role::Staff];

fn is_staff(caller: Option<&Principal>) -> bool {
    caller.is_some_and(Principal::is_union_staff)
}

/// List advisory cases
///
/// Newest receipt first. Staff see every case; an expert sees the cases they are on, in
/// full, and public, closed cases; anyone else sees public, closed cases only (title, kind,
/// requester, dates, outcome). Filter by `kind`, `requester`, `status`, `year`
/// (of receipt), `overdue=true` (open cases past `due_on`) and `q`; pages with `limit` and
/// `cursor`. Each case reports `days_to_respond`.
#[utoipa::path(
    tag = "advisory",
    params(AdvisoryListQuery),
    responses(
        (status = 200, description = "A page of cases", body = AdvisoryCasePage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 400, response = crate::api::responses::BadRequest),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/advisory-opinions")]
pub async fn list_advisory_cases(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
    query: web::Query<AdvisoryListQuery>,
) -> ApiResult<HttpResponse> {
    let full = is_staff(caller.as_ref());
    let expert_user = caller.as_ref().map(Caller::of).and_then(|c| c.expert_user);
    let today = today(state.config.timezone);
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    validate::year_param("year", query.year)?;
    validate::max_chars_param("q", query.q.as_deref(), 200)?;
    let filter = Filter {
        kind: query.kind,
        requester: query.requester,
        status: query.status,
        year: query.year,
        overdue_on: query.overdue.unwrap_or(false).then_some(today),
        q: query.q.as_deref().map(vn::fold).filter(|q| !q.is_empty()),
        public_only: !full,
        expert_user: if full { None } else { expert_user },
    };
    // Not the day "overdue" is counted from: a list paged across midnight stays one list.
    let scope = pagination::Scope::of(&(Filter { overdue_on: None, ..filter.clone() }, filter.overdue_on.is_some()));
    let after = pagination::decode_key::<chrono::NaiveDate>(query.cursor.as_deref(), "received_on", &scope)?;
    let include_total = query.include_total.unwrap_or(false);
    let (rows, mine, total) = run_blocking(&state.pool, move |conn| {
        let total = if include_total { Some(model::count(conn, &filter)?) } else { None };
        let rows = model::list(conn, &filter, after, limit + 1)?;
        let mine = match filter.expert_user {
            Some(user) => team::cases_of(conn, user, &rows.iter().map(|r| r.id).collect::<Vec<_>>())?,
            None => Vec::new(),
        };
        Ok((rows, mine, total))
    })
    .await?;
    let (rows, next_cursor) =
        pagination::page(rows, limit, "received_on", &scope, |r| (r.received_on.to_string(), r.id));
    let items = rows
        .into_iter()
        .map(|r| {
            let full = full || mine.contains(&r.id);
            AdvisoryCase::from_row(r, today, full)
        })
        .collect::<Result<_, _>>()?;
    Ok(pagination::ok(next_cursor.as_ref()).json(AdvisoryCasePage { items, next_cursor, total }))
}

/// Record an advisory case
///
/// A request from an authority, in status `received`. Staff and admin only. Answers `201`
/// with `Location` and `ETag`. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "advisory",
    params(crate::api::http::IdempotencyHeader),
    request_body = AdvisoryCaseInput,
    responses(
        (status = 201, description = "Created", body = AdvisoryCase,
            headers(("Location" = String, description = "Address of the new case"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/advisory-opinions")]
pub async fn create_advisory_case(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    body: JsonObject<AdvisoryCaseInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let today = today(state.config.timezone);
    let data = body.into_inner()?.into_data(today)?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| model::insert(conn, &ctx, &data)).await?;
    let location = format!("/api/v1/advisory-opinions/{}", row.id);
    let version = row.version;
    created(&location, &AdvisoryCase::from_row(row, today, true)?, version)
}

/// Get an advisory case
///
/// One case: to staff any, to an expert the cases they are on, to anyone else a public,
/// closed one (else `404`). Answers carry
/// `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "advisory",
    params(
        ("id" = i64, Path, description = "Case id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The case", body = AdvisoryCase, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/advisory-opinions/{id}")]
pub async fn get_advisory_case(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let full = is_staff(caller.as_ref());
    let id = id.into_inner();
    let caller = caller.as_ref().map(Caller::of);
    let (row, on_case) = run_blocking(&state.pool, move |conn| {
        let row = model::get(conn, id)?;
        let on_case = match caller.and_then(|c| c.expert_user) {
            Some(user) => team::entry_of(conn, id, user)?.is_some(),
            None => false,
        };
        Ok((row, on_case))
    })
    .await?;
    let full = full || on_case;
    let public = row.confidentiality == Visibility::Public && row.status == AdvisoryStatus::Closed;
    if !full && !public {
        return Err(ApiError::NotFound(format!("there is no advisory case with id {id}")));
    }
    let version = row.version;
    get_with_version(&req, &AdvisoryCase::from_row(row, today(state.config.timezone), full)?, version)
}

/// Update an advisory case
///
/// Changes the request's details with a JSON Merge Patch (not the status; not once closed).
/// Staff and admin only. `If-Match` makes the update conditional.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = AdvisoryCasePatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated case", body = AdvisoryCase, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/advisory-opinions/{id}")]
pub async fn update_advisory_case(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<AdvisoryCasePatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let patch = body.into_inner()?;
    let today = today(state.config.timezone);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        model::update(conn, &ctx, id, if_match, |current| patch.apply(current.data())?.into_data(today))
    })
    .await?;
    let version = row.version;
    ok_with_version(&AdvisoryCase::from_row(row, today, true)?, version)
}

async fn step(
    state: web::Data<AppState>,
    req: HttpRequest,
    principal: Principal,
    id: i64,
    step: Step,
    on: Option<chrono::NaiveDate>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let today = today(state.config.timezone);
    let mut errors = Vec::new();
    validate::not_future("on", on, today, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let on = on.unwrap_or(today);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| model::change_status(conn, &ctx, id, if_match, step, on)).await?;
    let version = row.version;
    ok_with_version(&AdvisoryCase::from_row(row, today, true)?, version)
}

/// Accept a case
///
/// `received` → `accepted`, on the date given (default today). Staff and admin only; the body
/// is optional. Any other status is a `409` whose `allowed`
/// lists the steps it allows.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<StepDate>, content_type = "application/json"),
    responses((status = 200, description = "The case", body = AdvisoryCase), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/advisory-opinions/{id}/accept")]
pub async fn accept_advisory_case(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let input: StepDate = optional_json(&req, &body)?;
    step(state, req, principal, id.into_inner(), Step::Accept, input.on).await
}

/// Decline a case
///
/// `received` → `declined`, with the reason, on the date given (default today). Staff and
/// admin only. Any other status is a
/// `409` whose `allowed` lists the steps it allows.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id"), crate::api::http::ConditionalWriteHeaders),
    request_body = DeclineInput,
    responses((status = 200, description = "The case", body = AdvisoryCase), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/advisory-opinions/{id}/decline")]
pub async fn decline_advisory_case(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<DeclineInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let input = body.into_inner()?;
    let mut errors = validate::as_sent(&input);
    validate::plain_text([("reason", Some(input.reason.as_str()))], &mut errors);
    validate::check(&input, errors)?;
    let reason = input.reason.trim().to_owned();
    step(state, req, principal, id.into_inner(), Step::Decline { reason }, input.on).await
}

/// Start work on a case
///
/// `accepted` → `in_progress`, on the date given (default today). Staff and admin only; the
/// body is optional. Any other status is a `409` whose
/// `allowed` lists the steps it allows.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<StepDate>, content_type = "application/json"),
    responses((status = 200, description = "The case", body = AdvisoryCase), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/advisory-opinions/{id}/start")]
pub async fn start_advisory_case(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let input: StepDate = optional_json(&req, &body)?;
    step(state, req, principal, id.into_inner(), Step::Start, input.on).await
}

/// Submit the opinion
///
/// `in_progress` → `opinion_submitted`, on the date given (default today; not before an
/// earlier step's date, not in the future); `days_to_respond` is counted to it. The draft given
/// (default the latest) becomes the submitted opinion, frozen: a case without a draft is a
/// `409`. Staff and admin only; the body is optional. Any other status is a `409` whose `allowed` lists the steps it
/// allows.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<SubmitOpinionInput>, content_type = "application/json"),
    responses((status = 200, description = "The case", body = AdvisoryCase), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/advisory-opinions/{id}/submit-opinion")]
pub async fn submit_advisory_opinion(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let input: SubmitOpinionInput = optional_json(&req, &body)?;
    let draft = match input.draft.map(|d| i32::try_from(d.0)) {
        Some(Ok(n)) => Some(n),
        Some(Err(_)) => return Err(ApiError::invalid("draft", "unknown", "there is no such draft")),
        None => None,
    };
    step(state, req, principal, id.into_inner(), Step::SubmitOpinion { draft }, input.on).await
}

/// Record the outcome
///
/// `opinion_submitted` → `outcome_recorded`: `adopted`, `partially_adopted`, `not_adopted` or
/// `unknown`, with a note and a reference, on the date given (default today). Staff and admin only. Any other status is a `409`
/// whose `allowed` lists the steps it allows.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id"), crate::api::http::ConditionalWriteHeaders),
    request_body = OutcomeInput,
    responses((status = 200, description = "The case", body = AdvisoryCase), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/advisory-opinions/{id}/record-outcome")]
pub async fn record_advisory_outcome(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<OutcomeInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let input = body.into_inner()?;
    let mut errors = validate::as_sent(&input);
    validate::plain_text([("note", input.note.as_deref()), ("reference", input.reference.as_deref())], &mut errors);
    validate::check(&input, errors)?;
    let outcome = Step::RecordOutcome {
        outcome: input.outcome,
        note: validate::clean(input.note),
        reference: validate::clean(input.reference),
    };
    step(state, req, principal, id.into_inner(), outcome, input.on).await
}

/// Close a case
///
/// `outcome_recorded` or `declined` → `closed` (final), on the date given (default today).
/// A public case is then readable by anyone. Staff and admin only; the body is optional. Any
/// other status is a `409` whose `allowed` lists the steps it allows.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<StepDate>, content_type = "application/json"),
    responses((status = 200, description = "The case", body = AdvisoryCase), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/advisory-opinions/{id}/close")]
pub async fn close_advisory_case(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let input: StepDate = optional_json(&req, &body)?;
    step(state, req, principal, id.into_inner(), Step::Close, input.on).await
}

/// Import advisory cases
///
/// Loads historical cases with where each stands: JSON records (`AdvisoryImportRecords`) or
/// a CSV file or XLSX workbook (as the body or a form's `file` part; see `docs/api/imports.md`)
/// with those keys or Vietnamese headers; code-list cells may hold labels. Each record is checked as
/// a new case, and its history must be complete and in order (a declined case has its
/// reason, an answered one the date of its opinion, a closed one its closing date; the dates
/// of the steps, those optional too, in the order of the steps and none in the future). All or
/// nothing: any bad row is a `422` whose errors name the row as `[n].field`. Staff and admin
/// only.
#[utoipa::path(
    tag = "advisory",
    params(ImportQuery, crate::api::http::IdempotencyHeader),
    request_body(
        description = "The cases",
        content(
            (super::dto::AdvisoryImportRecords = "application/json"),
            (crate::api::bulk::RawFile = "application/octet-stream", example = "title,kind,requester,received_on,status,submitted_on,outcome,closed_on,confidentiality\nGóp ý dự thảo Luật KH&CN,draft_law_comment,national_assembly_delegation,2013-03-01,closed,2013-03-20,adopted,2013-06-18,public\n"),
            (crate::api::bulk::UploadForm = "multipart/form-data"),
        )
    ),
    responses(
        (status = 201, description = "Imported", body = crate::api::bulk::ImportReport),
        (status = 200, description = "Dry run, or nothing to write", body = crate::api::bulk::ImportReport),
        (status = 202, response = crate::api::responses::JobStarted),
        crate::api::responses::ImportErrors,
    ),
    security(("bearer" = []))
)]
#[post("/advisory-opinions/import")]
pub async fn import_advisory_cases(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    query: web::Query<ImportQuery>,
    body: web::Payload,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let today = today(state.config.timezone);
    let ctx = WriteContext::new(&principal);
    let write_ctx = ctx.clone();
    Import {
        kind: crate::api::jobs::dto::JobKind::ImportAdvisoryCases,
        what: "advisory case",
        columns: super::dto::IMPORT_COLUMNS,
        prepare: move |_, record: AdvisoryImportRecord| record.into_parts(today),
        write: move |conn: &mut DbConnection, records: &[_]| model::insert_many(conn, &write_ctx, records),
    }
    .run(&state, &req, &ctx, query.into_inner(), body)
    .await
}
