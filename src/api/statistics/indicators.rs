//! Handlers of development indicators: the table of a year, the definitions, and the values
//! staff record per year (the union's value where it is not computed, notes, national
//! references).

use actix_web::{delete, get, patch, post, put, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use super::dto::{
    IndicatorDefinition, IndicatorDefinitionInput, IndicatorDefinitionList, IndicatorDefinitionPatch, IndicatorLine,
    IndicatorTable, IndicatorValue, IndicatorValueInput, IndicatorValueList, NationalValueInput, StatisticsFormat,
    UnionValueInput,
};
use super::handlers::{access, answer, format_of, send, Keep};
use crate::api::caller::{AuthUser, MaybeAuthUser};
use crate::api::extract::check_year;
use crate::api::extract::JsonObject;
use crate::api::http::{created, created_or_replaced, get_with_version, ok_with_version};
use crate::auth::{Principal, Role};
use crate::db::run_blocking;
use crate::db::version::IfMatch;
use crate::domain::codes::CodeList;
use crate::domain::time::today;
use crate::error::{ApiError, ApiResult};
use crate::models::audit::WriteContext;
use crate::models::indicator as model;
use crate::state::AppState;
use crate::usecases::statistics as usecase;

/// Who changes indicators.
const EDITORS: &[Role] = &[Role::Admin, Role::Staff];

/// Query parameters of the indicator table.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IndicatorsQuery {
    /// The year, 1900 to 2100 (default: this year in the union's time zone).
    #[param(minimum = 1900, maximum = 2100)]
    pub year: Option<i32>,
    /// Deprecated: the CSV has its own path.
    #[param(ignore)]
    pub format: Option<StatisticsFormat>,
    /// `true`: figures at the current data version, waiting for their computation if need
    /// be. By default the last complete figures may answer while newer ones are computed (see
    /// `stale` in the answer).
    pub fresh: Option<bool>,
}

/// The path of an indicator's values for a year.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Path)]
pub struct ValuePath {
    /// Indicator code.
    code: String,
    /// The year, 1900 to 2100.
    #[param(minimum = 1900, maximum = 2100)]
    year: i32,
}

fn number(value: Option<f64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn csv_of(table: &IndicatorTable) -> Result<Vec<u8>, ApiError> {
    let mut writer = crate::api::csv::CsvWriter::new(true);
    writer.row([
        "code",
        "section",
        "number",
        "name_vi",
        "name_en",
        "unit",
        "metric",
        "year",
        "union_value",
        "present",
        "suppressed",
        "union_note",
        "national_value",
        "national_year",
        "national_source",
    ])?;
    for l in &table.items {
        writer.row([
            l.code.as_str(),
            &l.section,
            &l.number,
            &l.name_vi,
            &l.name_en,
            l.unit.code(),
            l.metric.map(|m| m.code()).unwrap_or(""),
            &table.year.to_string(),
            &number(l.union_value),
            l.present.map(|p| if p { "true" } else { "false" }).unwrap_or(""),
            if l.suppressed { "true" } else { "false" },
            l.union_note.as_deref().unwrap_or(""),
            &number(l.national_value),
            &l.national_year.map(|y| y.to_string()).unwrap_or_default(),
            l.national_source.as_deref().unwrap_or(""),
        ])?;
    }
    writer.finish()
}

/// Get the development indicators of a year
///
/// The table of section 5 of the union's report for the year: each indicator with the
/// union's value (computed from its metric, summed over its window of years, or recorded by
/// staff), a note, and the national reference (the average over provincial unions, or for
/// `presence` indicators the number of them that have it: the latest recorded for the year or
/// before, with its year and source). As CSV: `GET /api/v1/statistics/indicators.csv`.
/// `ETag` and `304`, the same readers and
/// public subset as the summary (computed values from 1 to below the threshold suppressed).
#[utoipa::path(
    tag = "statistics",
    params(IndicatorsQuery, ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer")),
    responses(
        (status = 200, description = "The table", content((IndicatorTable = "application/json")), headers(
            ("ETag" = String, description = "Content tag"),
            ("Age" = u64, description = "Seconds since the figures were computed, when the data changed since (`stale`)"),
        )),
        crate::api::responses::FiguresErrors,
    ),
    security((), ("bearer" = []))
)]
#[get("/statistics/indicators")]
pub async fn get_indicators(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    query: web::Query<IndicatorsQuery>,
) -> ApiResult<HttpResponse> {
    let format = format_of(&req, query.format);
    indicators(&state, &req, caller.as_ref(), query.into_inner(), format).await
}

