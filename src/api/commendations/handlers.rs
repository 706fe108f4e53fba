//! Handlers of commendations.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{Commendation, CommendationInput, CommendationListQuery, CommendationPage, CommendationPatch};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::api::pagination;
use crate::auth::Role;
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::domain::time::today;
use crate::domain::validate;
use crate::error::ApiResult;
use crate::models::audit::WriteContext;
use crate::models::commendation::{self as model, Filter};
use crate::state::AppState;

const STAFF: &[Role] = &[Role::Admin, Role::Staff];

/// List commendations
///
/// Commendations received by the union, its associations and people, newest year first;
/// public records, readable by anyone. Filter by `year`, `recipient_kind`, `association_id`,
/// `person_id`, `issuer` and `type`; pages with `limit` and `cursor`.
#[utoipa::path(
    tag = "awards",
    params(CommendationListQuery),
    responses(
        (status = 200, description = "A page of commendations", body = CommendationPage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 400, response = crate::api::responses::BadRequest),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/commendations")]
pub async fn list_commendations(
    state: web::Data<AppState>,
    _caller: MaybeAuthUser,
    query: web::Query<CommendationListQuery>,
) -> ApiResult<HttpResponse> {
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    validate::year_param("year", query.year)?;
    let filter = Filter {
        year: query.year,
        recipient_kind: query.recipient_kind,
        association_id: query.association_id,
        person_id: query.person_id,
        issuer: query.issuer,
        kind: query.kind,
    };
    let scope = pagination::Scope::of(&filter);
    let after = pagination::decode_key::<i32>(query.cursor.as_deref(), "year", &scope)?;
    let include_total = query.include_total.unwrap_or(false);
    let (rows, total) = run_blocking(&state.pool, move |conn| {
        let total = if include_total { Some(model::count(conn, &filter)?) } else { None };
        Ok((model::list(conn, &filter, after, limit + 1)?, total))
    })
    .await?;
    let (rows, next_cursor) = pagination::page(rows, limit, "year", &scope, |r| (r.year.to_string(), r.id));
    let items = rows.into_iter().map(Commendation::from_row).collect::<Result<_, _>>()?;
    Ok(pagination::ok(next_cursor.as_ref()).json(CommendationPage { items, next_cursor, total }))
}

/// Record a commendation
///
/// Staff and admin only. Answers `201` with `Location` and `ETag`. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "awards",
    params(crate::api::http::IdempotencyHeader),
    request_body = CommendationInput,
    responses(
        (status = 201, description = "Created", body = Commendation,
            headers(("Location" = String, description = "Address of the new commendation"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/commendations")]
pub async fn create_commendation(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    body: JsonObject<CommendationInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let data = body.into_inner()?.into_data(today(state.config.timezone))?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| model::insert(conn, &ctx, &data)).await?;
    let location = format!("/api/v1/commendations/{}", row.id);
    let version = row.version;
    created(&location, &Commendation::from_row(row)?, version)
}

/// Get a commendation
///
/// One commendation, readable by anyone. Answers carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "awards",
    params(
        ("id" = i64, Path, description = "Commendation id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The commendation", body = Commendation, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/commendations/{id}")]
pub async fn get_commendation(
    state: web::Data<AppState>,
    req: HttpRequest,
    _caller: MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    let version = row.version;
    get_with_version(&req, &Commendation::from_row(row)?, version)
}

/// Update a commendation
///
/// Changes it with a JSON Merge Patch, checked as a whole. Staff and admin only. `If-Match`
/// makes the update conditional.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Commendation id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = CommendationPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated commendation", body = Commendation, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/commendations/{id}")]
pub async fn update_commendation(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<CommendationPatch>,
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
    ok_with_version(&Commendation::from_row(row)?, version)
}

/// Delete a commendation
///
/// Removes a commendation recorded in error. Staff and admin only.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Commendation id"), crate::api::http::ConditionalWriteHeaders),
    responses(
        (status = 204, description = "Deleted"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/commendations/{id}")]
pub async fn delete_commendation(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::delete(conn, &ctx, id, if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}
