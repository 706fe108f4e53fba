//! Handlers of statistics: the summary of a year and the series of a metric, as JSON or CSV,
//! computed once per data version and revalidated with `ETag`.

use actix_web::http::header;
use actix_web::{get, web, HttpRequest, HttpResponse};

use super::dto::{
    Figure, ResourceFigures, SeriesQuery, StatisticsFormat, StatisticsSeries, StatisticsSummary, SummaryQuery,
};
use crate::api::caller::MaybeAuthUser;
use crate::api::http::{etag_of, tagged_bytes};
use crate::auth::{Principal, Role};
use crate::domain::codes::CodeList;
use crate::domain::time::{rfc3339, today};
use crate::domain::validate;
use crate::error::{ApiError, ApiResult, FieldError};
use crate::state::{Answer, AppState};
use crate::usecases::statistics::{self as usecase, Figures};

/// Who reads statistics in full.
const READERS: &[Role] = &[Role::Admin, Role::Staff, Role::StatisticsReader];

/// The small-cell threshold of a public answer (`None`: a full answer). Statistics readers,
/// staff and admin read in full; anyone else reads the public subset when it is switched on.
pub(super) fn access(caller: Option<&Principal>, state: &AppState) -> Result<Option<i64>, ApiError> {
    match caller {
        Some(p) if p.has_any(READERS) => Ok(None),
        _ if state.config.public_statistics => Ok(Some(state.config.small_cell_threshold)),
        None => Err(ApiError::Unauthorized(
            "statistics need a token with the statistics_reader role (public statistics are off)".into(),
        )),
        Some(_) => Err(ApiError::Forbidden("this needs one of the roles: admin, staff, statistics_reader".into())),
    }
}

/// The format a JSON path answers in: CSV when `format=csv` or `Accept` asks for it, as before
/// the CSV had its own path (deprecated: [`crate::api::deprecation`]).
pub(super) fn format_of(req: &HttpRequest, asked: Option<StatisticsFormat>) -> StatisticsFormat {
    asked.unwrap_or_else(|| {
        let accept = req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).unwrap_or("");
        if accept.contains("text/csv") && !accept.contains("application/json") {
            StatisticsFormat::Csv
        } else {
            StatisticsFormat::Json
        }
    })
}

pub(super) fn year_in_range(field: &str, year: i32, errors: &mut Vec<FieldError>) {
    if !(1900..=2100).contains(&year) {
        errors.push(FieldError::new(field, "range", "must be between 1900 and 2100"));
    }
}

/// CSV of figures, UTF-8 with a byte-order mark so that spreadsheets read it right.
fn csv_of<'a>(rows: impl Iterator<Item = (Option<&'a str>, &'a Figure)>) -> Result<Vec<u8>, ApiError> {
    let mut writer = crate::api::csv::CsvWriter::new(true);
    let header = [
        "resource",
        "metric",
        "year",
        "association_id",
        "dimension",
        "dimension_value",
        "value",
        "suppressed",
        "source",
    ];
    writer.row(header)?;
    for (resource, f) in rows {
        writer.row([
            resource.unwrap_or(""),
            f.metric.code(),
            &f.year.to_string(),
            &f.association_id.map(|a| a.to_string()).unwrap_or_default(),
            f.dimension.as_deref().unwrap_or(""),
            f.dimension_value.as_deref().unwrap_or(""),
            &f.value.map(|v| v.to_string()).unwrap_or_default(),
            if f.suppressed { "true" } else { "false" },
            f.source.map(|s| s.code()).unwrap_or(""),
        ])?;
    }
    writer.finish()
}

/// Whether and how an answer is kept (`AppState::rendered`) with its entity tag, so that a
/// repeated request neither renders nor hashes it again.
pub(super) enum Keep {
    /// Rendered for each request.
    No,
    /// Kept per computation of the figures: the key names what else the bytes depend on (the
    /// route and its parameters); the figures, format and small-cell threshold are added.
    PerFigures(String),
    /// Kept under this key, which names everything the bytes depend on.
    Exactly(String),
}

/// The answer in `format`, rendered by `json` or `csv`, or kept as `keep` says.
#[allow(clippy::too_many_arguments)]
pub(super) fn answer(
    state: &AppState,
    req: &HttpRequest,
    keep: Keep,
    format: StatisticsFormat,
    json: impl FnOnce() -> serde_json::Result<Vec<u8>>,
    csv: impl FnOnce() -> Result<Vec<u8>, ApiError>,
    threshold: Option<i64>,
    figures: &Figures,
) -> ApiResult<HttpResponse> {
    let render: Box<dyn FnOnce() -> ApiResult<Answer>> = match format {
        StatisticsFormat::Json => Box::new(|| json().map_err(|e| ApiError::Internal(e.into())).map(kept)),
        StatisticsFormat::Csv => Box::new(|| csv().map(kept)),
    };
    let rendered = match keep {
        Keep::PerFigures(key) => {
            state.rendered.get_or_render(format!("{key}|{format:?}|{threshold:?}|{}", figures.identity()), render)?
        }
        Keep::Exactly(key) => state.rendered.get_or_render(key, render)?,
        Keep::No => std::sync::Arc::new(render()?),
    };
    send(req, &rendered, format, threshold, figures.age())
}

