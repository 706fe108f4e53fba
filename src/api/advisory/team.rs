//! Handlers of the people on an advisory case and the drafts of its opinion.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{
    AdvisoryDraft, AdvisoryDraftInput, AdvisoryDraftList, AdvisoryExpert, AdvisoryExpertInput, AdvisoryExpertList,
    AdvisoryExpertPatch, DeclarationInput,
};
use crate::api::caller::AuthUser;
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, json_with_etag, ok_with_version};
use crate::auth::Caller;
use crate::auth::Role;
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::error::{ApiError, ApiResult};
use crate::models::advisory_team as team;
use crate::models::audit::WriteContext;
use crate::state::AppState;

const STAFF: &[Role] = &[Role::Admin, Role::Staff];
const STAFF_OR_EXPERT: &[Role] = &[Role::Admin, Role::Staff, Role::Expert];

/// List the people on a case
///
/// The experts (user accounts with the expert role) and contributors without an account,
/// chair first, each with their conflict-of-interest declaration. Staff, admin and the
/// experts on the case; another expert gets `404`.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id")),
    responses(
        (status = 200, description = "The people on the case", body = AdvisoryExpertList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/advisory-opinions/{id}/experts")]
pub async fn list_advisory_experts(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF_OR_EXPERT)?;
    let caller = Caller::of(&principal);
    let id = id.into_inner();
    let rows = run_blocking(&state.pool, move |conn| {
        team::open_for(conn, &caller, id)?;
        Ok(team::list(conn, id)?)
    })
    .await?;
    let items = rows.into_iter().map(AdvisoryExpert::from_row).collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(AdvisoryExpertList { items }))
}

