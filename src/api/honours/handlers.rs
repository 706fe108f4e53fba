//! Handlers of honour rounds and honourees.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{
    HonourRound, HonourRoundInput, HonourRoundList, HonourRoundListQuery, HonourRoundPatch, Honouree, HonoureeCounts,
    HonoureeDecisionInput, HonoureeImportRecord, HonoureeInput, HonoureeListQuery, HonoureePage, HonoureePatch,
};
use crate::api::bulk::{Import, ImportQuery};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::api::pagination::{self, Cursor};
use crate::auth::Caller;
use crate::auth::{Principal, Role};
use crate::db::version::IfMatch;
use crate::db::{run_blocking, DbConnection};
use crate::domain::codes::{CodeList, HonourRoundStatus, HonoureeDecision};
use crate::domain::national_id::{self, IdHashKey};
use crate::domain::vn;
use crate::error::{ApiError, ApiResult};
use crate::models::audit::WriteContext;
use crate::models::honour::{self as model, HonoureeFilter, HonoureeRow, ImportRecord, RoundAction, RoundRow};
use crate::models::person::PersonKey;
use crate::state::AppState;

/// What a caller may see of honour rounds.
#[derive(Debug, Clone)]
enum View {
    /// Admin and staff: everything.
    Staff,
    /// Association managers: every round; their associations' honourees in full, and the
    /// approved honourees of published rounds.
    Manager(Vec<i64>),
    /// Everyone else: published rounds and their approved honourees, public fields only.
    Public,
}

impl View {
    fn of(caller: Option<&Principal>) -> View {
        match caller {
            Some(p) if p.is_union_staff() => View::Staff,
            Some(p) if p.has(Role::AssociationManager) => View::Manager(p.association_ids.iter().copied().collect()),
            _ => View::Public,
        }
    }

    fn sees_round(&self, round: &RoundRow) -> bool {
        !matches!(self, View::Public) || round.status == HonourRoundStatus::Published
    }

    fn sees_honouree(&self, round: &RoundRow, row: &HonoureeRow) -> bool {
        let public = round.status == HonourRoundStatus::Published && row.decision == HonoureeDecision::Approved;
        match self {
            View::Staff => true,
            View::Manager(ids) => public || row.association_id.is_some_and(|a| ids.contains(&a)),
            View::Public => public,
        }
    }

    fn full(&self, row: &HonoureeRow) -> bool {
        match self {
            View::Staff => true,
            View::Manager(ids) => row.association_id.is_some_and(|a| ids.contains(&a)),
            View::Public => false,
        }
    }
}

fn round_not_found(id: i64) -> ApiError {
    ApiError::NotFound(format!("there is no honour round with id {id}"))
}

/// The round, if the view may see it (else 404, as if it did not exist).
fn visible_round(conn: &mut DbConnection, view: &View, id: i64) -> Result<RoundRow, ApiError> {
    let round = model::get_round(conn, id)?;
    if view.sees_round(&round) {
        Ok(round)
    } else {
        Err(round_not_found(id))
    }
}

fn with_counts(conn: &mut DbConnection, view: &View, rows: Vec<RoundRow>) -> Result<Vec<HonourRound>, ApiError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let counts = model::decision_counts(conn, &ids)?;
    rows.into_iter()
        .map(|row| {
            let n = |d: HonoureeDecision| counts.get(&(row.id, d.code().to_owned())).copied().unwrap_or(0);
            let c = match view {
                View::Public => HonoureeCounts { approved: n(HonoureeDecision::Approved), ..Default::default() },
                _ => HonoureeCounts {
                    pending: n(HonoureeDecision::Pending),
                    approved: n(HonoureeDecision::Approved),
                    rejected: n(HonoureeDecision::Rejected),
                },
            };
            HonourRound::from_row(row, c)
        })
        .collect()
}

fn one_round(conn: &mut DbConnection, view: &View, row: RoundRow) -> Result<HonourRound, ApiError> {
    with_counts(conn, view, vec![row])?.pop().ok_or_else(|| ApiError::Internal(anyhow::anyhow!("round vanished")))
}

