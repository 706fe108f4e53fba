//! Handlers of the reference lists.

use actix_web::{get, web, HttpRequest, HttpResponse};

use super::dto::{ReferenceList, ReferenceListIndex, ReferenceListSummary};
use crate::api::http::{etag_of, tagged_bytes};
use crate::error::{ApiError, ApiResult};
use crate::models::reference;
use crate::state::{Answer, AppState};

/// How long clients and caches may keep a reference list before revalidating it.
const CACHE_CONTROL: &str = "public, max-age=3600";

const JSON: &str = "application/json";

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
    let answer = state.rendered.get_or_render("reference".into(), || {
        let lists = reference::compiled().map_err(ApiError::Internal)?;
        let items = lists
            .into_iter()
            .map(|(row, values)| ReferenceListSummary::from_row(row, i64::try_from(values.len()).unwrap_or(i64::MAX)))
            .collect();
        rendered(&ReferenceListIndex { items })
    })?;
    tagged_bytes(&req, answer.body.clone(), &answer.etag, JSON, CACHE_CONTROL)
}

/// The answer of a list as kept: bytes and entity tag.
fn rendered<T: serde::Serialize>(value: &T) -> ApiResult<Answer> {
    let body = serde_json::to_vec(value).map_err(|e| ApiError::Internal(e.into()))?;
    Ok(Answer { etag: etag_of(&body), body: body.into() })
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
    let answer = state.rendered.get_or_render(format!("reference/{name}"), || {
        let found = reference::compiled().map_err(ApiError::Internal)?.into_iter().find(|(row, _)| row.name == name);
        let Some((row, values)) = found else {
            let shown: String = name.chars().take(64).collect();
            return Err(ApiError::NotFound(format!(
                "no reference list named '{shown}'; GET /api/v1/reference lists them"
            )));
        };
        rendered(&ReferenceList::from_rows(row, values))
    })?;
    tagged_bytes(&req, answer.body.clone(), &answer.etag, JSON, CACHE_CONTROL)
}
