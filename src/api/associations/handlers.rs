//! Handlers of associations.

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{
    Association, AssociationInput, AssociationListQuery, AssociationPage, AssociationPatch, AssociationSort,
    StatusChange, StatusHistory, StatusHistoryEntry,
};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::optional_json;
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::api::pagination::{self, Cursor};
use crate::auth::Role;
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::domain::time::today;
use crate::domain::validate;
use crate::domain::vn;
use crate::error::{ApiError, ApiResult};
use crate::models::association::{self as model, Filter, Sort, StatusAction};
use crate::models::audit::WriteContext;
use crate::state::AppState;

/// List associations
///
/// The directory of member associations and collective members, readable by anyone. Filter
/// by `kind`, `status`, `special_status` and `q` (name search ignoring case and diacritics);
/// sort by name in Vietnamese order (default) or by creation time. Pages with `limit` and
/// `cursor`; `include_total=true` adds the count of all matches.
#[utoipa::path(
    tag = "associations",
    params(AssociationListQuery),
    responses(
        (status = 200, description = "A page of associations", body = AssociationPage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/associations")]
pub async fn list_associations(
    state: web::Data<AppState>,
    _caller: MaybeAuthUser,
    query: web::Query<AssociationListQuery>,
) -> ApiResult<HttpResponse> {
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    let sort_param = query.sort.unwrap_or_default();
    if query.q.as_ref().is_some_and(|q| q.chars().count() > 200) {
        return Err(ApiError::invalid("q", "length", "must be at most 200 characters long"));
    }
    let q = query.q.as_deref().map(vn::fold).filter(|q| !q.is_empty());
    let filter = Filter { kind: query.kind, status: query.status, special_status: query.special_status, q, ids: None };
    let scope = pagination::Scope::of(&filter);
    let after = Cursor::decode_opt(query.cursor.as_deref(), sort_param.name(), &scope)?.map(|c| (c.k, c.i));
    let sort = match sort_param {
        AssociationSort::Name => Sort::Name,
        AssociationSort::NameDesc => Sort::NameDesc,
        AssociationSort::CreatedAt => Sort::CreatedAt,
        AssociationSort::CreatedAtDesc => Sort::CreatedAtDesc,
    };
    let include_total = query.include_total.unwrap_or(false);
    let (rows, total) = run_blocking(&state.pool, move |conn| {
        let rows = model::list(conn, &filter, sort, after, limit + 1)?;
        let total = if include_total { Some(model::count(conn, &filter)?) } else { None };
        Ok((rows, total))
    })
    .await?;
    let has_more = rows.len() as i64 > limit;
    let rows: Vec<_> = rows.into_iter().take(limit as usize).collect();
    let next_cursor = if has_more {
        rows.last().map(|r| Cursor::new(sort_param.name(), model::cursor_key(r, sort), r.id).bound(&scope).encode())
    } else {
        None
    };
    let items = rows.into_iter().map(Association::from_row).collect::<Result<_, _>>()?;
    Ok(pagination::ok(next_cursor.as_ref()).json(AssociationPage { items, next_cursor, total }))
}

/// Create an association
///
/// Adds a member association or collective member with status `active`. Staff and admin only.
/// Answers `201` with `Location` and `ETag`. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "associations",
    params(crate::api::http::IdempotencyHeader),
    request_body = AssociationInput,
    responses(
        (status = 201, description = "Created", body = Association,
            headers(("Location" = String, description = "Address of the new association"),
                    ("ETag" = String, description = "Version tag of the new association"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/associations")]
pub async fn create_association(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    body: JsonObject<AssociationInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let today = today(state.config.timezone);
    let data = body.into_inner()?.into_data(today)?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| model::insert(conn, &ctx, &data, today)).await?;
    let location = format!("/api/v1/associations/{}", row.id);
    let version = row.version;
    created(&location, &Association::from_row(row)?, version)
}

/// Get an association
///
/// One association, readable by anyone. Answers carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The association", body = Association,
            headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/associations/{id}")]
pub async fn get_association(
    state: web::Data<AppState>,
    req: HttpRequest,
    _caller: MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    let version = row.version;
    get_with_version(&req, &Association::from_row(row)?, version)
}

/// Update an association
///
/// Changes fields with a JSON Merge Patch (`application/merge-patch+json` or
/// `application/json`): left out stays, `null` clears. Staff and admin, or a manager of this
/// association (who may not change `kind`, `joined_on` or `special_status`). Send `If-Match`
/// with the `ETag` you read to be sure nobody changed it meanwhile (`412` otherwise).
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body(content = AssociationPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated association", body = Association,
            headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/associations/{id}")]
pub async fn update_association(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<AssociationPatch>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    principal.require_manages(id)?;
    let patch = body.into_inner()?;
    if !principal.is_union_staff() {
        let fields = patch.union_only_fields();
        if !fields.is_empty() {
            return Err(ApiError::Forbidden(format!("only the union's staff may change {}", fields.join(", "))));
        }
    }
    let today = today(state.config.timezone);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        model::update(conn, &ctx, id, if_match, |current| patch.apply(current.data())?.into_data(today))
    })
    .await?;
    let version = row.version;
    ok_with_version(&Association::from_row(row)?, version)
}

async fn change_status(
    state: web::Data<AppState>,
    req: HttpRequest,
    principal: crate::auth::Principal,
    id: i64,
    body: web::Bytes,
    action: StatusAction,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let change: StatusChange = optional_json(&req, &body)?;
    let today = today(state.config.timezone);
    let mut errors = Vec::new();
    validate::plain_text([("reason", change.reason.as_deref())], &mut errors);
    validate::not_future("effective_on", change.effective_on, today, &mut errors);
    validate::check(&change, errors)?;
    let effective_on = change.effective_on.unwrap_or(today);
    let reason = validate::clean(change.reason);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        model::change_status(conn, &ctx, id, if_match, action, effective_on, reason.as_deref())
    })
    .await?;
    let version = row.version;
    ok_with_version(&Association::from_row(row)?, version)
}

/// Suspend an association
///
/// `active` → `suspended` (tạm ngừng hoạt động). Staff and admin only. The body is optional.
/// Any other current status is a `409` whose `allowed` lists the actions it allows.
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body(content = Option<StatusChange>, content_type = "application/json"),
    responses(
        (status = 200, description = "The suspended association", body = Association),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/associations/{id}/suspend")]
pub async fn suspend_association(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    change_status(state, req, principal, id.into_inner(), body, StatusAction::Suspend).await
}

/// Reactivate an association
///
/// `suspended` → `active`. Staff and admin only. The body is optional. Any other current
/// status is a `409` whose `allowed` lists the actions it allows.
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body(content = Option<StatusChange>, content_type = "application/json"),
    responses(
        (status = 200, description = "The reactivated association", body = Association),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/associations/{id}/reactivate")]
pub async fn reactivate_association(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    change_status(state, req, principal, id.into_inner(), body, StatusAction::Reactivate).await
}

/// Dissolve an association
///
/// `active` or `suspended` → `dissolved` (giải thể), recording `dissolved_on` (the
/// `effective_on` date, default today). Final. Staff and admin only. The body is optional.
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body(content = Option<StatusChange>, content_type = "application/json"),
    responses(
        (status = 200, description = "The dissolved association", body = Association),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/associations/{id}/dissolve")]
pub async fn dissolve_association(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    change_status(state, req, principal, id.into_inner(), body, StatusAction::Dissolve).await
}

/// Status history of an association
///
/// Every status the association has had, oldest first, with dates and reasons. Readable by anyone.
#[utoipa::path(
    tag = "associations",
    params(("id" = i64, Path, description = "Association id")),
    responses(
        (status = 200, description = "The history", body = StatusHistory),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/associations/{id}/status-history")]
pub async fn list_association_status_history(
    state: web::Data<AppState>,
    _caller: MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let rows = run_blocking(&state.pool, move |conn| {
        model::get(conn, id)?;
        Ok(model::status_history(conn, id)?)
    })
    .await?;
    let items = rows.into_iter().map(StatusHistoryEntry::from_row).collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(StatusHistory { items }))
}