/// Sends a rendered statistics answer; a stale one says its `age` in seconds.
pub(super) fn send(
    req: &HttpRequest,
    rendered: &Answer,
    format: StatisticsFormat,
    threshold: Option<i64>,
    age: Option<u64>,
) -> ApiResult<HttpResponse> {
    let cache = if threshold.is_some() { "public, no-cache" } else { "private, no-cache" };
    let content_type = match format {
        StatisticsFormat::Json => "application/json",
        StatisticsFormat::Csv => "text/csv; charset=utf-8",
    };
    let mut response = tagged_bytes(req, rendered.body.clone(), &rendered.etag, content_type, cache)?;
    if let Some(age) = age {
        response.headers_mut().insert(header::AGE, header::HeaderValue::from(age));
    }
    Ok(response)
}

fn kept(body: Vec<u8>) -> Answer {
    Answer { etag: etag_of(&body), body: body.into() }
}

/// Get the statistics of a year
///
/// Every figure of the year, grouped by resource (associations, members, annual reports,
/// awards, contests, advisory, activities): the observations each resource offers. An
/// association's member figures come from its roster from the year it was first synced, and
/// from its annual report before (each says its `source`): add `members_total` over both
/// resources for the union's total (as CSV: `GET /api/v1/statistics/summary.csv`). Figures are computed once per data version (it
/// moves with every change of the data, and `data_version` says which one they are at), one
/// computation at a time; while newer figures are computed after a change, the last complete
/// ones answer at once, marked `stale` with their age in `Age` (at most
/// `LIENHIEP_STATISTICS_MAX_STALENESS_SECS`, 60 by default), unless `fresh=true` asks to wait
/// for the newest (a change made through another instance of the service, or its command
/// line, is noticed within a quarter of a second unless `fresh=true`). Answers carry a strong
/// `ETag`: `If-None-Match` gives `304` until they change. Readable
/// by statistics readers, staff and admin; anyone else gets the public subset, with figures
/// from 1 to one below the small-cell threshold suppressed, when `LIENHIEP_PUBLIC_STATISTICS`
/// is on. Each figure is suppressed on its own: a public total next to a public breakdown can
/// reveal a suppressed cell, so the public subset suits figures that are not sensitive.
#[utoipa::path(
    tag = "statistics",
    params(SummaryQuery, ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer")),
    responses(
        (status = 200, description = "The figures", content((StatisticsSummary = "application/json")), headers(
            ("ETag" = String, description = "Content tag"),
            ("Age" = u64, description = "Seconds since the figures were computed, when the data changed since (`stale`)"),
        )),
        crate::api::responses::FiguresErrors,
    ),
    security((), ("bearer" = []))
)]
#[get("/statistics/summary")]
pub async fn get_statistics_summary(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    query: web::Query<SummaryQuery>,
) -> ApiResult<HttpResponse> {
    let format = format_of(&req, query.format);
    summary(&state, &req, caller.as_ref(), query.into_inner(), format).await
}

/// Get the statistics of a year as CSV
///
/// The figures of `GET /api/v1/statistics/summary`, one row per figure, UTF-8 with a byte-order
/// mark: `resource`, `metric`, `year`, `association_id`, `dimension`, `dimension_value`,
/// `value`, `suppressed`, `source`. The same readers, public subset, staleness and `ETag` as the
/// JSON.
#[utoipa::path(
    tag = "statistics",
    params(SummaryQuery, ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer")),
    responses(
        (status = 200, description = "The figures", content((String = "text/csv")), headers(
            ("ETag" = String, description = "Content tag"),
            ("Age" = u64, description = "Seconds since the figures were computed, when the data changed since (`stale`)"),
        )),
        crate::api::responses::FiguresErrors,
    ),
    security((), ("bearer" = []))
)]
#[get("/statistics/summary.csv")]
pub async fn get_statistics_summary_csv(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    query: web::Query<SummaryQuery>,
) -> ApiResult<HttpResponse> {
    summary(&state, &req, caller.as_ref(), query.into_inner(), StatisticsFormat::Csv).await
}

