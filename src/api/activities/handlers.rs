//! Handlers of activities.

use actix_web::{delete, get, patch, post, web, HttpRequest, HttpResponse};

use super::dto::{Activity, ActivityInput, ActivityListQuery, ActivityPage, ActivityPatch, ImportedActivity};
use crate::api::bulk::{Import, ImportQuery};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::JsonObject;
use crate::api::http::{created, get_with_version, ok_with_version};
use crate::api::pagination;
use crate::auth::{Principal, Role};
use crate::db::version::IfMatch;
use crate::db::{run_blocking, DbConnection};
use crate::domain::codes::Visibility;
use crate::domain::validate;
use crate::domain::vn;
use crate::error::{ApiError, ApiResult};
use crate::models::activity::{self as model, ActivityRow, Filter};
use crate::models::audit::WriteContext;
use crate::state::AppState;

/// The associations whose internal activities the caller sees (`None`: all of them).
fn visible_to(caller: Option<&Principal>) -> Option<Vec<i64>> {
    match caller {
        Some(p) if p.is_union_staff() => None,
        Some(p) if p.has(Role::AssociationManager) => Some(p.association_ids.iter().copied().collect()),
        _ => Some(Vec::new()),
    }
}

fn sees(row: &ActivityRow, visible: &Option<Vec<i64>>) -> bool {
    match visible {
        None => true,
        Some(ids) => row.visibility == Visibility::Public || row.association_id.is_some_and(|a| ids.contains(&a)),
    }
}

/// Staff may write any activity; an association manager those organised by one of its associations.
fn may_write(p: &Principal, association_id: Option<i64>) -> Result<(), ApiError> {
    if p.is_union_staff() {
        return Ok(());
    }
    match association_id {
        Some(a) if p.manages(a) => Ok(()),
        Some(a) => Err(ApiError::Forbidden(format!(
            "this needs the role admin or staff, or association_manager of association {a}"
        ))),
        None => Err(ApiError::Forbidden(
            "association managers record their associations' activities (organiser_kind association); other activities need staff".into(),
        )),
    }
}

/// List activities
///
/// Newest first. Anyone sees public activities; association managers also their
/// associations' internal ones; staff see all. Filter by `kind`, `year`, `organiser_kind`,
/// `association_id`, `union_role`, a start-date range (`from`, `to`) and `q`; pages with
/// `limit` and `cursor`.
#[utoipa::path(
    tag = "activities",
    params(ActivityListQuery),
    responses(
        (status = 200, description = "A page of activities", body = ActivityPage, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 400, response = crate::api::responses::BadRequest),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/activities")]
pub async fn list_activities(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
    query: web::Query<ActivityListQuery>,
) -> ApiResult<HttpResponse> {
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    validate::year_param("year", query.year)?;
    validate::max_chars_param("q", query.q.as_deref(), 200)?;
    if let (Some(from), Some(to)) = (query.from, query.to) {
        if to < from {
            return Err(ApiError::invalid("to", "range", "must not be before from"));
        }
    }
    let filter = Filter {
        kind: query.kind,
        year: query.year,
        organiser_kind: query.organiser_kind,
        association_id: query.association_id,
        union_role: query.union_role,
        from: query.from,
        to: query.to,
        q: query.q.as_deref().map(vn::fold).filter(|q| !q.is_empty()),
        visible_to: visible_to(caller.as_ref()),
    };
    let scope = pagination::Scope::of(&filter);
    let after = pagination::decode_key::<chrono::NaiveDate>(query.cursor.as_deref(), "starts_on", &scope)?;
    let include_total = query.include_total.unwrap_or(false);
    let (rows, total) = run_blocking(&state.pool, move |conn| {
        let total = if include_total { Some(model::count(conn, &filter)?) } else { None };
        Ok((model::list(conn, &filter, after, limit + 1)?, total))
    })
    .await?;
    let (rows, next_cursor) = pagination::page(rows, limit, "starts_on", &scope, |r| (r.starts_on.to_string(), r.id));
    let items = rows.into_iter().map(Activity::from_row).collect::<Result<_, _>>()?;
    Ok(pagination::ok(next_cursor.as_ref()).json(ActivityPage { items, next_cursor, total }))
}

/// Record an activity
///
/// Staff record any activity; association managers those their associations organised
/// (`organiser_kind` `association`). Answers `201` with `Location` and `ETag`. Accepts
/// `Idempotency-Key`.
#[utoipa::path(
    tag = "activities",
    params(crate::api::http::IdempotencyHeader),
    request_body = ActivityInput,
    responses(
        (status = 201, description = "Created", body = Activity,
            headers(("Location" = String, description = "Address of the new activity"),
                    ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/activities")]
pub async fn create_activity(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    body: JsonObject<ActivityInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff, Role::AssociationManager])?;
    let data = body.into_inner()?.into_data()?;
    may_write(&principal, data.association_id)?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| model::insert(conn, &ctx, &data)).await?;
    let location = format!("/api/v1/activities/{}", row.id);
    let version = row.version;
    created(&location, &Activity::from_row(row)?, version)
}

/// Get an activity
///
/// One activity, under the same visibility as the list (`404` when not visible). Answers
/// carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "activities",
    params(
        ("id" = i64, Path, description = "Activity id"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The activity", body = Activity, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/activities/{id}")]
pub async fn get_activity(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let id = id.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, id)).await?;
    if !sees(&row, &visible_to(caller.as_ref())) {
        return Err(ApiError::NotFound(format!("there is no activity with id {id}")));
    }
    let version = row.version;
    get_with_version(&req, &Activity::from_row(row)?, version)
}

