//! Handlers of contests and their editions.

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{
    Contest, ContestInput, ContestList, ContestPatch, Edition, EditionInput, EditionList, EditionListQuery,
    EditionPatch, EditionStepInput,
};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::{optional_json, JsonObject};
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::auth::Caller;
use crate::auth::{Principal, Role};
use crate::db::version::IfMatch;
use crate::db::{run_blocking, DbConnection};
use crate::domain::time::today;
use crate::domain::validate;
use crate::error::{ApiError, ApiResult};
use crate::models::audit::WriteContext;
use crate::models::contest::{self as model, EditionRow, EditionStep};
use crate::state::AppState;

const STAFF: &[Role] = &[Role::Admin, Role::Staff];

/// List contests
///
/// Every contest, readable by anyone: the technical innovation contest and the youth and
/// children's creativity contest are seeded; staff may add others.
#[utoipa::path(
    tag = "contests",
    responses(
        (status = 200, description = "The contests", body = ContestList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/contests")]
pub async fn list_contests(state: web::Data<AppState>, _caller: MaybeAuthUser) -> ApiResult<HttpResponse> {
    let rows = run_blocking(&state.pool, |conn| Ok(model::list(conn)?)).await?;
    let items = rows.into_iter().map(Contest::from_row).collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(ContestList { items }))
}

/// Create a contest
///
/// Staff and admin only. A taken code is a `409`. Answers `201` with `Location` and `ETag`.
/// Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "contests",
    params(crate::api::http::IdempotencyHeader),
    request_body = ContestInput,
    responses(
        (status = 201, description = "Created", body = Contest,
            headers(("Location" = String, description = "Address of the new contest"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/contests")]
pub async fn create_contest(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    body: JsonObject<ContestInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let data = body.into_inner()?.into_data()?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| model::insert(conn, &ctx, &data)).await?;
    let location = format!("/api/v1/contests/{}", row.id);
    let version = row.version;
    created(&location, &Contest::from_row(row)?, version)
}

/// Get a contest
///
/// One contest, readable by anyone. Answers carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "contests",
    params(
        ("id" = i64, Path, description = "Contest id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The contest", body = Contest, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/contests/{id}")]
pub async fn get_contest(
    state: web::Data<AppState>,
    req: HttpRequest,
    _caller: MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    let version = row.version;
    get_with_version(&req, &Contest::from_row(row)?, version)
}

/// Update a contest
///
/// A JSON Merge Patch of its names, kind, description or `minor_names`; the code never
/// changes. Staff and admin only. `If-Match` makes the update conditional.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Contest id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = ContestPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated contest", body = Contest, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/contests/{id}")]
pub async fn update_contest(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<ContestPatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let patch = body.into_inner()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        model::update(conn, &ctx, id, if_match, |current| patch.apply(current.data())?.into_data())
    })
    .await?;
    let version = row.version;
    ok_with_version(&Contest::from_row(row)?, version)
}

pub(crate) fn edition_view(conn: &mut DbConnection, row: EditionRow) -> Result<Edition, ApiError> {
    let criteria = model::criteria_of(conn, &[row.id])?.remove(&row.id).unwrap_or_default();
    Edition::from_row(row, &criteria)
}

/// List the editions of a contest
///
/// Newest first. Staff see every edition; association managers and judges those past
/// `draft`; anyone else those whose results are published. Filter by `status`.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Contest id"), EditionListQuery),
    responses(
        (status = 200, description = "The editions", body = EditionList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/contests/{id}/editions")]
pub async fn list_editions(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
    query: web::Query<EditionListQuery>,
) -> ApiResult<HttpResponse> {
    let scope = crate::models::contest_entry::edition_scope(&caller.as_ref().map(Caller::of).unwrap_or_default());
    let id = id.into_inner();
    let status = query.into_inner().status;
    let items = run_blocking(&state.pool, move |conn| {
        model::get(conn, id)?;
        let rows = model::list_editions(conn, id, scope, status)?;
        let mut criteria = model::criteria_of(conn, &rows.iter().map(|r| r.id).collect::<Vec<_>>())?;
        rows.into_iter()
            .map(|r| {
                let c = criteria.remove(&r.id).unwrap_or_default();
                Edition::from_row(r, &c)
            })
            .collect::<Result<Vec<_>, _>>()
    })
    .await?;
    Ok(HttpResponse::Ok().json(EditionList { items }))
}

/// Create an edition
///
/// A new edition of the contest, in status `draft`, with its criteria and prize quotas.
/// Staff and admin only. A number the contest already has is a `409`. Answers `201` with
/// `Location` and `ETag`. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Contest id"), crate::api::http::IdempotencyHeader),
    request_body = EditionInput,
    responses(
        (status = 201, description = "Created", body = Edition,
            headers(("Location" = String, description = "Address of the new edition"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/contests/{id}/editions")]
pub async fn create_edition(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<EditionInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let (data, criteria) = body.into_inner()?.into_parts()?;
    let ctx = WriteContext::new(&principal);
    let edition = run_blocking(&state.pool, move |conn| {
        let row = model::insert_edition(conn, &ctx, id, &data, &criteria)?;
        edition_view(conn, row)
    })
    .await?;
    let location = format!("/api/v1/editions/{}", edition.id);
    let version = edition.version;
    created(&location, &edition, version)
}

/// Get an edition
///
/// One edition with its criteria and quotas, to whoever may see it (see the list; else
/// `404`). Answers carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "contests",
    params(
        ("id" = i64, Path, description = "Edition id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The edition", body = Edition, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/editions/{id}")]
pub async fn get_edition(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let scope = crate::models::contest_entry::edition_scope(&caller.as_ref().map(Caller::of).unwrap_or_default());
    let id = id.into_inner();
    let edition = run_blocking(&state.pool, move |conn| {
        let row = model::get_edition(conn, id)?;
        if !scope.allows(row.status) {
            return Err(ApiError::NotFound(format!("there is no contest edition with id {id}")));
        }
        edition_view(conn, row)
    })
    .await?;
    let version = edition.version;
    get_with_version(&req, &edition, version)
}

/// Update an edition
///
/// A JSON Merge Patch. The criteria change only while the edition is a `draft`, the quotas
/// until results are published, nothing once it is closed (`409`). Staff and admin only.
/// `If-Match` makes the update conditional.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Edition id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = EditionPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated edition", body = Edition, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/editions/{id}")]
pub async fn update_edition(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<EditionPatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let patch = body.into_inner()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let edition = run_blocking(&state.pool, move |conn| {
        let row = model::update_edition(conn, &ctx, id, if_match, |current, criteria| {
            let (input, criteria_sent) = patch.apply(current.data(), criteria)?;
            let (data, criteria) = input.into_parts()?;
            Ok((data, criteria_sent.then_some(criteria)))
        })?;
        edition_view(conn, row)
    })
    .await?;
    let version = edition.version;
    ok_with_version(&edition, version)
}

async fn step(
    state: web::Data<AppState>,
    req: HttpRequest,
    principal: Principal,
    id: i64,
    body: web::Bytes,
    step: EditionStep,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let input: EditionStepInput = optional_json(&req, &body)?;
    let today = today(state.config.timezone);
    let mut errors = Vec::new();
    validate::not_future("on", input.on, today, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let on = input.on.unwrap_or(today);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let edition = run_blocking(&state.pool, move |conn| {
        let row = model::change_status(conn, &ctx, id, if_match, step, on)?;
        edition_view(conn, row)
    })
    .await?;
    let version = edition.version;
    ok_with_version(&edition, version)
}

/// Open an edition for entries
///
/// `draft` → `open`, on the date given (default today; the body is optional): association
/// managers may submit entries. The edition needs its
/// criteria (else `409`). Staff and admin only. Any other status is a `409` whose `allowed`
/// lists the steps it allows.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Edition id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<EditionStepInput>, content_type = "application/json"),
    responses((status = 200, description = "The edition", body = Edition), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/editions/{id}/open")]
pub async fn open_edition(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    step(state, req, principal, id.into_inner(), body, EditionStep::Open).await
}

/// Start judging
///
/// `open` → `judging`, on the date given (default today): submissions end, judges score
/// the eligible entries assigned to them. Staff and admin only. Any other status is a `409` whose `allowed` lists the steps
/// it allows.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Edition id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<EditionStepInput>, content_type = "application/json"),
    responses((status = 200, description = "The edition", body = Edition), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/editions/{id}/start-judging")]
pub async fn start_edition_judging(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    step(state, req, principal, id.into_inner(), body, EditionStep::StartJudging).await
}

/// Close an edition
///
/// `results_published` → `closed`, on the date given (default today). Final: nothing of the
/// edition changes after, but the national results of its winners. Staff and admin only. Any
/// other status is a `409` whose `allowed` lists the steps it allows.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Edition id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<EditionStepInput>, content_type = "application/json"),
    responses((status = 200, description = "The edition", body = Edition), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/editions/{id}/close")]
pub async fn close_edition(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    step(state, req, principal, id.into_inner(), body, EditionStep::Close).await
}
