//! Handlers of judging.

use actix_web::{delete, get, post, put, web, HttpRequest, HttpResponse};

use super::dto::{
    ConflictInput, ContestResults, EntryInternationalAward, EntryInternationalAwardInput, EntryInternationalAwardList,
    EntryScores, JudgeAssignment, JudgeAssignmentInput, JudgeAssignmentList, PrizeInput, PublishInput, ResultItem,
    ScoreChangeItem, ScoreChangeList, ScoreSheet, ScoresInput,
};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::contest_entries::dto::ContestEntry;
use crate::api::contest_entries::dto::NationalResult;
use crate::api::contest_entries::handlers::{one, views};
use crate::api::contests::dto::Edition;
use crate::api::extract::{optional_json, JsonObject};
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::auth::{Principal, Role};
use crate::db::version::IfMatch;
use crate::db::{run_blocking, DbConnection};
use crate::domain::time::today;
use crate::domain::validate;
use crate::error::{ApiError, ApiResult};
use crate::models::audit::WriteContext;
use crate::models::contest;
use crate::models::contest_entry::View;
use crate::models::judging as model;
use crate::state::AppState;
use crate::usecases::judging::{self as usecase, Results};

const STAFF: &[Role] = &[Role::Admin, Role::Staff];
const STAFF_OR_JUDGE: &[Role] = &[Role::Admin, Role::Staff, Role::Judge];

/// The sheets of an answer, one per judge.
fn sheets(scores: usecase::EntryScores) -> Vec<ScoreSheet> {
    let criteria = scores.criteria;
    scores.sheets.into_iter().map(|(a, sheet)| ScoreSheet::new(a.user_id, a.full_name, &criteria, &sheet)).collect()
}

