//! Handlers of branches.

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{Branch, BranchInput, BranchList, BranchListQuery, BranchPatch};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::domain::time::today;
use crate::error::ApiResult;
use crate::models::audit::WriteContext;
use crate::models::{association, branch as model};
use crate::state::AppState;

/// List the branches of an association
///
/// All branches of one association in Vietnamese name order, readable by anyone; filter by
/// `status`.
#[utoipa::path(
    tag = "associations",
    params(("id" = i64, Path, description = "Association id"), BranchListQuery),
    responses(
        (status = 200, description = "The branches", body = BranchList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/associations/{id}/branches")]
pub async fn list_branches(
    state: web::Data<AppState>,
    _caller: MaybeAuthUser,
    id: web::Path<i64>,
    query: web::Query<BranchListQuery>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let status = query.status;
    let rows = run_blocking(&state.pool, move |conn| {
        association::get(conn, id)?;
        Ok(model::list(conn, id, status)?)
    })
    .await?;
    let items = rows.into_iter().map(Branch::from_row).collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(BranchList { items }))
}

/// Create a branch
///
/// Adds a branch to an association. Staff and admin, or a manager of this association.
/// Answers `201` with `Location` and `ETag`. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        crate::api::http::IdempotencyHeader,
    ),
    request_body = BranchInput,
    responses(
        (status = 201, description = "Created", body = Branch,
            headers(("Location" = String, description = "Address of the new branch"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/associations/{id}/branches")]
pub async fn create_branch(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<BranchInput>,
) -> ApiResult<HttpResponse> {
    let association_id = id.into_inner();
    principal.require_manages(association_id)?;
    let data = body.into_inner()?.into_data(today(state.config.timezone))?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        association::get(conn, association_id)?;
        model::insert(conn, &ctx, association_id, &data)
    })
    .await?;
    let location = format!("/api/v1/associations/{association_id}/branches/{}", row.id);
    let version = row.version;
    created(&location, &Branch::from_row(row)?, version)
}

/// Get a branch
///
/// One branch, readable by anyone. Answers carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        ("branch_id" = i64, Path, description = "Branch id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The branch", body = Branch, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/associations/{id}/branches/{branch_id}")]
pub async fn get_branch(
    state: web::Data<AppState>,
    req: HttpRequest,
    _caller: MaybeAuthUser,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    let (association_id, id) = path.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, association_id, id)).await?;
    let version = row.version;
    get_with_version(&req, &Branch::from_row(row)?, version)
}

/// Update a branch
///
/// Changes fields with a JSON Merge Patch. Staff and admin, or a manager of this
/// association. `If-Match` makes the update conditional (`412` if it changed meanwhile).
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        ("branch_id" = i64, Path, description = "Branch id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body(content = BranchPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated branch", body = Branch, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/associations/{id}/branches/{branch_id}")]
pub async fn update_branch(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
    body: JsonObject<BranchPatch>,
) -> ApiResult<HttpResponse> {
    let (association_id, id) = path.into_inner();
    principal.require_manages(association_id)?;
    let patch = body.into_inner()?;
    let today = today(state.config.timezone);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        model::update(conn, &ctx, association_id, id, if_match, |current| patch.apply(current.data())?.into_data(today))
    })
    .await?;
    let version = row.version;
    ok_with_version(&Branch::from_row(row)?, version)
}