async fn summary(
    state: &AppState,
    req: &HttpRequest,
    caller: Option<&Principal>,
    query: SummaryQuery,
    format: StatisticsFormat,
) -> ApiResult<HttpResponse> {
    let threshold = access(caller, state)?;
    let year = query.year.unwrap_or_else(|| chrono::Datelike::year(&today(state.config.timezone)));
    let mut errors = Vec::new();
    year_in_range("year", year, &mut errors);
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let computed = usecase::figures(&state.statistics_readers(), year..=year, query.fresh).await?;
    let body = || StatisticsSummary {
        year,
        data_version: computed.version(),
        stale: computed.stale(),
        computed_at: rfc3339(computed.computed_at()),
        public: threshold.is_some(),
        resources: computed.years[0]
            .computed
            .figures
            .iter()
            .map(|(resource, observations)| ResourceFigures {
                resource: (*resource).to_owned(),
                figures: observations.iter().map(|o| Figure::new(o, threshold, resource)).collect(),
            })
            .collect(),
    };
    answer(
        state,
        req,
        Keep::PerFigures(format!("summary|{year}")),
        format,
        || serde_json::to_vec(&body()),
        || {
            let summary = body();
            csv_of(summary.resources.iter().flat_map(|r| r.figures.iter().map(|f| (Some(r.resource.as_str()), f))))
        },
        threshold,
        &computed,
    )
}

/// Get the series of a metric
///
/// One metric year by year, `from` to `to` (at most 50 years), optionally only one
/// breakdown value (`dimension`, e.g. `female`) or one association. The metric names are the
/// `Metric` enum (`GET /api/v1/reference/metrics` lists them with their labels). As CSV:
/// `GET /api/v1/statistics/series.csv`. `ETag` and `304`, the same readers and public subset as the summary.
#[utoipa::path(
    tag = "statistics",
    params(SeriesQuery, ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer")),
    responses(
        (status = 200, description = "The figures", content((StatisticsSeries = "application/json")), headers(
            ("ETag" = String, description = "Content tag"),
            ("Age" = u64, description = "Seconds since the figures were computed, when the data changed since (`stale`)"),
        )),
        crate::api::responses::FiguresErrors,
    ),
    security((), ("bearer" = []))
)]
#[get("/statistics/series")]
pub async fn get_statistics_series(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    query: web::Query<SeriesQuery>,
) -> ApiResult<HttpResponse> {
    let format = format_of(&req, query.format);
    series(&state, &req, caller.as_ref(), query.into_inner(), format).await
}

/// Get the series of a metric as CSV
///
/// The figures of `GET /api/v1/statistics/series` in the columns of the summary's CSV
/// (`resource` left empty). The same readers, public subset, staleness and `ETag` as the JSON.
#[utoipa::path(
    tag = "statistics",
    params(SeriesQuery, ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer")),
    responses(
        (status = 200, description = "The figures", content((String = "text/csv")), headers(
            ("ETag" = String, description = "Content tag"),
            ("Age" = u64, description = "Seconds since the figures were computed, when the data changed since (`stale`)"),
        )),
        crate::api::responses::FiguresErrors,
    ),
    security((), ("bearer" = []))
)]
#[get("/statistics/series.csv")]
pub async fn get_statistics_series_csv(
    state: web::Data<AppState>,
    req: HttpRequest,
    MaybeAuthUser(caller): MaybeAuthUser,
    query: web::Query<SeriesQuery>,
) -> ApiResult<HttpResponse> {
    series(&state, &req, caller.as_ref(), query.into_inner(), StatisticsFormat::Csv).await
}

async fn series(
    state: &AppState,
    req: &HttpRequest,
    caller: Option<&Principal>,
    query: SeriesQuery,
    format: StatisticsFormat,
) -> ApiResult<HttpResponse> {
    let threshold = access(caller, state)?;
    validate::max_chars_param("dimension", query.dimension.as_deref(), 200)?;
    let to = query.to.unwrap_or_else(|| chrono::Datelike::year(&today(state.config.timezone)));
    let from = query.from.unwrap_or(to.saturating_sub(9));
    let mut errors = Vec::new();
    year_in_range("from", from, &mut errors);
    year_in_range("to", to, &mut errors);
    if errors.is_empty() && from > to {
        errors.push(FieldError::new("to", "range", "must not be before from"));
    }
    if errors.is_empty() && to - from > 50 {
        errors.push(FieldError::new("to", "range", "at most 50 years after from"));
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    let computed = usecase::figures(&state.statistics_readers(), from..=to, query.fresh).await?;
    let metric = query.metric;
    let key =
        format!("series|{}|{from}|{to}|{:?}|{:?}", metric.code(), query.association_id, query.dimension.as_deref());
    let body = || StatisticsSeries {
        metric,
        dimension: query.dimension.clone(),
        association_id: query.association_id,
        from,
        to,
        data_version: computed.version(),
        stale: computed.stale(),
        computed_at: rfc3339(computed.computed_at()),
        public: threshold.is_some(),
        figures: usecase::series(&computed, metric, query.association_id, query.dimension.as_deref())
            .map(|(resource, o)| Figure::new(o, threshold, resource))
            .collect(),
    };
    answer(
        state,
        req,
        Keep::PerFigures(key),
        format,
        || serde_json::to_vec(&body()),
        || csv_of(body().figures.iter().map(|f| (None, f))),
        threshold,
        &computed,
    )
}
