//! Handlers of duplicate people and merges.

use actix_web::{get, post, web, HttpResponse};

use super::dto::{DuplicateGroup, DuplicatePage, DuplicateQuery, Merge, MergeInput};
use crate::api::caller::AuthUser;
use crate::api::extract::JsonObject;
use crate::api::pagination::{self, Cursor};
use crate::auth::Role;
use crate::db::run_blocking;
use crate::domain::json_int::ids;
use crate::error::{ApiError, ApiResult};
use crate::models::audit::WriteContext;
use crate::models::person::{self as model, Evidence};
use crate::state::AppState;

const STAFF: &[Role] = &[Role::Admin, Role::Staff];

/// List duplicate people
///
/// People that look like one person: the same national ID (compared as keyed hashes), or the
/// same name (ignoring case and diacritics) and birth date; each with its memberships, so
/// that staff can decide. Groups sharing a national ID come first. People already merged are
/// left out. Staff and admin.
#[utoipa::path(
    tag = "people",
    params(DuplicateQuery),
    responses(
        (status = 200, description = "A page of duplicate groups", body = DuplicatePage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/people/duplicates")]
pub async fn list_duplicates(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    query: web::Query<DuplicateQuery>,
) -> ApiResult<HttpResponse> {
    p.require_any(STAFF)?;
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    let scope = pagination::Scope::of(&());
    let after = match Cursor::decode_opt(query.cursor.as_deref(), "duplicates", &scope)? {
        None => None,
        Some(c) => Some((
            match c.i {
                0 => Evidence::NationalId,
                1 => Evidence::NameAndBirthDate,
                _ => return Err(pagination::invalid_cursor()),
            },
            c.k,
        )),
    };
    let limit = usize::try_from(limit).unwrap_or(50);
    let include_total = query.include_total.unwrap_or(false);
    let (mut groups, total) = run_blocking(&state.pool, move |conn| {
        let total = if include_total { Some(model::count_duplicates(conn)?) } else { None };
        Ok((model::duplicates(conn, after, limit + 1)?, total))
    })
    .await?;
    let has_more = groups.len() > limit;
    groups.truncate(limit);
    let next_cursor = if has_more {
        groups.last().map(|g| {
            let i = if g.evidence == Evidence::NationalId { 0 } else { 1 };
            Cursor::new("duplicates", g.key.clone(), i).bound(&scope).encode()
        })
    } else {
        None
    };
    let items = groups.into_iter().map(DuplicateGroup::from_row).collect();
    Ok(pagination::ok(next_cursor.as_ref()).json(DuplicatePage { items, next_cursor, total }))
}

/// Merge people
///
/// Merges people that are one: every membership of the merged people moves to the kept
/// person (memberships keep their ids, external ids and history; rosters and change feeds
/// show them under the kept person), and the merged people are marked merged, not deleted.
/// The kept person's data is not changed. Recorded in the audit log; `POST
/// /api/v1/people/merges/{id}/undo` reverses it. Staff and admin. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "people",
    request_body = MergeInput,
    responses(
        (status = 201, description = "Merged", body = Merge,
            headers(("Location" = String, description = "Address of the merge"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 409, response = crate::api::responses::Conflict),
        (status = 413, response = crate::api::responses::PayloadTooLarge),
        (status = 415, response = crate::api::responses::UnsupportedMediaType),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[post("/people/merge")]
pub async fn merge_people(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    body: JsonObject<MergeInput>,
) -> ApiResult<HttpResponse> {
    p.require_any(STAFF)?;
    let input = body.into_inner()?;
    let keep = input.keep_person_id.0;
    let merged = ids(&input.merge_person_ids);
    if merged.is_empty() || merged.len() > 20 {
        return Err(ApiError::invalid("merge_person_ids", "length", "name 1 to 20 people to merge"));
    }
    let ctx = WriteContext::new(&p);
    let row = run_blocking(&state.pool, move |conn| model::merge(conn, &ctx, keep, &merged)).await?;
    let location = format!("/api/v1/people/merges/{}", row.id);
    Ok(HttpResponse::Created().insert_header((actix_web::http::header::LOCATION, location)).json(Merge::from_row(row)))
}

/// Get a merge
///
/// One merge: who was kept, who was merged, which memberships moved, and whether it was
/// undone. Staff and admin.
#[utoipa::path(
    tag = "people",
    params(("id" = i64, Path, description = "Merge id")),
    responses(
        (status = 200, description = "The merge", body = Merge),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/people/merges/{id}")]
pub async fn get_merge(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    p.require_any(STAFF)?;
    let id = id.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    Ok(HttpResponse::Ok().json(Merge::from_row(row)))
}

/// Undo a merge
///
/// Moves the memberships back to the people they came from and unmarks them. A `409` when
/// the merge was already undone, or when one of its memberships was merged again later
/// (undo that merge first). Staff and admin.
#[utoipa::path(
    tag = "people",
    params(("id" = i64, Path, description = "Merge id")),
    responses(
        (status = 200, description = "Undone", body = Merge),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 409, response = crate::api::responses::Conflict),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[post("/people/merges/{id}/undo")]
pub async fn undo_merge(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    p.require_any(STAFF)?;
    let id = id.into_inner();
    let ctx = WriteContext::new(&p);
    let row = run_blocking(&state.pool, move |conn| model::undo(conn, &ctx, id)).await?;
    Ok(HttpResponse::Ok().json(Merge::from_row(row)))
}
