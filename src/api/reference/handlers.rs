//! Handlers of the reference lists.

use actix_web::{get, web, HttpRequest, HttpResponse};

use super::dto::{ReferenceList, ReferenceListIndex, ReferenceListSummary};
use crate::api::http::json_with_etag;
use crate::db::run_blocking;
use crate::error::{ApiError, ApiResult};
use crate::models::reference;
use crate::state::AppState;

/// How long clients and caches may keep a reference list before revalidating it.
const CACHE_CONTROL: &str = "public, max-age=3600";

/// List the reference lists
///
/// Every code list of the API (ethnic groups, education levels, academic and honour titles,
/// association kinds and statuses, …) with its title, source and number of values. Anyone
/// may read it. Answers carry an `ETag`; send it back in `If-None-Match` to get `304`.
#[utoipa::path(
    tag = "reference",
    params(("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer; if it still matches, the answer is `304` without a body")),
    responses(
        (status = 200, description = "The reference lists", body = ReferenceListIndex,
            headers(("ETag" = String, description = "Entity tag of this representation"),
                    ("Cache-Control" = String, description = "How long the answer may be cached"))),
        (status = 304, description = "Not modified: the `If-None-Match` tag is current"),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
        (status = 500, response = crate::api::responses::InternalError),
    ),
    security(())
)]
#[get("/reference")]
pub async fn list_reference_lists(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let lists = run_blocking(&state.pool, |conn| Ok(reference::list_all(conn)?)).await?;
    let index = ReferenceListIndex {
        items: lists.into_iter().map(|(row, count)| ReferenceListSummary::from_row(row, count)).collect(),
    };
    json_with_etag(&req, &index, CACHE_CONTROL)
}

/// Get one reference list
///
/// All values of one list, in display order, with code, Vietnamese and English label. The
/// code is what other resources store and accept. Anyone may read it. Answers carry an
/// `ETag`; send it back in `If-None-Match` to get `304`.
#[utoipa::path(
    tag = "reference",
    params(
        ("list" = String, Path, description = "Name of the list, e.g. `ethnic_groups`", example = "ethnic_groups"),
        ("If-None-Match" = Option<String>, Header, description = "An `ETag` from an earlier answer; if it still matches, the answer is `304` without a body"),
    ),
    responses(
        (status = 200, description = "The list and its values", body = ReferenceList,
            headers(("ETag" = String, description = "Entity tag of this representation"),
                    ("Cache-Control" = String, description = "How long the answer may be cached"))),
        (status = 304, description = "Not modified: the `If-None-Match` tag is current"),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
        (status = 500, response = crate::api::responses::InternalError),
    ),
    security(())
)]
#[get("/reference/{list}")]
pub async fn get_reference_list(
    state: web::Data<AppState>,
    req: HttpRequest,
    list: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let name = list.into_inner();
    let lookup = name.clone();
    let found = if name.len() > 64 || name.contains('\0') {
        None
    } else {
        run_blocking(&state.pool, move |conn| Ok(reference::find(conn, &lookup)?)).await?
    };
    let Some((row, values)) = found else {
        let shown: String = name.chars().take(64).collect();
        return Err(ApiError::NotFound(format!("no reference list named '{shown}'; GET /api/v1/reference lists them")));
    };
    json_with_etag(&req, &ReferenceList::from_rows(row, values), CACHE_CONTROL)
}