/// Put a person on a case
///
/// An expert by `user_id` (a user with the expert role, linked to a person) as `chair`,
/// `reviewer` or `secretary`, or a contributor without an account by `person_id`. A person
/// is on a case once (`409`), a case has one chair (`409`), and a closed or declined case
/// takes no one (`409`). Staff and admin only. The expert then sees the case and, after
/// declaring no conflict of interest, writes drafts.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id"), crate::api::http::IdempotencyHeader),
    request_body = AdvisoryExpertInput,
    responses(
        (status = 201, description = "Added", body = AdvisoryExpert,
            headers(("Location" = String, description = "Address of the entry"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/advisory-opinions/{id}/experts")]
pub async fn add_advisory_expert(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<AdvisoryExpertInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let (who, role) = body.into_inner()?.into_parts()?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| team::add(conn, &ctx, id, who, role)).await?;
    let location = format!("/api/v1/advisory-opinions/{id}/experts/{}", row.id);
    let version = row.version;
    created(&location, &AdvisoryExpert::from_row(row)?, version)
}

/// Get a person on a case
///
/// Staff, admin and the experts on the case. Answers carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "advisory",
    params(
        ("id" = i64, Path, description = "Case id"),
        ("expert_id" = i64, Path, description = "Entry id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The entry", body = AdvisoryExpert, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/advisory-opinions/{id}/experts/{expert_id}")]
pub async fn get_advisory_expert(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF_OR_EXPERT)?;
    let caller = Caller::of(&principal);
    let (case_id, id) = path.into_inner();
    let row = run_blocking(&state.pool, move |conn| {
        team::open_for(conn, &caller, case_id)?;
        team::get(conn, case_id, id)
    })
    .await?;
    let version = row.version;
    get_with_version(&req, &AdvisoryExpert::from_row(row)?, version)
}

/// Change a person's role on a case
///
/// A JSON Merge Patch of `role`. Staff and admin only; not once the case is closed or
/// declined. `If-Match` makes the update conditional.
#[utoipa::path(
    tag = "advisory",
    params(
        ("id" = i64, Path, description = "Case id"),
        ("expert_id" = i64, Path, description = "Entry id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body(content = AdvisoryExpertPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The entry", body = AdvisoryExpert, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/advisory-opinions/{id}/experts/{expert_id}")]
pub async fn update_advisory_expert(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
    body: JsonObject<AdvisoryExpertPatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let (case_id, id) = path.into_inner();
    let patch = body.into_inner()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        team::change_role(conn, &ctx, case_id, id, if_match, |current| {
            let mut role = current.role;
            patch.role.apply_required(&mut role, "role").map_err(|e| ApiError::Validation(vec![e]))?;
            Ok(role)
        })
    })
    .await?;
    let version = row.version;
    ok_with_version(&AdvisoryExpert::from_row(row)?, version)
}

/// Take a person off a case
///
/// Staff and admin only; not once the case is closed or declined. Drafts the expert wrote
/// stay, with their name. `If-Match` makes the removal conditional.
#[utoipa::path(
    tag = "advisory",
    params(
        ("id" = i64, Path, description = "Case id"),
        ("expert_id" = i64, Path, description = "Entry id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    responses(
        (status = 204, description = "Removed"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/advisory-opinions/{id}/experts/{expert_id}")]
pub async fn remove_advisory_expert(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let (case_id, id) = path.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| team::remove(conn, &ctx, case_id, id, if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Declare conflicts of interest
///
/// The expert on their own entry, or staff (for a contributor, or from a signed form):
/// `has_conflict: false` declares none and lets the expert write drafts; `true` (with a
/// note saying what) bars them from writing the opinion. A new declaration replaces the last;
/// the audit log keeps every one. Not once the case is closed or declined (`409`).
#[utoipa::path(
    tag = "advisory",
    params(
        ("id" = i64, Path, description = "Case id"),
        ("expert_id" = i64, Path, description = "Entry id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body = DeclarationInput,
    responses(
        (status = 200, description = "The entry", body = AdvisoryExpert, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/advisory-opinions/{id}/experts/{expert_id}/declaration")]
pub async fn declare_advisory_conflicts(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
    body: JsonObject<DeclarationInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF_OR_EXPERT)?;
    let caller = Caller::of(&principal);
    let (case_id, id) = path.into_inner();
    let declaration = body.into_inner()?.into_declaration()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row =
        run_blocking(&state.pool, move |conn| team::declare(conn, &ctx, &caller, case_id, id, if_match, declaration))
            .await?;
    let version = row.version;
    ok_with_version(&AdvisoryExpert::from_row(row)?, version)
}

/// List the drafts of a case's opinion
///
/// Every version, oldest first, without the text; the submitted one is marked. Staff, admin
/// and the experts on the case.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id")),
    responses(
        (status = 200, description = "The drafts", body = AdvisoryDraftList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/advisory-opinions/{id}/drafts")]
pub async fn list_advisory_drafts(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF_OR_EXPERT)?;
    let caller = Caller::of(&principal);
    let id = id.into_inner();
    let (rows, submitted) = run_blocking(&state.pool, move |conn| {
        let (case, _) = team::open_for(conn, &caller, id)?;
        Ok((team::drafts(conn, id)?, case.submitted_draft))
    })
    .await?;
    Ok(HttpResponse::Ok().json(AdvisoryDraftList::new(rows, submitted)))
}

/// Write a draft of the opinion
///
/// Adds the next version (drafts never change). While the case is `in_progress` (else
/// `409`), by staff or by an expert on the case who has declared no conflict of interest
/// (else `409`). Submitting the opinion freezes one of them.
#[utoipa::path(
    tag = "advisory",
    params(("id" = i64, Path, description = "Case id"), crate::api::http::IdempotencyHeader),
    request_body = AdvisoryDraftInput,
    responses(
        (status = 201, description = "Written", body = AdvisoryDraft,
            headers(("Location" = String, description = "Address of the draft"))),
        crate::api::responses::CreateErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/advisory-opinions/{id}/drafts")]
pub async fn write_advisory_draft(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<AdvisoryDraftInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF_OR_EXPERT)?;
    let caller = Caller::of(&principal);
    let id = id.into_inner();
    let (text, note) = body.into_inner()?.into_parts()?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| team::write_draft(conn, &ctx, &caller, id, &text, note)).await?;
    let location = format!("/api/v1/advisory-opinions/{id}/drafts/{}", row.number);
    Ok(HttpResponse::Created()
        .insert_header((actix_web::http::header::LOCATION, location))
        .json(AdvisoryDraft::from_row(row, None)))
}

/// Get a draft of the opinion
///
/// One version with its text. Staff, admin and the experts on the case. Drafts never
/// change: answers carry `ETag`, and `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "advisory",
    params(
        ("id" = i64, Path, description = "Case id"),
        ("number" = i32, Path, description = "Draft number"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The draft", body = AdvisoryDraft, headers(("ETag" = String, description = "Content tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/advisory-opinions/{id}/drafts/{number}")]
pub async fn get_advisory_draft(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i32)>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF_OR_EXPERT)?;
    let caller = Caller::of(&principal);
    let (case_id, number) = path.into_inner();
    let (row, submitted) = run_blocking(&state.pool, move |conn| {
        let (case, _) = team::open_for(conn, &caller, case_id)?;
        Ok((team::draft(conn, case_id, number)?, case.submitted_draft))
    })
    .await?;
    json_with_etag(&req, &AdvisoryDraft::from_row(row, submitted), "private, no-cache")
}
