//! Handlers of the audit log.

use actix_web::{get, web, HttpResponse};

use super::dto::{AuditEntry, AuditPage, AuditQuery};
use crate::api::caller::AuthUser;
use crate::api::pagination::{self, Cursor};
use crate::auth::Role;
use crate::db::run_blocking;
use crate::error::{ApiError, ApiResult};
use crate::models::audit::{self, AuditFilter};
use crate::state::AppState;

/// Read the audit log
///
/// Every write, newest first: who, what, when, which request, and the changed fields
/// (personal data masked). Filter by actor, entity and time range. Admin only; nothing in the
/// API changes or deletes it.
#[utoipa::path(
    tag = "audit-log",
    params(AuditQuery),
    responses(
        (status = 200, description = "A page of audit records", body = AuditPage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/audit-log")]
pub async fn list_audit_log(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    query: web::Query<AuditQuery>,
) -> ApiResult<HttpResponse> {
    p.require_any(&[Role::Admin])?;
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    for (field, value, max) in
        [("actor", &query.actor, 200), ("entity_type", &query.entity_type, 64), ("entity_id", &query.entity_id, 64)]
    {
        if value.as_ref().is_some_and(|v| v.chars().count() > max) {
            return Err(ApiError::invalid(field, "length", format!("must be at most {max} characters long")));
        }
    }
    if let (Some(from), Some(to)) = (query.from, query.to) {
        if to < from {
            return Err(ApiError::invalid("to", "range", "must not be before from"));
        }
    }
    let filter = AuditFilter {
        actor: query.actor,
        entity_type: query.entity_type,
        entity_id: query.entity_id,
        from: query.from.map(|t| t.naive_utc()),
        to: query.to.map(|t| t.naive_utc()),
    };
    let scope = pagination::Scope::of(&filter);
    let before = Cursor::decode_opt(query.cursor.as_deref(), "-id", &scope)?.map(|c| c.i);
    let include_total = query.include_total.unwrap_or(false);
    let (rows, total) = run_blocking(&state.pool, move |conn| {
        let total = if include_total { Some(audit::count(conn, &filter)?) } else { None };
        Ok((audit::list(conn, &filter, before, limit + 1)?, total))
    })
    .await?;
    let has_more = rows.len() as i64 > limit;
    let items: Vec<AuditEntry> = rows.into_iter().take(limit as usize).map(AuditEntry::from_row).collect();
    let next_cursor = if has_more {
        items.last().map(|e| Cursor::new("-id", String::new(), e.id).bound(&scope).encode())
    } else {
        None
    };
    Ok(pagination::ok(next_cursor.as_ref()).json(AuditPage { items, next_cursor, total }))
}
