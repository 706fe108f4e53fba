//! Handlers of annual reports.

use actix_web::{delete, get, put, web, HttpRequest, HttpResponse};

use super::dto::{AnnualReport, AnnualReportInput, AnnualReportList};
use crate::api::caller::AuthUser;
use crate::api::extract::check_year;
use crate::api::extract::JsonObject;
use crate::api::http::{created_or_replaced, get_with_version, ok_with_version};
use crate::auth::{Principal, Role};
use crate::db::version::IfMatch;
use crate::db::{run_blocking, DbConnection};
use crate::error::{ApiError, ApiResult};
use crate::models::annual_report::{self as model, AnnualReportRow};
use crate::models::{association, member};
use crate::state::AppState;

/// Staff, admin, statistics readers and the association's managers read its reports (and its
/// national standing, `api::national_standing`).
pub(crate) fn require_reader(principal: &Principal, association_id: i64) -> Result<(), ApiError> {
    if principal.manages(association_id) || principal.has(Role::StatisticsReader) {
        Ok(())
    } else {
        Err(ApiError::Forbidden(format!(
            "this needs the role admin, staff or statistics_reader, or association_manager of association {association_id}"
        )))
    }
}

/// The views of reports, with the roster's figures for the years the roster stands for.
fn views(conn: &mut DbConnection, rows: Vec<AnnualReportRow>) -> Result<Vec<AnnualReport>, ApiError> {
    let Some(first) = rows.first() else {
        return Ok(Vec::new());
    };
    let association_id = first.association_id;
    let since = member::roster_since_of(conn, association_id)?;
    let rostered: Vec<i32> = rows.iter().map(|r| r.year).filter(|y| since.is_some_and(|s| s <= *y)).collect();
    let mut counts = member::counts_of(conn, association_id, &rostered)?.into_iter();
    Ok(rows
        .into_iter()
        .map(|row| {
            let roster = if since.is_some_and(|s| s <= row.year) { counts.next() } else { None };
            AnnualReport::from_row(row, roster)
        })
        .collect())
}

/// List the annual reports of an association
///
/// The yearly aggregates the association reported, newest year first. Each member figure
/// shows what was reported and the figure that stands for the year, with its source: the
/// roster where the association kept one here that year (from the year it was first
/// synced), the report otherwise. Staff, admin, statistics readers and the association's
/// managers.
#[utoipa::path(
    tag = "associations",
    params(("id" = i64, Path, description = "Association id")),
    responses(
        (status = 200, description = "The reports", body = AnnualReportList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/associations/{id}/annual-reports")]
pub async fn list_annual_reports(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let association_id = id.into_inner();
    require_reader(&principal, association_id)?;
    let items = run_blocking(&state.pool, move |conn| {
        association::get(conn, association_id)?;
        let rows = model::list(conn, association_id)?;
        views(conn, rows)
    })
    .await?;
    Ok(HttpResponse::Ok().json(AnnualReportList { items }))
}

/// Get the annual report of a year
///
/// One report, with the member figures that stand for the year and their source (see the
/// list). Answers carry `ETag`, the report's version (for `If-Match`); `If-None-Match`
/// gives `304` unless the member figures come from the roster, which changes on its own.
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        ("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The report", body = AnnualReport, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/associations/{id}/annual-reports/{year}")]
pub async fn get_annual_report(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i32)>,
) -> ApiResult<HttpResponse> {
    let (association_id, year) = path.into_inner();
    require_reader(&principal, association_id)?;
    check_year(year)?;
    let view = run_blocking(&state.pool, move |conn| {
        let row = model::get(conn, association_id, year)?;
        Ok(views(conn, vec![row])?.remove(0))
    })
    .await?;
    let version = view.version;
    // The `ETag` is the report's version (for `If-Match`); the roster's figures change
    // without it, so a report whose figures come from the roster is always sent in full.
    if view.members.source == Some(crate::domain::statistics::FigureSource::Roster) {
        ok_with_version(&view, version)
    } else {
        get_with_version(&req, &view, version)
    }
}

/// Record the annual report of a year
///
/// Creates (`201`) or replaces (`200`) the association's report for the year: members,
/// S&T intellectuals, branches and activities (at least one), with the document they come
/// from. Staff and admin, or a manager of this association. `If-Match` makes a replacement
/// conditional (`412` if it changed meanwhile).
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        ("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body = AnnualReportInput,
    responses(
        (status = 200, description = "Replaced", body = AnnualReport, headers(("ETag" = String, description = "New version tag"))),
        (status = 201, description = "Created", body = AnnualReport,
            headers(("Location" = String, description = "Address of the report"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[put("/associations/{id}/annual-reports/{year}")]
pub async fn put_annual_report(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i32)>,
    body: JsonObject<AnnualReportInput>,
) -> ApiResult<HttpResponse> {
    let (association_id, year) = path.into_inner();
    principal.require_manages(association_id)?;
    check_year(year)?;
    let data = body.into_inner()?.into_data()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = crate::models::audit::WriteContext::new(&principal);
    let (view, was_created) = run_blocking(&state.pool, move |conn| {
        association::get(conn, association_id)?;
        let (row, was_created) = model::put(conn, &ctx, association_id, year, if_match, &data)?;
        Ok((views(conn, vec![row])?.remove(0), was_created))
    })
    .await?;
    let location = format!("/api/v1/associations/{association_id}/annual-reports/{year}");
    created_or_replaced(was_created, &location, &view, view.version)
}

/// Delete the annual report of a year
///
/// Staff and admin, or a manager of this association. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "associations",
    params(
        ("id" = i64, Path, description = "Association id"),
        ("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"),
        crate::api::http::ConditionalWriteHeaders,
    ),
    responses(
        (status = 204, description = "Deleted"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/associations/{id}/annual-reports/{year}")]
pub async fn delete_annual_report(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<(i64, i32)>,
) -> ApiResult<HttpResponse> {
    let (association_id, year) = path.into_inner();
    principal.require_manages(association_id)?;
    check_year(year)?;
    let if_match = IfMatch::from_request(&req);
    let ctx = crate::models::audit::WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::delete(conn, &ctx, association_id, year, if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}
