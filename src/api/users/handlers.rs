//! Handlers of users (admin only).

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{
    check_roles, check_username, fail_if_any, TemporaryPassword, User, UserInput, UserListQuery, UserPage, UserPatch,
};
use crate::api::caller::AuthUser;
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::api::pagination::{self, Cursor};
use crate::auth::password::{check_policy, hash_password};
use crate::auth::Role;
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::domain::json_int::ids;
use crate::error::{ApiError, ApiResult, FieldError};
use crate::models::audit::WriteContext;
use crate::models::user::{self as model, NewUser, UserChanges};
use crate::state::AppState;

const ADMIN: &[Role] = &[Role::Admin];

/// List users
///
/// Every user, by id, with roles and scope. Admin only.
#[utoipa::path(
    tag = "users",
    params(UserListQuery),
    responses(
        (status = 200, description = "A page of users", body = UserPage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/users")]
pub async fn list_users(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    query: web::Query<UserListQuery>,
) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    let enabled = query.enabled;
    let scope = pagination::Scope::of(&enabled);
    let after = Cursor::decode_opt(query.cursor.as_deref(), "id", &scope)?.map(|c| c.i);
    let include_total = query.include_total.unwrap_or(false);
    let (rows, total) = run_blocking(&state.pool, move |conn| {
        let total = if include_total { Some(model::count(conn, enabled)?) } else { None };
        Ok((model::list(conn, after, limit + 1, enabled)?, total))
    })
    .await?;
    let has_more = rows.len() as i64 > limit;
    let items: Vec<User> = rows.into_iter().take(limit as usize).map(User::from_account).collect();
    let next_cursor = if has_more {
        items.last().map(|u| Cursor::new("id", String::new(), u.id).bound(&scope).encode())
    } else {
        None
    };
    Ok(pagination::ok(next_cursor.as_ref()).json(UserPage { items, next_cursor, total }))
}

/// Create a user
///
/// Adds a person who logs in, with roles and (for `association_manager`) the associations
/// it manages. By default the password is temporary and must be changed at first login.
/// Admin only.
#[utoipa::path(
    tag = "users",
    params(crate::api::http::IdempotencyHeader),
    request_body = UserInput,
    responses(
        (status = 201, description = "Created", body = User,
            headers(("Location" = String, description = "Address of the new user"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/users")]
pub async fn create_user(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    body: JsonObject<UserInput>,
) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    let input = body.into_inner()?;
    let association_ids = ids(&input.association_ids);
    let mut errors = Vec::new();
    check_username(&input.username, &mut errors);
    check_roles(&input.roles, &association_ids, &mut errors);
    if let Err(m) = check_policy(&input.password, &input.username) {
        errors.push(FieldError::new("password", "policy", m));
    }
    fail_if_any(errors)?;
    let ctx = WriteContext::new(&p);
    let account = run_blocking(&state.pool, move |conn| {
        let new = NewUser {
            username: input.username,
            password_hash: hash_password(&input.password)?,
            roles: input.roles,
            association_ids,
            person_id: input.person_id.map(|n| n.0),
            must_change_password: input.must_change_password.unwrap_or(true),
        };
        model::create(conn, &ctx, &new)
    })
    .await?;
    let version = account.user.version;
    created(&format!("/api/v1/users/{}", account.user.id), &User::from_account(account), version)
}

/// Get a user
///
/// One user. Admin only.
#[utoipa::path(
    tag = "users",
    params(("id" = i64, Path, description = "User id"), ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer")),
    responses(
        (status = 200, description = "The user", body = User, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/users/{id}")]
pub async fn get_user(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    let id = id.into_inner();
    let account = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    let version = account.user.version;
    get_with_version(&req, &User::from_account(account), version)
}

/// Update a user
///
/// Changes roles, association scope and linked person (JSON Merge Patch). Admin only. The
/// user's next access token carries the change (a token already issued keeps its roles until
/// it expires).
#[utoipa::path(
    tag = "users",
    params(("id" = i64, Path, description = "User id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = UserPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated user", body = User, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/users/{id}")]
pub async fn update_user(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<UserPatch>,
) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    let id = id.into_inner();
    let patch = body.into_inner()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&p);
    let account = run_blocking(&state.pool, move |conn| {
        model::update(conn, &ctx, id, if_match, |current| {
            let mut changes = UserChanges {
                roles: current.roles.clone(),
                association_ids: current.association_ids.clone(),
                person_id: current.user.person_id,
            };
            let mut errors = Vec::new();
            if let Err(e) = patch.roles.apply_required(&mut changes.roles, "roles") {
                errors.push(e);
            }
            let mut scope = Some(changes.association_ids.clone());
            patch.association_ids.map(|v| ids(&v)).apply_to(&mut scope);
            changes.association_ids = scope.unwrap_or_default();
            patch.person_id.map(|n| n.0).apply_to(&mut changes.person_id);
            check_roles(&changes.roles, &changes.association_ids, &mut errors);
            fail_if_any(errors)?;
            Ok(changes)
        })
    })
    .await?;
    let version = account.user.version;
    ok_with_version(&User::from_account(account), version)
}

async fn set_enabled(
    state: web::Data<AppState>,
    p: crate::auth::Principal,
    id: i64,
    enabled: bool,
) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    if !enabled && p.user_id == Some(id) {
        return Err(ApiError::conflict("you cannot disable your own account; ask another admin"));
    }
    let ctx = WriteContext::new(&p);
    let account = run_blocking(&state.pool, move |conn| model::set_enabled(conn, &ctx, id, enabled)).await?;
    let version = account.user.version;
    ok_with_version(&User::from_account(account), version)
}

/// Disable a user
///
/// The user can no longer log in; its refresh tokens stop working at once, and access
/// tokens already issued expire within their lifetime (15 minutes by default). Admin only.
#[utoipa::path(
    tag = "users",
    params(("id" = i64, Path, description = "User id"), crate::api::http::IdempotencyHeader),
    responses(
        (status = 200, description = "The disabled user", body = User),
        (status = 400, response = crate::api::responses::BadRequest),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 409, response = crate::api::responses::Conflict),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[post("/users/{id}/disable")]
pub async fn disable_user(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    set_enabled(state, p, id.into_inner(), false).await
}

/// Enable a user
///
/// Lets a disabled user log in again. Admin only.
#[utoipa::path(
    tag = "users",
    params(("id" = i64, Path, description = "User id"), crate::api::http::IdempotencyHeader),
    responses(
        (status = 200, description = "The enabled user", body = User),
        (status = 400, response = crate::api::responses::BadRequest),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 409, response = crate::api::responses::Conflict),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[post("/users/{id}/enable")]
pub async fn enable_user(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    set_enabled(state, p, id.into_inner(), true).await
}

/// Set a temporary password
///
/// Sets a password the user must change at next login (e.g. a forgotten password). Ends
/// every session of the user. Admin only.
#[utoipa::path(
    tag = "users",
    params(("id" = i64, Path, description = "User id"), crate::api::http::IdempotencyHeader),
    request_body = TemporaryPassword,
    responses(
        (status = 204, description = "Set"),
        crate::api::responses::CreateErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/users/{id}/password")]
pub async fn set_user_password(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<TemporaryPassword>,
) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    let id = id.into_inner();
    let password = body.into_inner()?.password;
    let ctx = WriteContext::new(&p);
    run_blocking(&state.pool, move |conn| {
        let account = model::get(conn, id)?;
        check_policy(&password, &account.user.username).map_err(|m| ApiError::invalid("password", "policy", m))?;
        model::set_password(conn, &ctx, id, &hash_password(&password)?, true)?;
        Ok(())
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}