/// List honour rounds
///
/// Rounds of honouring outstanding intellectuals, newest year first. Anonymous readers (and
/// any role without a say in rounds) see published rounds only; association managers and
/// staff see every round.
#[utoipa::path(
    tag = "awards",
    params(HonourRoundListQuery),
    responses(
        (status = 200, description = "The rounds", body = HonourRoundList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/honour-rounds")]
pub async fn list_honour_rounds(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
    query: web::Query<HonourRoundListQuery>,
) -> ApiResult<HttpResponse> {
    let view = View::of(caller.as_ref());
    let query = query.into_inner();
    crate::domain::validate::year_param("year", query.year)?;
    let items = run_blocking(&state.pool, move |conn| {
        let rows = model::list_rounds(conn, query.year, query.status, matches!(view, View::Public))?;
        with_counts(conn, &view, rows)
    })
    .await?;
    Ok(HttpResponse::Ok().json(HonourRoundList { items }))
}

/// Create an honour round
///
/// A new round in status `planned`. Staff and admin only. Answers `201` with `Location` and
/// `ETag`. Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "awards",
    params(crate::api::http::IdempotencyHeader),
    request_body = HonourRoundInput,
    responses(
        (status = 201, description = "Created", body = HonourRound,
            headers(("Location" = String, description = "Address of the new round"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/honour-rounds")]
pub async fn create_honour_round(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    body: JsonObject<HonourRoundInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let data = body.into_inner()?.into_data()?;
    let ctx = WriteContext::new(&principal);
    let round = run_blocking(&state.pool, move |conn| {
        let row = model::insert_round(conn, &ctx, &data)?;
        one_round(conn, &View::Staff, row)
    })
    .await?;
    let location = format!("/api/v1/honour-rounds/{}", round.id);
    let version = round.version;
    created(&location, &round, version)
}

/// Get an honour round
///
/// One round with its counts. A round that is not published is `404` to readers who see
/// published rounds only. Answers carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "awards",
    params(
        ("id" = i64, Path, description = "Round id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The round", body = HonourRound, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/honour-rounds/{id}")]
pub async fn get_honour_round(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let view = View::of(caller.as_ref());
    let id = id.into_inner();
    let round = run_blocking(&state.pool, move |conn| {
        let row = visible_round(conn, &view, id)?;
        one_round(conn, &view, row)
    })
    .await?;
    let version = round.version;
    get_with_version(&req, &round, version)
}

/// Update an honour round
///
/// Changes year, name, ceremony date or description with a JSON Merge Patch. Staff and
/// admin only. `If-Match` makes the update conditional.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Round id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = HonourRoundPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated round", body = HonourRound, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/honour-rounds/{id}")]
pub async fn update_honour_round(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<HonourRoundPatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let id = id.into_inner();
    let patch = body.into_inner()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let round = run_blocking(&state.pool, move |conn| {
        let row = model::update_round(conn, &ctx, id, if_match, |current| patch.apply(current.data())?.into_data())?;
        one_round(conn, &View::Staff, row)
    })
    .await?;
    let version = round.version;
    ok_with_version(&round, version)
}

async fn change_round_status(
    state: web::Data<AppState>,
    req: HttpRequest,
    principal: Principal,
    id: i64,
    action: RoundAction,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let round = run_blocking(&state.pool, move |conn| {
        let row = model::change_round_status(conn, &ctx, id, if_match, action)?;
        one_round(conn, &View::Staff, row)
    })
    .await?;
    let version = round.version;
    ok_with_version(&round, version)
}

/// Open nominations
///
/// `planned` → `nominations_open`: association managers may now propose honourees. Staff and
/// admin only. Any other status is a `409` whose `allowed` lists what it allows.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Round id"), crate::api::http::ConditionalWriteHeaders),
    responses(
        (status = 200, description = "The round", body = HonourRound),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/honour-rounds/{id}/open-nominations")]
pub async fn open_honour_round_nominations(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    change_round_status(state, req, principal, id.into_inner(), RoundAction::OpenNominations).await
}

/// Close nominations
///
/// `nominations_open` → `under_review`: proposals stop and staff decide them. Staff and admin
/// only. Any other status is a `409` whose `allowed` lists what it allows.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Round id"), crate::api::http::ConditionalWriteHeaders),
    responses(
        (status = 200, description = "The round", body = HonourRound),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/honour-rounds/{id}/close-nominations")]
pub async fn close_honour_round_nominations(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    change_round_status(state, req, principal, id.into_inner(), RoundAction::CloseNominations).await
}

/// Reopen nominations
///
/// `under_review` → `nominations_open`, when more proposals are wanted. Staff and admin only.
/// Any other status is a `409` whose `allowed` lists what it allows.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Round id"), crate::api::http::ConditionalWriteHeaders),
    responses(
        (status = 200, description = "The round", body = HonourRound),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/honour-rounds/{id}/reopen-nominations")]
pub async fn reopen_honour_round_nominations(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    change_round_status(state, req, principal, id.into_inner(), RoundAction::ReopenNominations).await
}

/// Publish an honour round
///
/// `under_review` → `published` (final): the approved honourees become public. Every
/// honouree must be decided first (else `409` saying how many are pending). Staff and admin
/// only. Any other status is a `409` whose `allowed` lists what it allows.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Round id"), crate::api::http::ConditionalWriteHeaders),
    responses(
        (status = 200, description = "The round", body = HonourRound),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/honour-rounds/{id}/publish")]
pub async fn publish_honour_round(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    change_round_status(state, req, principal, id.into_inner(), RoundAction::Publish).await
}

fn honouree_view(conn: &mut DbConnection, view: &View, rows: Vec<HonoureeRow>) -> Result<Vec<Honouree>, ApiError> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut categories = model::categories_of(conn, &ids)?;
    rows.into_iter()
        .map(|row| {
            let full = view.full(&row);
            let cats = categories.remove(&row.id).unwrap_or_default();
            Honouree::from_row(row, cats, full)
        })
        .collect()
}

fn one_honouree(conn: &mut DbConnection, view: &View, row: HonoureeRow) -> Result<Honouree, ApiError> {
    honouree_view(conn, view, vec![row])?.pop().ok_or_else(|| ApiError::Internal(anyhow::anyhow!("honouree vanished")))
}

/// List the honourees of a round
///
/// In Vietnamese order of given name. Staff see every proposal; association managers see
/// their associations' proposals and, once the round is published, every approved honouree;
/// anyone else sees the approved honourees of published rounds only, without the staff-view
/// fields. Filter by `decision`, `association_id`, `category` and `q`; pages with `limit` and
/// `cursor`.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Round id"), HonoureeListQuery),
    responses(
        (status = 200, description = "A page of honourees", body = HonoureePage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 400, response = crate::api::responses::BadRequest),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/honour-rounds/{id}/honourees")]
pub async fn list_honourees(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
    query: web::Query<HonoureeListQuery>,
) -> ApiResult<HttpResponse> {
    let view = View::of(caller.as_ref());
    let round_id = id.into_inner();
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    crate::domain::validate::max_chars_param("q", query.q.as_deref(), 200)?;
    crate::domain::validate::max_chars_param("category", query.category.as_deref(), 64)?;
    let filter = HonoureeFilter {
        decision: query.decision,
        association_id: query.association_id,
        category: query.category,
        q: query.q.as_deref().map(vn::fold).filter(|q| !q.is_empty()),
        visible_to: match &view {
            View::Staff => None,
            View::Manager(ids) => Some(ids.clone()),
            View::Public => Some(Vec::new()),
        },
    };
    let scope = pagination::Scope::of(&(round_id, &filter));
    let after = Cursor::decode_opt(query.cursor.as_deref(), "name", &scope)?.map(|c| (c.k, c.i));
    let include_total = query.include_total.unwrap_or(false);
    let (items, next_cursor, total) = run_blocking(&state.pool, move |conn| {
        let round = visible_round(conn, &view, round_id)?;
        let total = if include_total { Some(model::count_honourees(conn, &round, &filter)?) } else { None };
        let rows = model::list_honourees(conn, &round, &filter, after, limit + 1)?;
        let (rows, next) = pagination::page(rows, limit, "name", &scope, |r| (r.sort_key.clone(), r.id));
        Ok((honouree_view(conn, &view, rows)?, next, total))
    })
    .await?;
    Ok(pagination::ok(next_cursor.as_ref()).json(HonoureePage { items, next_cursor, total }))
}

/// Propose an honouree
///
/// Association managers propose for their own associations (`association_id`) while the
/// round's nominations are open; staff may add honourees in any status but `published`. The
/// same person twice in one round is a `409`. Answers `201` with `Location` and `ETag`.
/// Accepts `Idempotency-Key`.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Round id"), crate::api::http::IdempotencyHeader),
    request_body = HonoureeInput,
    responses(
        (status = 201, description = "Proposed", body = Honouree,
            headers(("Location" = String, description = "Address of the honouree"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/honour-rounds/{id}/honourees")]
pub async fn propose_honouree(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<HonoureeInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff, Role::AssociationManager])?;
    let round_id = id.into_inner();
    let data = body.into_inner()?.into_data()?;
    let caller = Caller::of(&principal);
    let view = View::of(Some(&principal));
    let ctx = WriteContext::new(&principal);
    let honouree = run_blocking(&state.pool, move |conn| {
        let row = model::propose(conn, &ctx, &caller, round_id, &data)?;
        one_honouree(conn, &view, row)
    })
    .await?;
    let location = format!("/api/v1/honour-rounds/{round_id}/honourees/{}", honouree.id);
    let version = honouree.version;
    created(&location, &honouree, version)
}

/// Get an honouree
///
/// One honouree, under the same visibility as the list (`404` when not visible). Answers
/// carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "awards",
    params(
        ("id" = i64, Path, description = "Round id"),
        ("honouree_id" = i64, Path, description = "Honouree id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The honouree", body = Honouree, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/honour-rounds/{id}/honourees/{honouree_id}")]
pub async fn get_honouree(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    let view = View::of(caller.as_ref());
    let (round_id, id) = path.into_inner();
    let honouree = run_blocking(&state.pool, move |conn| {
        let round = visible_round(conn, &view, round_id)?;
        let row = model::get_honouree(conn, round_id, id)?;
        if !view.sees_honouree(&round, &row) {
            return Err(ApiError::NotFound(format!("honour round {round_id} has no honouree with id {id}")));
        }
        one_honouree(conn, &view, row)
    })
    .await?;
    let version = honouree.version;
    get_with_version(&req, &honouree, version)
}

/// Update an honouree
///
/// Changes a proposal with a JSON Merge Patch. Association managers change their
/// associations' pending proposals while nominations are open; staff in any status but
/// `published`. `If-Match` makes the update conditional.
#[utoipa::path(
    tag = "awards",
    params(
        ("id" = i64, Path, description = "Round id"),
        ("honouree_id" = i64, Path, description = "Honouree id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body(content = HonoureePatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated honouree", body = Honouree, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/honour-rounds/{id}/honourees/{honouree_id}")]
pub async fn update_honouree(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
    body: JsonObject<HonoureePatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff, Role::AssociationManager])?;
    let (round_id, id) = path.into_inner();
    let caller = Caller::of(&principal);
    let view = View::of(Some(&principal));
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let honouree = run_blocking(&state.pool, move |conn| {
        // The model checks the caller's scope on the stored honouree before asking for the body.
        let row = model::update_honouree(conn, &ctx, &caller, round_id, id, if_match, |current, categories| {
            body.into_inner()?.apply(current, categories)?.into_data()
        })?;
        one_honouree(conn, &view, row)
    })
    .await?;
    let version = honouree.version;
    ok_with_version(&honouree, version)
}

/// Withdraw an honouree
///
/// Deletes a proposal. Association managers withdraw their associations' pending proposals
/// while nominations are open; staff in any status but `published`.
#[utoipa::path(
    tag = "awards",
    params(
        ("id" = i64, Path, description = "Round id"),
        ("honouree_id" = i64, Path, description = "Honouree id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    responses(
        (status = 204, description = "Withdrawn"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/honour-rounds/{id}/honourees/{honouree_id}")]
pub async fn withdraw_honouree(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff, Role::AssociationManager])?;
    let (round_id, id) = path.into_inner();
    let caller = Caller::of(&principal);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::withdraw(conn, &ctx, &caller, round_id, id, if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Decide on an honouree
///
/// Records the union's decision: `approved`, `rejected` (with a reason) or back to `pending`.
/// Staff and admin only, while the round is `under_review` (else `409`).
#[utoipa::path(
    tag = "awards",
    params(
        ("id" = i64, Path, description = "Round id"),
        ("honouree_id" = i64, Path, description = "Honouree id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body = HonoureeDecisionInput,
    responses(
        (status = 200, description = "The decided honouree", body = Honouree, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[post("/honour-rounds/{id}/honourees/{honouree_id}/decision")]
pub async fn decide_honouree(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
    body: JsonObject<HonoureeDecisionInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let (round_id, id) = path.into_inner();
    let decided = body.into_inner()?.into_decided()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let honouree = run_blocking(&state.pool, move |conn| {
        let row = model::decide(conn, &ctx, round_id, id, if_match, &decided)?;
        one_honouree(conn, &View::Staff, row)
    })
    .await?;
    let version = honouree.version;
    ok_with_version(&honouree, version)
}

/// Maps category names (Vietnamese or English, any case or diacritics) to codes.
fn category_codes(conn: &mut DbConnection) -> Result<std::collections::HashMap<String, String>, ApiError> {
    let mut map = std::collections::HashMap::new();
    for row in crate::models::award_category::list(conn)? {
        map.insert(vn::fold(&row.name_vi), row.code.clone());
        map.insert(vn::fold(&row.name_en), row.code.clone());
        map.insert(row.code.clone(), row.code);
    }
    Ok(map)
}

/// Import honourees
///
/// Loads a historical round (or many proposals at once): JSON records, or a CSV
/// file or XLSX workbook (as the body or a form's `file` part; see `docs/api/imports.md`) with the
/// columns of
/// `HonoureeImportRecord`. Categories may be given by code or by name. Imported honourees
/// are `approved` unless a record says otherwise. All or nothing: any bad row is a `422`
/// whose errors name the row as `[n].field` (the record's position from 1 in JSON, the sheet
/// row in CSV, the header being row 1) and nothing is written. Staff and admin only, in any
/// round status.
#[utoipa::path(
    tag = "awards",
    params(("id" = i64, Path, description = "Round id"), ImportQuery, crate::api::http::IdempotencyHeader),
    request_body(
        description = "The honourees",
        content(
            (super::dto::HonoureeImportRecords = "application/json"),
            (crate::api::bulk::RawFile = "application/octet-stream", example = "Họ và tên;Nơi công tác;Tiêu chí;Thành tích\nCầm Thị Hoa;Bệnh viện Đa khoa tỉnh;Thầy thuốc Ưu tú;Thầy thuốc Ưu tú năm 2019\n"),
            (crate::api::bulk::UploadForm = "multipart/form-data"),
        )
    ),
    responses(
        (status = 201, description = "Imported", body = crate::api::bulk::ImportReport),
        (status = 200, description = "Dry run, or nothing to write", body = crate::api::bulk::ImportReport),
        (status = 202, response = crate::api::responses::JobStarted),
        crate::api::responses::ImportErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/honour-rounds/{id}/import")]
pub async fn import_honourees(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    query: web::Query<ImportQuery>,
    body: web::Payload,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let round_id = id.into_inner();
    let names = run_blocking(&state.pool, move |conn| {
        model::get_round(conn, round_id)?;
        category_codes(conn)
    })
    .await?;
    let ctx = WriteContext::new(&principal);
    let write_ctx = ctx.clone();
    let id_key = state.id_hash_key.clone();
    Import {
        kind: crate::api::jobs::dto::JobKind::ImportHonourees,
        what: "honouree",
        columns: super::dto::IMPORT_COLUMNS,
        prepare: move |_, record: HonoureeImportRecord| import_record(record, &names, &id_key),
        write: move |conn: &mut DbConnection, records: &[(usize, ImportRecord)]| {
            model::import(conn, &write_ctx, round_id, records)
        },
    }
    .run(&state, &req, &ctx, query.into_inner(), body)
    .await
}

/// An imported honouree as it is written: categories by code, `approved` unless it says
/// otherwise, the person by the key the record gives. `names`: category codes by folded name.
fn import_record(
    record: HonoureeImportRecord,
    names: &std::collections::HashMap<String, String>,
    id_key: &IdHashKey,
) -> Result<ImportRecord, ApiError> {
    let person = match (&record.person_id, record.member_external_id, record.national_id) {
        (Some(_), _, _) => None,
        (None, Some(external_id), _) => match record.association_id.as_ref().map(|a| a.0) {
            Some(association_id) => Some((
                "member_external_id",
                PersonKey::Member { association_id, external_id: external_id.trim().to_owned() },
            )),
            None => {
                let message = "give the association whose member this is (association_id)";
                return Err(ApiError::invalid("association_id", "required", message));
            }
        },
        (None, None, Some(national_id)) => match national_id::normalize(&national_id) {
            Some(digits) => Some(("national_id", PersonKey::NationalId(id_key.hash(&digits)))),
            None => return Err(ApiError::invalid("national_id", "format", "a national ID has 9 or 12 digits")),
        },
        (None, None, None) => None,
    };
    let categories = record
        .categories
        .iter()
        .map(|c| names.get(&vn::fold(c)).or_else(|| names.get(c.trim())).cloned().unwrap_or_else(|| c.clone()))
        .collect();
    let input = HonoureeInput {
        person_id: record.person_id,
        full_name: record.full_name,
        workplace: record.workplace,
        position: record.position,
        association_id: record.association_id,
        categories,
        citation: record.citation,
    };
    let decision = record.decision.unwrap_or(HonoureeDecision::Approved);
    let decided = HonoureeDecisionInput { decision, reason: record.decision_reason }.into_decided();
    match (input.into_data(), decided) {
        (Ok(data), Ok(decided)) => Ok(ImportRecord { data, decided, person }),
        (a, b) => {
            let mut fields = Vec::new();
            for e in [a.err(), b.err()].into_iter().flatten() {
                match e {
                    ApiError::Validation(f) => fields.extend(f),
                    other => return Err(other),
                }
            }
            Err(ApiError::Validation(fields))
        }
    }
}
