//! Handlers of an association's national standing.

use actix_web::{delete, get, put, web, HttpRequest, HttpResponse};

use super::dto::{NationalStanding, NationalStandingInput, NationalStandingList};
use crate::api::annual_reports::handlers::require_reader;
use crate::api::caller::AuthUser;
use crate::api::extract::check_year;
use crate::api::extract::JsonObject;
use crate::api::http::{created_or_replaced, get_with_version};
use crate::auth::Role;
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::error::ApiResult;
use crate::models::association;
use crate::models::audit::WriteContext;
use crate::models::national_standing as model;
use crate::state::AppState;

const STAFF: &[Role] = &[Role::Admin, Role::Staff];

/// List an association's national standing
///
/// Year by year, newest first: the national association it is affiliated with, how that
/// association ranks it, its delegates to national congresses and its experts on the
/// provincial Fatherland Front committee. Staff, admin, statistics readers and the
/// association's managers.
#[utoipa::path(
    tag = "associations",
    params(("id" = i64, Path, description = "Association id")),
    responses(
        (status = 200, description = "The records", body = NationalStandingList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/associations/{id}/national-standing")]
pub async fn list_national_standing(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let association_id = id.into_inner();
    require_reader(&principal, association_id)?;
    let rows = run_blocking(&state.pool, move |conn| {
        association::get(conn, association_id)?;
        Ok(model::list(conn, association_id)?)
    })
    .await?;
    Ok(HttpResponse::Ok().json(NationalStandingList { items: rows.into_iter().map(Into::into).collect() }))
}

/// Get an association's national standing of a year
///
/// Answers carry `ETag`, the record's version (for `If-Match`).
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        ("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The record", body = NationalStanding, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/associations/{id}/national-standing/{year}")]
pub async fn get_national_standing(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i32)>,
) -> ApiResult<HttpResponse> {
    let (association_id, year) = path.into_inner();
    require_reader(&principal, association_id)?;
    check_year(year)?;
    let row = run_blocking(&state.pool, move |conn| model::get(conn, association_id, year)).await?;
    let version = row.version;
    get_with_version(&req, &NationalStanding::from(row), version)
}

/// Record an association's national standing of a year
///
/// Creates (`201`) or replaces (`200`) the record of the year: the national association it is
/// affiliated with, the ranking that association gives it, its delegates to national
/// congresses, its experts on the provincial Fatherland Front committee (at least one), with
/// the document they come from. A record apart from the association's annual report: writing
/// one never changes the other. Staff and admin only. `If-Match` makes a replacement
/// conditional.
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        ("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body = NationalStandingInput,
    responses(
        (status = 200, description = "Replaced", body = NationalStanding, headers(("ETag" = String, description = "New version tag"))),
        (status = 201, description = "Created", body = NationalStanding,
            headers(("Location" = String, description = "Address of the record"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[put("/associations/{id}/national-standing/{year}")]
pub async fn put_national_standing(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i32)>,
    body: JsonObject<NationalStandingInput>,
) -> ApiResult<HttpResponse> {
    let (association_id, year) = path.into_inner();
    principal.require_any(STAFF)?;
    check_year(year)?;
    let data = body.into_inner()?.into_data()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let (row, was_created) = run_blocking(&state.pool, move |conn| {
        association::get(conn, association_id)?;
        model::put(conn, &ctx, association_id, year, if_match, &data)
    })
    .await?;
    let location = format!("/api/v1/associations/{association_id}/national-standing/{year}");
    let view = NationalStanding::from(row);
    created_or_replaced(was_created, &location, &view, view.version)
}

/// Delete an association's national standing of a year
///
/// Staff and admin only. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        ("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    responses((status = 204, description = "Deleted"), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[delete("/associations/{id}/national-standing/{year}")]
pub async fn delete_national_standing(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i32)>,
) -> ApiResult<HttpResponse> {
    let (association_id, year) = path.into_inner();
    principal.require_any(STAFF)?;
    check_year(year)?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::delete(conn, &ctx, association_id, year, if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}
