//! Handlers of award categories.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{AwardCategory, AwardCategoryInput, AwardCategoryList, AwardCategoryPatch};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::auth::Role;
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::error::ApiResult;
use crate::models::audit::WriteContext;
use crate::models::award_category as model;
use crate::state::AppState;

/// List award categories
///
/// The catalogue of achievements that qualify an honouree, in display order, readable by
/// anyone. Seeded with the categories of the union's report; staff may add more.
#[utoipa::path(
    tag = "awards",
    responses(
        (status = 200, description = "The categories", body = AwardCategoryList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/award-categories")]
pub async fn list_award_categories(state: web::Data<AppState>, _caller: MaybeAuthUser) -> ApiResult<HttpResponse> {
    let rows = run_blocking(&state.pool, |conn| Ok(model::list(conn)?)).await?;
    let items = rows.into_iter().map(AwardCategory::from_row).collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(AwardCategoryList { items }))
}

/// Create an award category
///
/// Adds a category to the catalogue. Staff and admin only. A taken code is a `409`.
/// Answers `201` with `Location` and `ETag`. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "awards",
    params(crate::api::http::IdempotencyHeader),
    request_body = AwardCategoryInput,
    responses(
        (status = 201, description = "Created", body = AwardCategory,
            headers(("Location" = String, description = "Address of the new category"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/award-categories")]
pub async fn create_award_category(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    body: JsonObject<AwardCategoryInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let input = body.into_inner()?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        let data = input.into_data(model::next_position(conn)?)?;
        model::insert(conn, &ctx, &data)
    })
    .await?;
    let location = format!("/api/v1/award-categories/{}", row.id);
    let version = row.version;
    created(&location, &AwardCategory::from_row(row)?, version)
}

/// Get an award category
///
/// One category, readable by anyone. Answers carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "awards",
    params(
        ("id" = i64, Path, description = "Category id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The category", body = AwardCategory, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/award-categories/{id}")]
pub async fn get_award_category(
    state: web::Data<AppState>,
    req: HttpRequest,
    _caller: MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    let version = row.version;
    get_with_version(&req, &AwardCategory::from_row(row)?, version)
}

/// Update an award category
///
/// Changes names, level, kind or position with a JSON Merge Patch; the code never changes.
/// Staff and admin only. `If-Match` makes the update conditional.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Category id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = AwardCategoryPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated category", body = AwardCategory, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/award-categories/{id}")]
pub async fn update_award_category(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<AwardCategoryPatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let id = id.into_inner();
    let patch = body.into_inner()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        model::update(conn, &ctx, id, if_match, |current| {
            let data = current.data();
            let position = data.position;
            patch.apply(data)?.into_data(position)
        })
    })
    .await?;
    let version = row.version;
    ok_with_version(&AwardCategory::from_row(row)?, version)
}

/// Delete an award category
///
/// Removes a category that no honouree uses; one in use is a `409` saying how many use it.
/// Staff and admin only.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Category id"), crate::api::http::ConditionalWriteHeaders),
    responses(
        (status = 204, description = "Deleted"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/award-categories/{id}")]
pub async fn delete_award_category(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let id = id.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::delete(conn, &ctx, id, if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}