/// Get the development indicators of a year as CSV
///
/// The table of `GET /api/v1/statistics/indicators`, one row per indicator, UTF-8 with a
/// byte-order mark. The same readers, public subset and `ETag` as the JSON.
#[utoipa::path(
    tag = "statistics",
    params(IndicatorsQuery, ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer")),
    responses(
        (status = 200, description = "The table", content((String = "text/csv")), headers(
            ("ETag" = String, description = "Content tag"),
            ("Age" = u64, description = "Seconds since the figures were computed, when the data changed since (`stale`)"),
        )),
        crate::api::responses::FiguresErrors,
    ),
    security((), ("bearer" = []))
)]
#[get("/statistics/indicators.csv")]
pub async fn get_indicators_csv(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    query: web::Query<IndicatorsQuery>,
) -> ApiResult<HttpResponse> {
    indicators(&state, &req, caller.as_ref(), query.into_inner(), StatisticsFormat::Csv).await
}

async fn indicators(
    state: &AppState,
    req: &HttpRequest,
    caller: Option<&Principal>,
    query: IndicatorsQuery,
    format: StatisticsFormat,
) -> ApiResult<HttpResponse> {
    let threshold = access(caller, state)?;
    let year = query.year.unwrap_or_else(|| chrono::Datelike::year(&today(state.config.timezone)));
    check_year(year)?;
    let readers = state.statistics_readers();
    // The table shows figures of the data version and the definitions and values as of it:
    // when every year's figures are of the version, the bytes are those of any earlier answer
    // at that version.
    let version = usecase::data_version(&readers, query.fresh).await?;
    let key = format!("indicators|{year}|{format:?}|{threshold:?}|{version}");
    if let Some(kept) = state.rendered.get(&key) {
        return send(req, &kept, format, threshold, None);
    }
    let (computed, lines) = usecase::indicator_table(&readers, year, query.fresh, threshold).await?;
    let items = lines
        .into_iter()
        .map(|usecase::IndicatorLine { line: l, present, suppressed }| IndicatorLine {
            present,
            union_value: l.union_value,
            suppressed,
            code: l.indicator.code,
            section: l.indicator.section,
            number: l.indicator.number,
            name_vi: l.indicator.name_vi,
            name_en: l.indicator.name_en,
            unit: l.indicator.unit,
            metric: l.indicator.metric,
            window_years: l.indicator.window_years,
            since_year: l.indicator.since_year,
            union_note: l.union_note,
            national_year: l.national.as_ref().map(|n| n.0),
            national_value: l.national.as_ref().map(|n| n.1),
            national_source: l.national.map(|n| n.2),
        })
        .collect();
    let table = IndicatorTable {
        year,
        data_version: computed.version(),
        stale: computed.stale(),
        computed_at: crate::domain::time::rfc3339(computed.computed_at()),
        public: threshold.is_some(),
        items,
    };
    let keep = if computed.all_at(version) { Keep::Exactly(key) } else { Keep::No };
    answer(state, req, keep, format, || serde_json::to_vec(&table), || csv_of(&table), threshold, &computed)
}

