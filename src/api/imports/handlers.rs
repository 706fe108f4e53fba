//! Handlers of the imports' descriptions and templates.

use actix_web::http::header;
use actix_web::{get, web, HttpResponse};

use super::dto::{ImportColumn, ImportColumns, ImportList};
use super::{columns_of, KINDS};
use crate::error::{ApiError, ApiResult};

fn describe(kind: &str, path: &str) -> Option<ImportColumns> {
    let columns = columns_of(kind)?;
    Some(ImportColumns {
        kind: kind.to_owned(),
        path: path.to_owned(),
        template: format!("/api/v1/imports/{kind}/template.xlsx"),
        items: columns.iter().map(ImportColumn::of).collect(),
    })
}

fn not_found(kind: &str) -> ApiError {
    ApiError::NotFound(format!(
        "no import named '{kind}'; GET /api/v1/imports lists them ({})",
        KINDS.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
    ))
}

/// List the imports
///
/// Every endpoint that takes a file, with the columns its files may have: the key, the
/// Vietnamese header the template writes, the other headers it is known by, what the cells
/// hold and, for code-list cells, the list (its values and the spellings it accepts at
/// `/api/v1/reference/{list}`). Generated from the declarations the readers use. Anyone may
/// read it.
#[utoipa::path(
    tag = "imports",
    responses(
        (status = 200, description = "The imports and their columns", body = ImportList),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(())
)]
#[get("/imports")]
pub async fn list_imports() -> ApiResult<HttpResponse> {
    let items = KINDS.iter().filter_map(|(kind, path)| describe(kind, path)).collect();
    Ok(HttpResponse::Ok().json(ImportList { items }))
}

/// Get the columns of an import
///
/// The columns of one import's files (`roster`, `honourees`, `contest_entries`,
/// `advisory_cases`, `activities`), as `GET /imports` lists them. Anyone may read it.
#[utoipa::path(
    tag = "imports",
    params(("kind" = String, Path, description = "The import: `roster`, `honourees`, `contest_entries`, `advisory_cases` or `activities`")),
    responses(
        (status = 200, description = "The import's columns", body = ImportColumns),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(())
)]
#[get("/imports/{kind}/columns")]
pub async fn get_import_columns(kind: web::Path<String>) -> ApiResult<HttpResponse> {
    let kind = kind.into_inner();
    let path = KINDS.iter().find(|(k, _)| *k == kind).map(|(_, p)| *p).ok_or_else(|| not_found(&kind))?;
    let columns = describe(&kind, path).ok_or_else(|| not_found(&kind))?;
    Ok(HttpResponse::Ok().json(columns))
}

/// Get an import's template
///
/// An XLSX workbook to fill in and import: a sheet with the Vietnamese headers (drop-downs
/// from the code lists, text format where leading zeros matter), and a second sheet, *Hướng
/// dẫn*, explaining each column. Anyone may read it. An association's roster template with
/// its branches in a drop-down is at `/associations/{id}/roster/template.xlsx`.
#[utoipa::path(
    tag = "imports",
    params(("kind" = String, Path, description = "The import: `roster`, `honourees`, `contest_entries`, `advisory_cases` or `activities`")),
    responses(
        (status = 200, description = "The template",
            content((crate::api::bulk::XlsxFile = "application/octet-stream"))),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(())
)]
#[get("/imports/{kind}/template.xlsx")]
pub async fn get_import_template(kind: web::Path<String>) -> ApiResult<HttpResponse> {
    let kind = kind.into_inner();
    let columns = columns_of(&kind).ok_or_else(|| not_found(&kind))?;
    let body = super::template::workbook("Dữ liệu", &columns, &[], &[])?;
    Ok(HttpResponse::Ok()
        .content_type(crate::api::bulk::DOWNLOAD)
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"mau-{kind}.xlsx\"")))
        .body(body))
}