/// List an entry's judges
///
/// Staff and admin only.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id")),
    responses(
        (status = 200, description = "The judges", body = JudgeAssignmentList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/entries/{id}/judges")]
pub async fn list_entry_judges(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let rows = run_blocking(&state.pool, move |conn| usecase::judges(conn, id)).await?;
    Ok(HttpResponse::Ok().json(JudgeAssignmentList { items: rows.into_iter().map(Into::into).collect() }))
}

/// Assign a judge to an entry
///
/// A user with the judge role, linked to a person, while the edition is `open` or `judging`
/// and the entry `submitted` or `eligible`. A judge who belongs to the entry's association,
/// or is one of its authors, is refused with a `409` naming the reason. Staff and admin only.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id"), crate::api::http::IdempotencyHeader),
    request_body = JudgeAssignmentInput,
    responses(
        (status = 201, description = "Assigned", body = JudgeAssignment,
            headers(("Location" = String, description = "Address of the assignment"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/entries/{id}/judges")]
pub async fn assign_entry_judge(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<JudgeAssignmentInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let user_id = body.into_inner()?.user_id.0;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| model::assign(conn, &ctx, id, user_id)).await?;
    let location = format!("/api/v1/entries/{id}/judges/{}", row.id);
    let version = row.version;
    created(&location, &JudgeAssignment::from(row), version)
}

/// Get an assignment
///
/// Staff and admin only. Answers carry `ETag`.
#[utoipa::path(
    tag = "contests",
    params(
        ("id" = i64, Path, description = "Entry id"),
        ("assignment_id" = i64, Path, description = "Assignment id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The assignment", body = JudgeAssignment, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/entries/{id}/judges/{assignment_id}")]
pub async fn get_entry_judge(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let (id, assignment_id) = path.into_inner();
    let row = run_blocking(&state.pool, move |conn| usecase::find_assignment(conn, id, assignment_id)).await?;
    let version = row.version;
    get_with_version(&req, &JudgeAssignment::from(row), version)
}

/// Remove a judge from an entry
///
/// The judge's scores on it go (the score history keeps them). While the edition is `open`
/// or `judging`. Staff and admin only. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "contests",
    params(
        ("id" = i64, Path, description = "Entry id"),
        ("assignment_id" = i64, Path, description = "Assignment id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    responses((status = 204, description = "Removed"), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[delete("/entries/{id}/judges/{assignment_id}")]
pub async fn remove_entry_judge(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let (id, assignment_id) = path.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| usecase::remove_judge(conn, &ctx, id, assignment_id, if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Declare a conflict of interest with an entry
///
/// The judge assigned to the entry says what the conflict is; the assignment and the
/// judge's scores on it go (the audit log keeps the declaration). While the edition is
/// `open` or `judging`. A judge not assigned gets `404`.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id")),
    request_body = ConflictInput,
    responses((status = 204, description = "Declared; the assignment is removed"), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/entries/{id}/conflict")]
pub async fn declare_entry_conflict(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<ConflictInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Judge])?;
    let id = id.into_inner();
    let note = body.into_inner()?.into_note()?;
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| usecase::declare_conflict(conn, &ctx, &principal, id, note)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Get an entry's scores
///
/// Staff see every judge's sheet; a judge assigned to the entry sees only their own until
/// the results are published, and every sheet after. Anyone else gets `403` (or `404`).
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id")),
    responses(
        (status = 200, description = "The score sheets", body = EntryScores),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/entries/{id}/scores")]
pub async fn get_entry_scores(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF_OR_JUDGE)?;
    let id = id.into_inner();
    let scores = run_blocking(&state.pool, move |conn| usecase::entry_scores(conn, &principal, id)).await?;
    Ok(HttpResponse::Ok().json(EntryScores { entry_id: id, sheets: sheets(scores) }))
}

/// Score an entry
///
/// The judge assigned to the entry sets their scores by criterion code: whole numbers from 0
/// to the criterion's maximum, `null` to remove one; criteria left out keep theirs. While the
/// edition is `judging` and the entry `eligible` (else `409`). Every change is kept (see
/// `score-changes`). Answers the judge's sheet.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id")),
    request_body = ScoresInput,
    responses((status = 200, description = "The judge's sheet", body = ScoreSheet), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[put("/entries/{id}/scores")]
pub async fn score_entry(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<ScoresInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Judge])?;
    let id = id.into_inner();
    let changes = body.into_inner()?.into_changes()?;
    let ctx = WriteContext::new(&principal);
    let scores = run_blocking(&state.pool, move |conn| usecase::score(conn, &ctx, &principal, id, &changes)).await?;
    let sheet = sheets(scores).pop().ok_or_else(|| ApiError::Internal(anyhow::anyhow!("no sheet after scoring")))?;
    Ok(HttpResponse::Ok().json(sheet))
}

/// List the changes of an entry's scores
///
/// Every score given, changed or removed, oldest first: to staff all, to an assigned judge
/// their own.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id")),
    responses(
        (status = 200, description = "The changes", body = ScoreChangeList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/entries/{id}/score-changes")]
pub async fn list_entry_score_changes(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF_OR_JUDGE)?;
    let id = id.into_inner();
    let (criteria, changes) =
        run_blocking(&state.pool, move |conn| usecase::score_changes(conn, &principal, id)).await?;
    let items = changes.into_iter().map(|c| ScoreChangeItem::new(c, &criteria)).collect();
    Ok(HttpResponse::Ok().json(ScoreChangeList { items }))
}

/// The answer of the results: each placed entry as the caller may see it.
fn results_view(
    conn: &mut DbConnection,
    results: Results,
    staff: bool,
    today: chrono::NaiveDate,
) -> Result<ContestResults, ApiError> {
    let Results { edition, complete, placed } = results;
    let view = if staff { View::Full } else { View::Public };
    let entries = views(conn, &edition, placed.iter().map(|p| (p.entry.clone(), view)).collect(), staff, today)?;
    let items = placed
        .into_iter()
        .zip(entries)
        .map(|(p, e)| ResultItem {
            rank: p.rank,
            entry_id: p.entry.id,
            title: p.entry.title,
            association_id: p.entry.association_id,
            authors: e.authors,
            score: p.score,
            judges: p.judges.map(|c| c.0),
            judges_done: p.judges.map(|c| c.1),
            prize: e.prize,
        })
        .collect();
    Ok(ContestResults {
        edition_id: edition.id,
        status: edition.status,
        published_on: edition.published_on,
        complete,
        items,
    })
}

/// Get an edition's results
///
/// The ranking of its eligible entries with their scores and prizes. Staff see it live from
/// the start of judging, with how many judges have scored each entry; anyone sees it once
/// the results are published (the ranks and scores as published). Otherwise `404`.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Edition id")),
    responses(
        (status = 200, description = "The results", body = ContestResults),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/editions/{id}/results")]
pub async fn get_edition_results(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let staff = caller.as_ref().is_some_and(Principal::is_union_staff);
    let id = id.into_inner();
    let today = today(state.config.timezone);
    let results = run_blocking(&state.pool, move |conn| {
        let results = usecase::results(conn, id, staff)?;
        results_view(conn, results, staff, today)
    })
    .await?;
    Ok(HttpResponse::Ok().json(results))
}

/// Give the prizes by rank
///
/// Within the quotas: the first places get first prizes up to the first-prize quota, the
/// next second prizes, and so on; every other entry none. While the edition is `judging`,
/// once every eligible entry is fully judged (else `409`). Staff may then change single
/// prizes by hand. Staff and admin only. Answers the results.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Edition id")),
    responses((status = 200, description = "The results", body = ContestResults), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/editions/{id}/award-prizes")]
pub async fn award_edition_prizes(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let today = today(state.config.timezone);
    let ctx = WriteContext::new(&principal);
    let results = run_blocking(&state.pool, move |conn| {
        let results = usecase::award_prizes(conn, &ctx, id)?;
        results_view(conn, results, true, today)
    })
    .await?;
    Ok(HttpResponse::Ok().json(results))
}

/// Give or take back an entry's prize
///
/// By hand, within the edition's quotas (a full quota is a `409`), to an eligible entry,
/// while the edition is `judging`. Staff and admin only. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id"), crate::api::http::ConditionalWriteHeaders),
    request_body = PrizeInput,
    responses((status = 200, description = "The entry", body = ContestEntry), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/entries/{id}/prize")]
pub async fn set_entry_prize(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<PrizeInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let prize = body.into_inner()?.prize;
    let today = today(state.config.timezone);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let entry = run_blocking(&state.pool, move |conn| {
        let row = model::give_prize(conn, &ctx, id, if_match, prize)?;
        let edition = contest::get_edition(conn, row.edition_id)?;
        one(conn, &edition, row, View::Full, true, today)
    })
    .await?;
    let version = entry.version;
    ok_with_version(&entry, version)
}

/// Publish an edition's results
///
/// `judging` → `results_published`, on the date given (default today): every eligible
/// entry must be fully judged (else `409`); each keeps its rank and score from then on, and
/// the results, the edition and its eligible entries become public. Staff and admin only;
/// the body is optional. Any other status is a `409` whose `allowed` lists the steps it allows.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Edition id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = Option<PublishInput>, content_type = "application/json"),
    responses((status = 200, description = "The edition", body = Edition), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/editions/{id}/publish-results")]
pub async fn publish_edition_results(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: web::Bytes,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let input: PublishInput = optional_json(&req, &body)?;
    let today = today(state.config.timezone);
    let mut errors = Vec::new();
    validate::not_future("on", input.on, today, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let on = input.on.unwrap_or(today);
    let id = id.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let edition = run_blocking(&state.pool, move |conn| {
        let row = model::publish(conn, &ctx, id, if_match, on)?;
        crate::api::contests::handlers::edition_view(conn, row)
    })
    .await?;
    let version = edition.version;
    ok_with_version(&edition, version)
}

/// Record an entry's national result
///
/// For a provincial prize winner sent on to the national contest, once the edition's
/// results are published: when it was sent, the national prize, a Labour Creativity
/// Certificate, whether it was applied or commercialised. Sending it again corrects it.
/// Staff and admin only. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id"), crate::api::http::ConditionalWriteHeaders),
    request_body = NationalResult,
    responses((status = 200, description = "The entry", body = ContestEntry), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[post("/entries/{id}/national-result")]
pub async fn record_entry_national_result(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<NationalResult>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let today = today(state.config.timezone);
    let national = body.into_inner()?.into_national(today)?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let entry = run_blocking(&state.pool, move |conn| {
        let row = model::record_national(conn, &ctx, id, if_match, &national)?;
        let edition = contest::get_edition(conn, row.edition_id)?;
        one(conn, &edition, row, View::Full, true, today)
    })
    .await?;
    let version = entry.version;
    ok_with_version(&entry, version)
}

/// List the awards an entry won abroad
///
/// Medals and prizes at international contests and exhibitions, beyond the national result.
/// Anyone, once the edition's results are published; staff and admin at any time.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id")),
    responses(
        (status = 200, description = "The awards", body = EntryInternationalAwardList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/entries/{id}/international-awards")]
pub async fn list_entry_international_awards(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let staff = caller.as_ref().is_some_and(Principal::is_union_staff);
    let id = id.into_inner();
    let rows = run_blocking(&state.pool, move |conn| usecase::international_awards(conn, id, staff)).await?;
    Ok(HttpResponse::Ok().json(EntryInternationalAwardList { items: rows.into_iter().map(Into::into).collect() }))
}

/// Record an award an entry won abroad
///
/// Once the edition's results are published, for an entry not withdrawn; the year not
/// before the edition's nor in the future. Several awards at one event are several records
/// (an organisers' medal and a delegation's special prize). A correction is a `DELETE` and
/// a new record. Staff and admin only.
#[utoipa::path(
    tag = "contests",
    params(("id" = i64, Path, description = "Entry id"), crate::api::http::IdempotencyHeader),
    request_body = EntryInternationalAwardInput,
    responses(
        (status = 201, description = "Recorded", body = EntryInternationalAward,
            headers(("Location" = String, description = "Address of the record"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
        (status = 404, response = crate::api::responses::NotFound),
    ),
    security(("bearer" = []))
)]
#[post("/entries/{id}/international-awards")]
pub async fn add_entry_international_award(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<EntryInternationalAwardInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let id = id.into_inner();
    let this_year = chrono::Datelike::year(&today(state.config.timezone));
    let award = body.into_inner()?.into_new(this_year)?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| model::add_international_award(conn, &ctx, id, &award)).await?;
    let location = format!("/api/v1/entries/{id}/international-awards/{}", row.id);
    let version = row.version;
    created(&location, &EntryInternationalAward::from(row), version)
}

/// Get an award an entry won abroad
///
/// As the list shows it. Answers carry `ETag`.
#[utoipa::path(
    tag = "contests",
    params(
        ("id" = i64, Path, description = "Entry id"),
        ("award_id" = i64, Path, description = "Award record id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The award", body = EntryInternationalAward, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/entries/{id}/international-awards/{award_id}")]
pub async fn get_entry_international_award(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    let staff = caller.as_ref().is_some_and(Principal::is_union_staff);
    let (id, award_id) = path.into_inner();
    let row = run_blocking(&state.pool, move |conn| usecase::international_award(conn, id, award_id, staff)).await?;
    let version = row.version;
    get_with_version(&req, &EntryInternationalAward::from(row), version)
}

/// Remove an award recorded in error
///
/// Staff and admin only. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "contests",
    params(
        ("id" = i64, Path, description = "Entry id"),
        ("award_id" = i64, Path, description = "Award record id"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    responses((status = 204, description = "Removed"), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[delete("/entries/{id}/international-awards/{award_id}")]
pub async fn remove_entry_international_award(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i64)>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let (id, award_id) = path.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::remove_international_award(conn, &ctx, id, award_id, if_match))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
