//! Handlers of national nominations.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{
    Nomination, NominationInput, NominationListQuery, NominationPage, NominationPatch, NominationStatusChange,
};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::{optional_json, JsonObject};
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::api::pagination;
use crate::auth::{Principal, Role};
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::domain::codes::NominationStatus;
use crate::domain::validate;
use crate::error::{ApiError, ApiResult};
use crate::models::audit::WriteContext;
use crate::models::nomination::{self as model, Action, Filter};
use crate::state::AppState;

const STAFF: &[Role] = &[Role::Admin, Role::Staff];

fn is_staff(caller: Option<&Principal>) -> bool {
    caller.is_some_and(Principal::is_union_staff)
}

/// List national nominations
///
/// Newest year first. Staff see every nomination; anyone else sees the honoured ones (a
/// public achievement), without `person_id` and `notes`. Filter by `year`, `programme`,
/// `status` and `association_id`; pages with `limit` and `cursor`.
#[utoipa::path(
    tag = "awards",
    params(NominationListQuery),
    responses(
        (status = 200, description = "A page of nominations", body = NominationPage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 400, response = crate::api::responses::BadRequest),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/nominations")]
pub async fn list_nominations(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
    query: web::Query<NominationListQuery>,
) -> ApiResult<HttpResponse> {
    let full = is_staff(caller.as_ref());
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    validate::year_param("year", query.year)?;
    let mut filter = Filter {
        year: query.year,
        programme: query.programme,
        status: query.status,
        association_id: query.association_id,
        person_id: None,
    };
    if !full {
        if filter.status.is_some_and(|s| s != NominationStatus::Honoured) {
            return Ok(HttpResponse::Ok().json(NominationPage {
                items: Vec::new(),
                next_cursor: None,
                total: query.include_total.unwrap_or(false).then_some(0),
            }));
        }
        filter.status = Some(NominationStatus::Honoured);
    }
    let scope = pagination::Scope::of(&(full, &filter));
    let after = pagination::decode_key::<i32>(query.cursor.as_deref(), "year", &scope)?;
    let include_total = query.include_total.unwrap_or(false);
    let (rows, total) = run_blocking(&state.pool, move |conn| {
        let total = if include_total { Some(model::count(conn, &filter)?) } else { None };
        Ok((model::list(conn, &filter, after, limit + 1)?, total))
    })
    .await?;
    let (rows, next_cursor) = pagination::page(rows, limit, "year", &scope, |r| (r.year.to_string(), r.id));
    let items = rows.into_iter().map(|r| Nomination::from_row(r, full)).collect::<Result<_, _>>()?;
    Ok(pagination::ok(next_cursor.as_ref()).json(NominationPage { items, next_cursor, total }))
}

/// Create a national nomination
///
/// A new nomination in status `drafted`. Staff and admin only. Answers `201` with `Location`
/// and `ETag`. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "awards",
    params(crate::api::http::IdempotencyHeader),
    request_body = NominationInput,
    responses(
        (status = 201, description = "Created", body = Nomination,
            headers(("Location" = String, description = "Address of the new nomination"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/nominations")]
pub async fn create_nomination(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    body: JsonObject<NominationInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let data = body.into_inner()?.into_data()?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| model::insert(conn, &ctx, &data)).await?;
    let location = format!("/api/v1/nominations/{}", row.id);
    let version = row.version;
    created(&location, &Nomination::from_row(row, true)?, version)
}

/// Get a national nomination
///
/// One nomination; to anyone but staff only an honoured one (else `404`). Answers carry
/// `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "awards",
    params(
        ("id" = i64, Path, description = "Nomination id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The nomination", body = Nomination, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/nominations/{id}")]
pub async fn get_nomination(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let full = is_staff(caller.as_ref());
    let id = id.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    if !full && row.status != NominationStatus::Honoured {
        return Err(ApiError::NotFound(format!("there is no nomination with id {id}")));
    }
    let version = row.version;
    get_with_version(&req, &Nomination::from_row(row, full)?, version)
}

/// Update a national nomination
///
/// Changes its content with a JSON Merge Patch. Staff and admin only. `If-Match` makes the
/// update conditional.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Nomination id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = NominationPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated nomination", body = Nomination, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/nominations/{id}")]
pub async fn update_nomination(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<NominationPatch>,
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
    ok_with_version(&Nomination::from_row(row, true)?, version)
}

/// Delete a national nomination
///
/// Removes a nomination that is still `drafted` (any other is a `409`). Staff and admin only.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Nomination id"), crate::api::http::ConditionalWriteHeaders),
    responses(
        (status = 204, description = "Deleted"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/nominations/{id}")]
pub async fn delete_nomination(
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

async fn change_status(
    state: web::Data<AppState>,
    req: HttpRequest,
    principal: Principal,
    id: i64,
    body: web::Bytes,
    action: Action,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let change: NominationStatusChange = optional_json(&req, &body)?;
    let mut errors = Vec::new();
    validate::plain_text([("decision_reference", change.decision_reference.as_deref())], &mut errors);
    let today = crate::domain::time::today(state.config.timezone);
    validate::not_future("on", change.on, today, &mut errors);
    validate::check(&change, errors)?;
    let reference = validate::clean(change.decision_reference);
    let on = change.on.unwrap_or(today);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row =
        run_blocking(&state.pool, move |conn| model::change_status(conn, &ctx, id, if_match, action, reference, on))
            .await?;
    let version = row.version;
    ok_with_version(&Nomination::from_row(row, true)?, version)
}

/// Submit a nomination
///
/// `drafted` → `submitted` (sent to the programme). Staff and admin only; the body is
/// optional. Any other status is a `409` whose `allowed` lists what it allows.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Nomination id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<NominationStatusChange>, content_type = "application/json"),
    responses(
        (status = 200, description = "The nomination", body = Nomination),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/nominations/{id}/submit")]
pub async fn submit_nomination(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    change_status(state, req, principal, id.into_inner(), body, Action::Submit).await
}

/// Record that a nominee was honoured
///
/// `submitted` → `honoured` (final), with the decision's reference. Staff and admin only; the
/// body is optional. Any other status is a `409` whose `allowed` lists what it allows.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Nomination id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<NominationStatusChange>, content_type = "application/json"),
    responses(
        (status = 200, description = "The nomination", body = Nomination),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/nominations/{id}/record-honoured")]
pub async fn record_nomination_honoured(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    change_status(state, req, principal, id.into_inner(), body, Action::RecordHonoured).await
}

/// Record that a nominee was not selected
///
/// `submitted` → `not_selected` (final). Staff and admin only; the body is optional. Any
/// other status is a `409` whose `allowed` lists what it allows.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Nomination id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<NominationStatusChange>, content_type = "application/json"),
    responses(
        (status = 200, description = "The nomination", body = Nomination),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/nominations/{id}/record-not-selected")]
pub async fn record_nomination_not_selected(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    change_status(state, req, principal, id.into_inner(), body, Action::RecordNotSelected).await
}
