//! Handlers of machine clients (admin only).

use actix_web::{get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{check, ApiClient, ApiClientInput, ApiClientList, ApiClientPatch, ApiClientWithSecret};
use crate::api::caller::AuthUser;
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::api::users::dto::fail_if_any;
use crate::auth::Role;
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::domain::json_int::ids;
use crate::error::ApiResult;
use crate::models::api_client::{self as model, ApiClientData};
use crate::models::audit::WriteContext;
use crate::state::AppState;

const ADMIN: &[Role] = &[Role::Admin];

/// List machine clients
///
/// Every machine client (provincial systems, associations' own systems). Admin only.
#[utoipa::path(
    tag = "api-clients",
    responses(
        (status = 200, description = "The clients", body = ApiClientList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/api-clients")]
pub async fn list_api_clients(state: web::Data<AppState>, AuthUser(p): AuthUser) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    let clients = run_blocking(&state.pool, |conn| Ok(model::list(conn)?)).await?;
    Ok(HttpResponse::Ok().json(ApiClientList { items: clients.into_iter().map(ApiClient::from_model).collect() }))
}

/// Create a machine client
///
/// Registers a system that gets tokens with the client credentials grant. The answer holds
/// the `client_secret`, shown only this once. A provincial system gets `statistics_reader`;
/// an association's own system gets `association_manager` for that association. Admin only.
#[utoipa::path(
    tag = "api-clients",
    params(crate::api::http::IdempotencyHeader),
    request_body = ApiClientInput,
    responses(
        (status = 201, description = "Created, with its secret", body = ApiClientWithSecret,
            headers(("Location" = String, description = "Address of the new client"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/api-clients")]
pub async fn create_api_client(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    body: JsonObject<ApiClientInput>,
) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    let input = body.into_inner()?;
    let association_ids = ids(&input.association_ids);
    let mut errors = Vec::new();
    check(&input.name, &input.roles, &association_ids, &mut errors);
    fail_if_any(errors)?;
    let data = ApiClientData { name: input.name.trim().to_owned(), roles: input.roles, association_ids, enabled: true };
    let ctx = WriteContext::new(&p);
    let (client, secret) = run_blocking(&state.pool, move |conn| model::create(conn, &ctx, &data)).await?;
    let version = client.row.version;
    let location = format!("/api/v1/api-clients/{}", client.row.id);
    created(&location, &ApiClientWithSecret { client: ApiClient::from_model(client), client_secret: secret }, version)
}

/// Get a machine client
///
/// One client (without its secret). Admin only.
#[utoipa::path(
    tag = "api-clients",
    params(("id" = i64, Path, description = "Client id (the number, not `client_id`)"), ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer")),
    responses(
        (status = 200, description = "The client", body = ApiClient, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/api-clients/{id}")]
pub async fn get_api_client(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    let id = id.into_inner();
    let client = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    let version = client.row.version;
    get_with_version(&req, &ApiClient::from_model(client), version)
}

/// Update a machine client
///
/// Changes name, roles, scope, or disables it (JSON Merge Patch). A disabled client gets no
/// new tokens; tokens already issued expire within their lifetime. Admin only.
#[utoipa::path(
    tag = "api-clients",
    params(("id" = i64, Path, description = "Client id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = ApiClientPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated client", body = ApiClient, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/api-clients/{id}")]
pub async fn update_api_client(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<ApiClientPatch>,
) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    let id = id.into_inner();
    let patch = body.into_inner()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&p);
    let client = run_blocking(&state.pool, move |conn| {
        model::update(conn, &ctx, id, if_match, |current| {
            let mut data = ApiClientData {
                name: current.row.name.clone(),
                roles: current.roles.clone(),
                association_ids: current.association_ids.clone(),
                enabled: current.row.enabled,
            };
            let mut errors = Vec::new();
            for result in [
                patch.name.apply_required(&mut data.name, "name"),
                patch.roles.apply_required(&mut data.roles, "roles"),
                patch.enabled.apply_required(&mut data.enabled, "enabled"),
            ] {
                if let Err(e) = result {
                    errors.push(e);
                }
            }
            let mut scope = Some(data.association_ids.clone());
            patch.association_ids.map(|v| ids(&v)).apply_to(&mut scope);
            data.association_ids = scope.unwrap_or_default();
            data.association_ids.sort_unstable();
            data.association_ids.dedup();
            data.name = data.name.trim().to_owned();
            check(&data.name, &data.roles, &data.association_ids, &mut errors);
            fail_if_any(errors)?;
            Ok(data)
        })
    })
    .await?;
    let version = client.row.version;
    ok_with_version(&ApiClient::from_model(client), version)
}

/// Replace a client's secret
///
/// Issues a new secret (shown only in this answer); the old one stops working at once.
/// Admin only.
#[utoipa::path(
    tag = "api-clients",
    params(("id" = i64, Path, description = "Client id"), crate::api::http::IdempotencyHeader),
    responses(
        (status = 200, description = "The client with its new secret", body = ApiClientWithSecret),
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
#[post("/api-clients/{id}/secret")]
pub async fn rotate_api_client_secret(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    p.require_any(ADMIN)?;
    let id = id.into_inner();
    let ctx = WriteContext::new(&p);
    let (client, secret) = run_blocking(&state.pool, move |conn| model::rotate_secret(conn, &ctx, id)).await?;
    let version = client.row.version;
    ok_with_version(&ApiClientWithSecret { client: ApiClient::from_model(client), client_secret: secret }, version)
}
