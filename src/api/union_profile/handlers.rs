//! Handlers of the union's own records.

use actix_web::{delete, get, patch, put, web, HttpRequest, HttpResponse};

use super::dto::{
    ProfilePatch, ProvinceFigures, ProvinceFiguresList, ProvinceInput, StaffInput, TermInput, UnionProfile, UnionStaff,
    UnionStaffList, UnionTerm, UnionTermList, UnionUnit, UnionUnitList, UnitInput,
};
use crate::api::caller::AuthUser;
use crate::api::extract::check_year;
use crate::api::extract::JsonObject;
use crate::api::http::{created_or_replaced, get_with_version, ok_with_version};
use crate::auth::Role;
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::domain::time::today;
use crate::domain::validate;
use crate::error::{ApiError, ApiResult, FieldError};
use crate::models::audit::WriteContext;
use crate::models::union_profile::{self as model, Which};
use crate::state::AppState;

const STAFF: &[Role] = &[Role::Admin, Role::Staff];

fn check_number(number: i32) -> Result<(), ApiError> {
    if (1..=100).contains(&number) {
        Ok(())
    } else {
        Err(ApiError::Validation(vec![FieldError::new("number", "range", "must be between 1 and 100")]))
    }
}

fn check_code(code: &str) -> Result<(), ApiError> {
    let mut errors = Vec::new();
    validate::code_format("code", code, &mut errors);
    if !(2..=64).contains(&code.len()) {
        errors.push(FieldError::new("code", "length", "must be 2 to 64 characters long"));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(errors))
    }
}