/// List the indicator definitions
///
/// Every development indicator in table order: where its union value comes from (a metric
/// and its breakdown values, summed over a window of years, or recorded by staff). The same
/// readers as the statistics.
#[utoipa::path(
    tag = "statistics",
    responses(
        (status = 200, description = "The definitions", body = IndicatorDefinitionList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/statistics/indicator-definitions")]
pub async fn list_indicator_definitions(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
) -> ApiResult<HttpResponse> {
    access(caller.as_ref(), &state)?;
    let rows = run_blocking(&state.pool, |conn| Ok(model::list(conn)?)).await?;
    let items = rows.into_iter().map(IndicatorDefinition::from_row).collect::<Result<_, _>>()?;
    Ok(HttpResponse::Ok().json(IndicatorDefinitionList { items }))
}

/// Create an indicator definition
///
/// Adds an indicator to the table: with a metric (and optionally breakdown values and a
/// window of years) its union value is computed; without, staff record it each year.
/// Staff and admin. Answers `201` with `Location` and `ETag`.
#[utoipa::path(
    tag = "statistics",
    params(crate::api::http::IdempotencyHeader),
    request_body = IndicatorDefinitionInput,
    responses(
        (status = 201, description = "Created", body = IndicatorDefinition,
            headers(("Location" = String, description = "Address of the definition"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::CreateErrors,
    ),
    security(("bearer" = []))
)]
#[post("/statistics/indicator-definitions")]
pub async fn create_indicator_definition(
    state: web::Data<AppState>,
    AuthUser(principal): AuthUser,
    body: JsonObject<IndicatorDefinitionInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(EDITORS)?;
    let data = body.into_inner()?.into_data()?;
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| model::insert(conn, &ctx, &data)).await?;
    let location = format!("/api/v1/statistics/indicator-definitions/{}", row.code);
    let version = row.version;
    created(&location, &IndicatorDefinition::from_row(row)?, version)
}

/// Get an indicator definition
///
/// One definition by its code. Answers carry `ETag`; `If-None-Match` gives `304`.
#[utoipa::path(
    tag = "statistics",
    params(
        ("code" = String, Path, description = "Indicator code"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer"),
    ),
    responses(
        (status = 200, description = "The definition", body = IndicatorDefinition, headers(("ETag" = String, description = "Version tag"))),
        (status = 304, description = "Not modified"),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/statistics/indicator-definitions/{code}")]
pub async fn get_indicator_definition(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    code: web::Path<String>,
) -> ApiResult<HttpResponse> {
    access(caller.as_ref(), &state)?;
    let code = code.into_inner();
    let row = run_blocking(&state.pool, move |conn| model::get(conn, &code)).await?;
    let version = row.version;
    get_with_version(&req, &IndicatorDefinition::from_row(row)?, version)
}

/// Update an indicator definition
///
/// Changes fields with a JSON Merge Patch; the code never changes. An indicator with union
/// values recorded cannot be pointed at a metric (`409`: clear them first). Staff and admin.
/// `If-Match` makes the update conditional.
#[utoipa::path(
    tag = "statistics",
    params(("code" = String, Path, description = "Indicator code"), crate::api::http::ConditionalWriteHeaders),
    request_body(content = IndicatorDefinitionPatch, content_type = "application/merge-patch+json",
        description = "A JSON Merge Patch; `application/json` is accepted too"),
    responses(
        (status = 200, description = "The updated definition", body = IndicatorDefinition, headers(("ETag" = String, description = "New version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[patch("/statistics/indicator-definitions/{code}")]
pub async fn update_indicator_definition(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    code: web::Path<String>,
    body: JsonObject<IndicatorDefinitionPatch>,
) -> ApiResult<HttpResponse> {
    principal.require_any(EDITORS)?;
    let code = code.into_inner();
    let patch = body.into_inner()?;
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    let row = run_blocking(&state.pool, move |conn| {
        model::update(conn, &ctx, &code, if_match, |current| patch.apply(current.data())?.into_data())
    })
    .await?;
    let version = row.version;
    ok_with_version(&IndicatorDefinition::from_row(row)?, version)
}

/// Delete an indicator definition
///
/// Removes an indicator with no values recorded (`409` otherwise: delete them first). Staff
/// and admin. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "statistics",
    params(("code" = String, Path, description = "Indicator code"), crate::api::http::ConditionalWriteHeaders),
    responses(
        (status = 204, description = "Deleted"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/statistics/indicator-definitions/{code}")]
pub async fn delete_indicator_definition(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    code: web::Path<String>,
) -> ApiResult<HttpResponse> {
    principal.require_any(EDITORS)?;
    let code = code.into_inner();
    let if_match = IfMatch::from_request(&req);
    let ctx = WriteContext::new(&principal);
    run_blocking(&state.pool, move |conn| model::delete(conn, &ctx, &code, if_match)).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// List the values recorded for an indicator
///
/// Year by year, newest first: the union's recorded value and note, and the national
/// reference with its source. The same readers as the statistics.
#[utoipa::path(
    tag = "statistics",
    params(("code" = String, Path, description = "Indicator code")),
    responses(
        (status = 200, description = "The values", body = IndicatorValueList),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security((), ("bearer" = []))
)]
#[get("/statistics/indicator-definitions/{code}/values")]
pub async fn list_indicator_values(
    state: web::Data<AppState>,
    MaybeAuthUser(caller): MaybeAuthUser,
    code: web::Path<String>,
) -> ApiResult<HttpResponse> {
    access(caller.as_ref(), &state)?;
    let code = code.into_inner();
    let items = run_blocking(&state.pool, move |conn| {
        let indicator = model::get(conn, &code)?;
        Ok(model::values(conn, indicator.id)?.into_iter().map(|r| IndicatorValue::from_row(&code, r)).collect())
    })
    .await?;
    Ok(HttpResponse::Ok().json(IndicatorValueList { items }))
}

/// Record an indicator's values for a year
///
/// Writes each side of which the body sends a field, creating the record (`201`) or changing
/// it (`200`): the union's side (`union_value`, only for indicators without a metric: `422`
/// otherwise; `union_note`) and the national reference (`national_value` with
/// `national_source`). A side the body does not name is left as it is; a side it names is
/// replaced as a whole. To write one side only, `PUT` its own resource (`…/union`,
/// `…/national`). Staff and admin. `If-Match` makes the write conditional on the record's
/// version, which either side's change moves.
#[utoipa::path(
    tag = "statistics",
    params(
        ValuePath,
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body = IndicatorValueInput,
    responses(
        (status = 200, description = "Changed", body = IndicatorValue, headers(("ETag" = String, description = "New version tag"))),
        (status = 201, description = "Created", body = IndicatorValue,
            headers(("Location" = String, description = "Address of the values"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[put("/statistics/indicator-definitions/{code}/values/{year}")]
pub async fn put_indicator_value(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<ValuePath>,
    body: JsonObject<IndicatorValueInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(EDITORS)?;
    let data = body.into_inner()?.into_data()?;
    let sides = model::Sides::named_in(&data);
    write_sides(&state, &req, &principal, path.into_inner(), data, sides).await
}

/// Record the union's value and note of an indicator for a year
///
/// Replaces the union's side (`union_value`, only for indicators without a metric: `422`
/// otherwise; `union_note`) and leaves the national reference as it is; creates the record
/// (`201`) when there is none. Staff and admin. `If-Match` makes it conditional on the
/// record's version.
#[utoipa::path(
    tag = "statistics",
    params(
        ValuePath,
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body = UnionValueInput,
    responses(
        (status = 200, description = "Changed", body = IndicatorValue, headers(("ETag" = String, description = "New version tag"))),
        (status = 201, description = "Created", body = IndicatorValue,
            headers(("Location" = String, description = "Address of the values"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[put("/statistics/indicator-definitions/{code}/values/{year}/union")]
pub async fn put_union_value(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<ValuePath>,
    body: JsonObject<UnionValueInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(EDITORS)?;
    let data = body.into_inner()?.into_data()?;
    write_sides(&state, &req, &principal, path.into_inner(), data, model::Sides::UNION).await
}

/// Record the national reference of an indicator for a year
///
/// Replaces the national reference (`national_value` and its `national_source`, both
/// required) and leaves the union's value and note as they are; creates the record (`201`)
/// when there is none. Staff and admin. `If-Match` makes it conditional on the record's
/// version.
#[utoipa::path(
    tag = "statistics",
    params(
        ValuePath,
        crate::api::http::ConditionalWriteHeaders,
    ),
    request_body = NationalValueInput,
    responses(
        (status = 200, description = "Changed", body = IndicatorValue, headers(("ETag" = String, description = "New version tag"))),
        (status = 201, description = "Created", body = IndicatorValue,
            headers(("Location" = String, description = "Address of the values"), ("ETag" = String, description = "Version tag"))),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[put("/statistics/indicator-definitions/{code}/values/{year}/national")]
pub async fn put_national_value(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<ValuePath>,
    body: JsonObject<NationalValueInput>,
) -> ApiResult<HttpResponse> {
    principal.require_any(EDITORS)?;
    let data = body.into_inner()?.into_data()?;
    write_sides(&state, &req, &principal, path.into_inner(), data, model::Sides::NATIONAL).await
}

async fn write_sides(
    state: &AppState,
    req: &HttpRequest,
    principal: &crate::auth::tokens::Principal,
    ValuePath { code, year }: ValuePath,
    data: crate::models::indicator::IndicatorValueData,
    sides: model::Sides,
) -> ApiResult<HttpResponse> {
    check_year(year)?;
    let if_match = IfMatch::from_request(req);
    let ctx = WriteContext::new(principal);
    let (indicator, row, was_created) =
        run_blocking(&state.pool, move |conn| model::put_value(conn, &ctx, &code, year, if_match, &data, sides))
            .await?;
    let version = row.version;
    let view = IndicatorValue::from_row(&indicator.code, row);
    let location = format!("/api/v1/statistics/indicator-definitions/{}/values/{year}", indicator.code);
    created_or_replaced(was_created, &location, &view, version)
}

/// Delete an indicator's values for a year
///
/// Both sides: the union's value and note, and the national reference. Staff and admin.
/// `If-Match` makes it conditional.
#[utoipa::path(
    tag = "statistics",
    params(
        ValuePath,
        crate::api::http::ConditionalWriteHeaders,
    ),
    responses(
        (status = 204, description = "Deleted"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/statistics/indicator-definitions/{code}/values/{year}")]
pub async fn delete_indicator_value(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<ValuePath>,
) -> ApiResult<HttpResponse> {
    principal.require_any(EDITORS)?;
    delete_sides(&state, &req, &principal, path.into_inner(), model::Sides::BOTH).await
}

/// Delete the union's value and note of an indicator for a year
///
/// The national reference stays; the record goes when it has none. `404` when the union's
/// side holds nothing. Staff and admin. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "statistics",
    params(
        ValuePath,
        crate::api::http::ConditionalWriteHeaders,
    ),
    responses(
        (status = 204, description = "Deleted"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/statistics/indicator-definitions/{code}/values/{year}/union")]
pub async fn delete_union_value(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<ValuePath>,
) -> ApiResult<HttpResponse> {
    principal.require_any(EDITORS)?;
    delete_sides(&state, &req, &principal, path.into_inner(), model::Sides::UNION).await
}

/// Delete the national reference of an indicator for a year
///
/// The union's value and note stay; the record goes when it has neither. `404` when no
/// national reference is recorded. Staff and admin. `If-Match` makes it conditional.
#[utoipa::path(
    tag = "statistics",
    params(
        ValuePath,
        crate::api::http::ConditionalWriteHeaders,
    ),
    responses(
        (status = 204, description = "Deleted"),
        crate::api::responses::WriteErrors,
    ),
    security(("bearer" = []))
)]
#[delete("/statistics/indicator-definitions/{code}/values/{year}/national")]
pub async fn delete_national_value(
    state: web::Data<AppState>,
    req: HttpRequest,
    AuthUser(principal): AuthUser,
    path: web::Path<ValuePath>,
) -> ApiResult<HttpResponse> {
    principal.require_any(EDITORS)?;
    delete_sides(&state, &req, &principal, path.into_inner(), model::Sides::NATIONAL).await
}

async fn delete_sides(
    state: &AppState,
    req: &HttpRequest,
    principal: &crate::auth::tokens::Principal,
    ValuePath { code, year }: ValuePath,
    sides: model::Sides,
) -> ApiResult<HttpResponse> {
    check_year(year)?;
    let if_match = IfMatch::from_request(req);
    let ctx = WriteContext::new(principal);
    run_blocking(&state.pool, move |conn| model::delete_value(conn, &ctx, &code, year, if_match, sides)).await?;
    Ok(HttpResponse::NoContent().finish())
}
