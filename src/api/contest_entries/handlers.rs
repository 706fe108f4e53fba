//! Handlers of contest entries.

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{
    ContestEntry, EligibilityInput, EntryImportQuery, EntryImportRecord, EntryInput, EntryListQuery, EntryPage,
    EntryPatch,
};
use crate::api::bulk::{Import, ImportQuery};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::api::pagination;
use crate::auth::Caller;
use crate::auth::{Principal, Role};
use crate::db::version::IfMatch;
use crate::db::{run_blocking, DbConnection};
use crate::domain::time::today;
use crate::domain::validate;
use crate::domain::vn;
use crate::error::{ApiError, ApiResult};
use crate::models::audit::WriteContext;
use crate::models::contest::{self, EditionRow};
use crate::models::contest_entry::{self as model, Decision, EntryRow, Filter, View};
use crate::state::AppState;

const SUBMITTERS: &[Role] = &[Role::Admin, Role::Staff, Role::AssociationManager];

/// The views of entries of one edition, with their authors; prizes, ranks and scores only
/// to staff until the edition's results are published.
pub(crate) fn views(
    conn: &mut DbConnection,
    edition: &EditionRow,
    rows: Vec<(EntryRow, View)>,
    staff: bool,
    today: chrono::NaiveDate,
) -> Result<Vec<ContestEntry>, ApiError> {
    let minors = contest::get(conn, edition.contest_id)?.data().minor_names;
    let on = edition.published_on.unwrap_or(today);
    let results = staff || edition.is_published();
    let mut authors = model::authors_of(conn, &rows.iter().map(|(r, _)| r.id).collect::<Vec<_>>())?;
    rows.into_iter()
        .map(|(row, view)| {
            let a = authors.remove(&row.id).unwrap_or_default();
            ContestEntry::from_row(row, &a, view, minors, on, results)
        })
        .collect()
}

pub(crate) fn one(
    conn: &mut DbConnection,
    edition: &EditionRow,
    row: EntryRow,
    view: View,
    staff: bool,
    today: chrono::NaiveDate,
) -> Result<ContestEntry, ApiError> {
    views(conn, edition, vec![(row, view)], staff, today)?
        .pop()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("an entry view went missing")))
}