/// Get the union's profile
///
/// Its name, founding date and decision, and contacts. Any signed-in caller. `ETag` is the
/// version (for `If-Match` on a change); `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "union",
    params(("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer")),
    responses(
        (status = 200, description = "The profile", body = UnionProfile, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/union")]
pub async fn get_union_profile(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(_caller): AuthUser,
) -> ApiResult<HttpResponse> {
    let row = run_blocking(&state.pool, model::profile).await?;
    let version = row.version;
    get_with_version(&req, &UnionProfile::from_row(row), version)
}

/// Update the union's profile
///
/// A JSON Merge Patch (`application/merge-patch+json` or `application/json`): left out stays,
/// `null` clears. Its terms, staff and units are written at their own addresses, so this
/// never touches them. Staff and admin. `If-Match` makes it conditional (`412`).
#[utoipa::path(
    tag = "union",
    params(crate::api::http::ConditionalWriteHeaders),
    request_body(content = ProfilePatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated profile", body = UnionProfile,
            headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/union")]
pub async fn update_union_profile(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    body: JsonObject<ProfilePatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let patch = body.into_inner()?;
    let today = today(state.config.timezone);
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        model::update_profile(conn, &ctx, if_match, |current| patch.apply(current.data())?.into_data(today))
    })
    .await?;
    let version = row.version;
    ok_with_version(&UnionProfile::from_row(row), version)
}

/// List the union's congress terms
///
/// Any signed-in caller.
#[utoipa::path(
    tag = "union",
    responses(
        (status = 200, description = "The congress terms", body = UnionTermList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/union/terms")]
pub async fn list_union_terms(state: web::Data<AppState>, AuthUser(_caller): AuthUser) -> ApiResult<HttpResponse> {
    let rows = run_blocking(&state.pool, |conn| Ok(model::terms(conn)?)).await?;
    let items = rows.into_iter().map(UnionTerm::from_row).collect::<Result<Vec<_>, _>>()?;
    Ok(HttpResponse::Ok().json(UnionTermList { items }))
}

/// Get one of the union's congress terms
///
/// Any signed-in caller. `ETag` is the version (for `If-Match`); `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "union",
    params(
        ("number" = i32, Path, minimum = 1, maximum = 100, description = "The congress's number, 1 to 100"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The term", body = UnionTerm, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/union/terms/{number}")]
pub async fn get_union_term(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(_caller): AuthUser,
    number: web::Path<i32>,
) -> ApiResult<HttpResponse> {
    let number = number.into_inner();
    check_number(number)?;
    let row = run_blocking(&state.pool, move |conn| model::term(conn, number)).await?;
    let version = row.version;
    get_with_version(&req, &UnionTerm::from_row(row)?, version)
}

/// Record a congress term
///
/// Creates (`201`) or replaces (`200`) it; the other records of the union stay as they are.
/// Staff and admin. `If-Match` makes a replacement conditional (`412`).
#[utoipa::path(
    tag = "union",
    params(("number" = i32, Path, minimum = 1, maximum = 100, description = "The congress's number, 1 to 100"), crate::api::http::ConditionalWriteHeaders),
    request_body = TermInput,
    responses(
        (status = 200, description = "Replaced", body = UnionTerm, headers(("ETag" = String, description = "New version tag"))),
        (status = 201, description = "Created", body = UnionTerm,
            headers(("Location" = String, description = "Its address"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[put("/union/terms/{number}")]
pub async fn put_union_term(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    number: web::Path<i32>,
    body: JsonObject<TermInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let number = number.into_inner();
    check_number(number)?;
    let data = body.into_inner()?.into_data(today(state.config.timezone))?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let location = format!("/api/v1/union/terms/{number}");
    let (row, was_created) =
        run_blocking(&state.pool, move |conn| model::put_term(conn, &ctx, number, if_match, &data)).await?;
    let view = UnionTerm::from_row(row)?;
    created_or_replaced(was_created, &location, &view, view.version)
}

/// Delete one of the union's congress terms
///
/// Staff and admin. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "union",
    params(("number" = i32, Path, minimum = 1, maximum = 100, description = "The congress's number, 1 to 100"), crate::api::http::ConditionalWriteHeaders),
    responses((status = 204, description = "Deleted"), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[delete("/union/terms/{number}")]
pub async fn delete_union_term(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    number: web::Path<i32>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let number = number.into_inner();
    check_number(number)?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::delete(conn, &ctx, Which::Term(number), if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// List the union's staff records
///
/// Any signed-in caller.
#[utoipa::path(
    tag = "union",
    responses(
        (status = 200, description = "The staff records", body = UnionStaffList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/union/staff")]
pub async fn list_union_staff(state: web::Data<AppState>, AuthUser(_caller): AuthUser) -> ApiResult<HttpResponse> {
    let rows = run_blocking(&state.pool, |conn| Ok(model::staff(conn)?)).await?;
    let items = rows.into_iter().map(UnionStaff::from_row).collect::<Result<Vec<_>, _>>()?;
    Ok(HttpResponse::Ok().json(UnionStaffList { items }))
}

/// Get one of the union's staff records
///
/// Any signed-in caller. `ETag` is the version (for `If-Match`); `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "union",
    params(
        ("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The staff record", body = UnionStaff, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/union/staff/{year}")]
pub async fn get_union_staff_record(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(_caller): AuthUser,
    year: web::Path<i32>,
) -> ApiResult<HttpResponse> {
    let year = year.into_inner();
    check_year(year)?;
    let row = run_blocking(&state.pool, move |conn| model::staff_of(conn, year)).await?;
    let version = row.version;
    get_with_version(&req, &UnionStaff::from_row(row)?, version)
}

/// Record the office's staff of a year
///
/// Creates (`201`) or replaces (`200`) it; the other records of the union stay as they are.
/// Staff and admin. `If-Match` makes a replacement conditional (`412`).
#[utoipa::path(
    tag = "union",
    params(("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"), crate::api::http::ConditionalWriteHeaders),
    request_body = StaffInput,
    responses(
        (status = 200, description = "Replaced", body = UnionStaff, headers(("ETag" = String, description = "New version tag"))),
        (status = 201, description = "Created", body = UnionStaff,
            headers(("Location" = String, description = "Its address"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[put("/union/staff/{year}")]
pub async fn put_union_staff_record(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    year: web::Path<i32>,
    body: JsonObject<StaffInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let year = year.into_inner();
    check_year(year)?;
    let data = body.into_inner()?.into_data()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let location = format!("/api/v1/union/staff/{year}");
    let (row, was_created) =
        run_blocking(&state.pool, move |conn| model::put_staff(conn, &ctx, year, if_match, &data)).await?;
    let view = UnionStaff::from_row(row)?;
    created_or_replaced(was_created, &location, &view, view.version)
}

/// Delete one of the union's staff records
///
/// Staff and admin. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "union",
    params(("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"), crate::api::http::ConditionalWriteHeaders),
    responses((status = 204, description = "Deleted"), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[delete("/union/staff/{year}")]
pub async fn delete_union_staff_record(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    year: web::Path<i32>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let year = year.into_inner();
    check_year(year)?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::delete(conn, &ctx, Which::Staff(year), if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// List the union's departments and centres
///
/// Any signed-in caller.
#[utoipa::path(
    tag = "union",
    responses(
        (status = 200, description = "The departments and centres", body = UnionUnitList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/union/units")]
pub async fn list_union_units(state: web::Data<AppState>, AuthUser(_caller): AuthUser) -> ApiResult<HttpResponse> {
    let rows = run_blocking(&state.pool, |conn| Ok(model::units(conn)?)).await?;
    let items = rows.into_iter().map(UnionUnit::from_row).collect();
    Ok(HttpResponse::Ok().json(UnionUnitList { items }))
}

/// Get one of the union's departments and centres
///
/// Any signed-in caller. `ETag` is the version (for `If-Match`); `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "union",
    params(
        ("code" = String, Path, min_length = 2, max_length = 64, pattern = "^[a-z][a-z0-9_]*$", description = "The unit's code: 2 to 64 lower-case letters, digits and `_`, starting with a letter"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The unit", body = UnionUnit, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/union/units/{code}")]
pub async fn get_union_unit(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(_caller): AuthUser,
    code: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let code = code.into_inner();
    check_code(&code)?;
    let row = run_blocking(&state.pool, move |conn| model::unit(conn, &code)).await?;
    let version = row.version;
    get_with_version(&req, &UnionUnit::from_row(row), version)
}

/// Record a department or centre
///
/// Creates (`201`) or replaces (`200`) it; the other records of the union stay as they are.
/// Staff and admin. `If-Match` makes a replacement conditional (`412`).
#[utoipa::path(
    tag = "union",
    params(("code" = String, Path, min_length = 2, max_length = 64, pattern = "^[a-z][a-z0-9_]*$", description = "The unit's code: 2 to 64 lower-case letters, digits and `_`, starting with a letter"), crate::api::http::ConditionalWriteHeaders),
    request_body = UnitInput,
    responses(
        (status = 200, description = "Replaced", body = UnionUnit, headers(("ETag" = String, description = "New version tag"))),
        (status = 201, description = "Created", body = UnionUnit,
            headers(("Location" = String, description = "Its address"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[put("/union/units/{code}")]
pub async fn put_union_unit(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    code: web::Path<String>,
    body: JsonObject<UnitInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let code = code.into_inner();
    check_code(&code)?;
    let data = body.into_inner()?.into_data()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let location = format!("/api/v1/union/units/{code}");
    let (row, was_created) =
        run_blocking(&state.pool, move |conn| model::put_unit(conn, &ctx, &code, if_match, &data)).await?;
    let view = UnionUnit::from_row(row);
    created_or_replaced(was_created, &location, &view, view.version)
}

/// Delete one of the union's departments and centres
///
/// Staff and admin. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "union",
    params(("code" = String, Path, min_length = 2, max_length = 64, pattern = "^[a-z][a-z0-9_]*$", description = "The unit's code: 2 to 64 lower-case letters, digits and `_`, starting with a letter"), crate::api::http::ConditionalWriteHeaders),
    responses((status = 204, description = "Deleted"), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[delete("/union/units/{code}")]
pub async fn delete_union_unit(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    code: web::Path<String>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let code = code.into_inner();
    check_code(&code)?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::delete(conn, &ctx, Which::Unit(&code), if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// List the province figures
///
/// The province's own figures the union measures itself against, by year (the province's S&T
/// intellectuals). Any signed-in caller.
#[utoipa::path(
    tag = "union",
    responses(
        (status = 200, description = "The records", body = ProvinceFiguresList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/union/province")]
pub async fn list_province_figures(state: web::Data<AppState>, AuthUser(_caller): AuthUser) -> ApiResult<HttpResponse> {
    let rows = run_blocking(&state.pool, |conn| Ok(model::province(conn)?)).await?;
    Ok(HttpResponse::Ok().json(ProvinceFiguresList { items: rows.into_iter().map(Into::into).collect() }))
}

/// Get the province figures of a year
///
/// Any signed-in caller. `ETag` is the version (for `If-Match`); `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "union",
    params(
        ("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The record", body = ProvinceFigures, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/union/province/{year}")]
pub async fn get_province_figures(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(_caller): AuthUser,
    year: web::Path<i32>,
) -> ApiResult<HttpResponse> {
    let year = year.into_inner();
    check_year(year)?;
    let row = run_blocking(&state.pool, move |conn| model::province_of(conn, year)).await?;
    let version = row.version;
    get_with_version(&req, &ProvinceFigures::from(row), version)
}

/// Record the province figures of a year
///
/// Creates (`201`) or replaces (`200`) them, with their source; the union's other records stay
/// as they are. Staff and admin. `If-Match` makes a replacement conditional (`412`).
#[utoipa::path(
    tag = "union",
    params(("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"), crate::api::http::ConditionalWriteHeaders),
    request_body = ProvinceInput,
    responses(
        (status = 200, description = "Replaced", body = ProvinceFigures, headers(("ETag" = String, description = "New version tag"))),
        (status = 201, description = "Created", body = ProvinceFigures,
            headers(("Location" = String, description = "Its address"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[put("/union/province/{year}")]
pub async fn put_province_figures(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    year: web::Path<i32>,
    body: JsonObject<ProvinceInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let year = year.into_inner();
    check_year(year)?;
    let data = body.into_inner()?.into_data()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let location = format!("/api/v1/union/province/{year}");
    let (row, was_created) =
        run_blocking(&state.pool, move |conn| model::put_province(conn, &ctx, year, if_match, &data)).await?;
    let view = ProvinceFigures::from(row);
    created_or_replaced(was_created, &location, &view, view.version)
}

/// Delete the province figures of a year
///
/// Staff and admin. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "union",
    params(("year" = i32, Path, minimum = 1900, maximum = 2100, description = "The year, 1900 to 2100"), crate::api::http::ConditionalWriteHeaders),
    responses((status = 204, description = "Deleted"), crate::api::responses::WriteErrors),
    security(("bearer" = []))
)]
#[delete("/union/province/{year}")]
pub async fn delete_province_figures(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    year: web::Path<i32>,
) -> ApiResult<HttpResponse> {
    principal.require_any(STAFF)?;
    let year = year.into_inner();
    check_year(year)?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::delete(conn, &ctx, Which::Province(year), if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}