/// Update an activity
///
/// Changes it with a JSON Merge Patch, checked as a whole. Staff, or a manager of the
/// organising association (before and after the change). `If-Match` makes the update
/// conditional.
#[utoipa::path(
    tag = "activities",
    params(("id" = i64, Path, description = "Activity id"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = ActivityPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated activity", body = Activity, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/activities/{id}")]
pub async fn update_activity(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
    body: JsonObject<ActivityPatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff, Role::AssociationManager])?;
    let id = id.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        model::update(conn, &ctx, id, if_match, |current| {
            may_write(&principal, current.association_id)?;
            let data = body.into_inner()?.apply(current.data()?)?.into_data()?;
            may_write(&principal, data.association_id)?;
            Ok(data)
        })
    })
    .await?;
    let version = row.version;
    ok_with_version(&Activity::from_row(row)?, version)
}

/// Delete an activity
///
/// Removes an activity recorded in error. Staff, or a manager of the organising association.
#[utoipa::path(
    tag = "activities",
    params(("id" = i64, Path, description = "Activity id"), crate::api::http::ConditionalWriteHeaders),
    responses(
        (status = 204, description = "Deleted"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/activities/{id}")]
pub async fn delete_activity(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff, Role::AssociationManager])?;
    let id = id.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| {
        model::delete(conn, &ctx, id, if_match, |current| may_write(&principal, current.association_id))
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Import activities
///
/// Loads many activities at once (the secretariat's records of earlier years): JSON records
/// (`ActivityImportRecords`: `ActivityInput`s), or a CSV file or XLSX workbook (as the body or a form's `file`
/// part; see `docs/api/imports.md`) with those keys or Vietnamese headers (`Loại hoạt động`, `Tên hoạt động`, `Ngày`,
/// `Địa điểm`, `Vai trò`, …); code-list cells may hold the Vietnamese label instead of the
/// code, links may be bare URLs separated by `;`. Every record is checked as a new activity;
/// all or nothing: any bad row is a `422` whose errors name the row as `[n].field` (the
/// record's position from 1 in JSON, the sheet row in CSV). Staff and admin only.
#[utoipa::path(
    tag = "activities",
    params(ImportQuery, crate::api::http::IdempotencyHeader),
    request_body(
        description = "The activities",
        content(
            (super::dto::ActivityImportRecords = "application/json"),
            (crate::api::bulk::RawFile = "application/octet-stream", example = "Loại hoạt động;Tên hoạt động;Đơn vị tổ chức;Ngày;Địa điểm;Số người tham gia;Vai trò\nHội thảo khoa học;Hội thảo cây ăn quả vùng cao;Liên hiệp hội;2019-10-18;Mộc Châu;120;Chủ trì\n"),
            (crate::api::bulk::UploadForm = "multipart/form-data"),
        )
    ),
    responses(
        (status = 201, description = "Imported", body = crate::api::bulk::ImportReport),
        (status = 200, description = "Dry run, or nothing to write", body = crate::api::bulk::ImportReport),
        (status = 202, response = crate::api::responses::JobStarted),
        crate::api::responses::ImportErrors,
    ),
    security(("bearer" = []))
)]
#[post("/activities/import")]
pub async fn import_activities(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    query: web::Query<ImportQuery>,
    body: web::Payload,
) -> ApiResult<HttpResponse> {
    principal.require_any(&[Role::Admin, Role::Staff])?;
    let ctx = WriteContext::new(&principal);
    let write_ctx = ctx.clone();
    Import {
        kind: crate::api::jobs::dto::JobKind::ImportActivities,
        what: "activity",
        columns: super::dto::IMPORT_COLUMNS,
        prepare: |_, ImportedActivity(input)| input.into_data(),
        write: move |conn: &mut DbConnection, records: &[_]| model::insert_many(conn, &write_ctx, records),
    }
    .run(&state, &req, &ctx, query.into_inner(), body)
    .await
}