/// List the entries of an edition
///
/// In submission order. Staff see every entry; an association manager its associations'
/// entries; a judge the entries assigned to them; once results are published, anyone also
/// sees the eligible entries (pupils under 18 named as the contest says). An edition the
/// caller may not see is a `404`. Filter by `status`, `association_id` and `q`; pages with
/// `limit` and `cursor`.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Edition id"), EntryListQuery),
    responses(
        (status = 200, description = "A page of entries", body = EntryPage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 400, response = crate::api::responses::BadRequest),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/editions/{id}/entries")]
pub async fn list_entries(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
    query: web::Query<EntryListQuery>,
) -> ApiResult<HttpResponse> {
    let caller = caller.as_ref().map(Caller::of).unwrap_or_default();
    let id = id.into_inner();
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    validate::max_chars_param("q", query.q.as_deref(), 200)?;
    let filter = Filter {
        status: query.status,
        association_id: query.association_id,
        q: query.q.as_deref().map(vn::fold).filter(|q| !q.is_empty()),
    };
    let scope = pagination::Scope::of(&(id, &caller, &filter));
    let after = pagination::decode_key::<i64>(query.cursor.as_deref(), "id", &scope)?.map(|(_, id)| id);
    let today = today(state.config.timezone);
    let include_total = query.include_total.unwrap_or(false);
    let (items, next_cursor, total) = run_blocking(&state.pool, move |conn| {
        let edition = contest::get_edition(conn, id)?;
        if !crate::models::contest_entry::edition_scope(&caller).allows(edition.status) {
            return Err(ApiError::NotFound(format!("there is no contest edition with id {id}")));
        }
        let total = if include_total { Some(model::count(conn, &caller, &edition, &filter)?) } else { None };
        let rows = model::list(conn, &caller, &edition, &filter, after, limit + 1)?;
        let (rows, next_cursor) = pagination::page(rows, limit, "id", &scope, |(r, _)| (r.id.to_string(), r.id));
        Ok((views(conn, &edition, rows, caller.staff, today)?, next_cursor, total))
    })
    .await?;
    Ok(pagination::ok(next_cursor.as_ref()).json(EntryPage { items, next_cursor, total }))
}

/// Submit an entry
///
/// To an edition while it is `open` (else `409`): an association manager for one of their
/// associations, or staff. The authors follow the contest's kind: `author`s in the technical
/// innovation contest; at least one `pupil` (with school and grade) and any `supervisor`s in
/// the youth creativity contest. The entry starts `submitted`. Answers `201` with `Location`
/// and `ETag`. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Edition id"), crate::api::http::IdempotencyHeader),
    request_body = EntryInput,
    responses(
        (status = 201, description = "Submitted", body = ContestEntry,
            headers(("Location" = String, description = "Address of the new entry"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/editions/{id}/entries")]
pub async fn submit_entry(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<EntryInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(SUBMITTERS)?;
    let caller = Caller::of(&principal);
    let staff = caller.staff;
    let id = id.into_inner();
    let today = today(state.config.timezone);
    let data = body.into_inner()?.into_data(today)?;
    let ctx = WriteContext::new(&principal);
    let submitted_by = principal.actor_label();
    let entry = run_blocking(&state.pool, move |conn| {
        let row = model::submit(conn, &ctx, &caller, id, data, &submitted_by)?;
        let edition = contest::get_edition(conn, id)?;
        one(conn, &edition, row, View::Full, staff, today)
    })
    .await?;
    let location = format!("/api/v1/entries/{}", entry.id);
    let version = entry.version;
    created(&location, &entry, version)
}

/// Get an entry
///
/// One entry, to whoever may see it (see the list; else `404`). Answers carry `ETag`;
/// `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "contests",
    params(
        ("id" = i64, Path, description = "Entry id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The entry", body = ContestEntry, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/entries/{id}")]
pub async fn get_entry(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let caller = caller.as_ref().map(Caller::of).unwrap_or_default();
    let id = id.into_inner();
    let today = today(state.config.timezone);
    let entry = run_blocking(&state.pool, move |conn| {
        let (row, edition, view) = model::get_for(conn, &caller, id)?;
        one(conn, &edition, row, view, caller.staff, today)
    })
    .await?;
    let version = entry.version;
    get_with_version(&req, &entry, version)
}

/// Update an entry
///
/// A JSON Merge Patch. The managers of its association change it while the edition is
/// `open` and the entry is still `submitted`; staff also while judging (and only staff move
/// it to another association). `If-Match` makes the update conditional.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = EntryPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated entry", body = ContestEntry, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/entries/{id}")]
pub async fn update_entry(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<EntryPatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(SUBMITTERS)?;
    let caller = Caller::of(&principal);
    let staff = caller.staff;
    let id = id.into_inner();
    let patch = body.into_inner()?;
    let today = today(state.config.timezone);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let entry = run_blocking(&state.pool, move |conn| {
        let row = model::update(conn, &ctx, &caller, id, if_match, |current| patch.apply(current)?.into_data(today))?;
        let edition = contest::get_edition(conn, row.edition_id)?;
        one(conn, &edition, row, View::Full, staff, today)
    })
    .await?;
    let version = entry.version;
    ok_with_version(&entry, version)
}

async fn decide(
    state: web::Data<AppState>,
    req: HttpRequest,
    principal: Principal,
    id: i64,
    decision: Decision,
) -> ApiResult<HttpResponse> {
    let caller = Caller::of(&principal);
    let staff = caller.staff;
    let today = today(state.config.timezone);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let entry = run_blocking(&state.pool, move |conn| {
        let row = model::decide(conn, &ctx, &caller, id, if_match, decision)?;
        let edition = contest::get_edition(conn, row.edition_id)?;
        one(conn, &edition, row, View::Full, staff, today)
    })
    .await?;
    let version = entry.version;
    ok_with_version(&entry, version)
}

/// Withdraw an entry
///
/// By the managers of its association while the edition is `open`, or by staff also while
/// judging. Final. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id"), crate::api::http::ConditionalWriteHeaders),
    responses((status = 200, description = "The entry", body = ContestEntry), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/entries/{id}/withdraw")]
pub async fn withdraw_entry(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    principal.require_any(SUBMITTERS)?;
    decide(state, req, principal, id.into_inner(), Decision::Withdrawn).await
}

/// Decide an entry's eligibility
///
/// `eligible` (judged and ranked) or `ineligible` with the reason; a decision can be
/// changed while the edition is `open` or `judging` (else `409`). Staff and admin only.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id"), crate::api::http::ConditionalWriteHeaders),
    request_body = EligibilityInput,
    responses((status = 200, description = "The entry", body = ContestEntry), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/entries/{id}/eligibility")]
pub async fn decide_entry_eligibility(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<EligibilityInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let decision = body.into_inner()?.into_decision()?;
    decide(state, req, principal, id.into_inner(), decision).await
}

/// Import a past edition
///
/// Loads the entries of an edition held before this system, with their final results: a
/// JSON records (`EntryImportRecords`), or a CSV file or XLSX workbook (as the body or a form's
/// `file` part; see `docs/api/imports.md`) with those keys or Vietnamese headers; prizes by code or name. The edition
/// must be an empty `draft` (else `409`); its entries become `eligible`, and it is then
/// `closed` with results published on `published_on` (default 31 December of its year).
/// Quotas are not checked: the record is history. All or nothing: any bad row is a `422`
/// whose errors name the row as `[n].field`. Staff and admin only.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Edition id"), EntryImportQuery, ImportQuery, crate::api::http::IdempotencyHeader),
    request_body(
        description = "The entries",
        content(
            (super::dto::EntryImportRecords = "application/json"),
            (crate::api::bulk::RawFile = "application/octet-stream", example = "Tên giải pháp,Tác giả,Lĩnh vực,Giải,Điểm,Giải toàn quốc,Bằng lao động sáng tạo\nMáy gieo hạt ngô cải tiến,Lò Văn Pha; Cầm Văn Hội,Nông nghiệp,Giải Nhất,86.5,Giải Ba,x\n"),
            (crate::api::bulk::UploadForm = "multipart/form-data"),
        )
    ),
    responses(
        (status = 201, description = "Imported", body = crate::api::bulk::ImportReport),
        (status = 200, description = "Dry run, or nothing to write", body = crate::api::bulk::ImportReport),
        (status = 202, response = crate::api::responses::JobStarted),
        crate::api::responses::ImportErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/editions/{id}/import")]
pub async fn import_edition_entries(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    query: web::Query<EntryImportQuery>,
    options: web::Query<ImportQuery>,
    body: web::Payload,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let id = id.into_inner();
    let today = today(state.config.timezone);
    let published_on = query.into_inner().published_on;
    let mut errors = Vec::new();
    validate::not_future("published_on", published_on, today, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let (kind, year) = run_blocking(&state.pool, move |conn| {
        let edition = contest::get_edition(conn, id)?;
        Ok((contest::get(conn, edition.contest_id)?.data().kind, edition.year))
    })
    .await?;
    let published_on = published_on
        .or_else(|| chrono::NaiveDate::from_ymd_opt(year, 12, 31))
        .ok_or_else(|| ApiError::invalid("published_on", "required", "give the date of publication"))?
        .min(today);
    let ctx = WriteContext::new(&principal);
    let write_ctx = ctx.clone();
    let submitted_by = principal.actor_label();
    Import {
        kind: crate::api::jobs::dto::JobKind::ImportEditionEntries,
        what: "contest entry",
        columns: super::dto::IMPORT_COLUMNS,
        prepare: move |_, record: EntryImportRecord| record.into_imported(kind, today),
        write: move |conn: &mut DbConnection, records: &[_]| {
            model::import(conn, &write_ctx, id, records, published_on, &submitted_by)
        },
    }
    .run(&state, &req, &ctx, options.into_inner(), body)
    .await
}
