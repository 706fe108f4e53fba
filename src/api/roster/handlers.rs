//! Handlers of roster sync and export.

use std::collections::HashMap;

use actix_web::http::header;
use actix_web::{get, post, web, HttpRequest, HttpResponse};

use super::dto::{
    ChangeKind, ChangesQuery, ExportFormat, ExportQuery, FileExportQuery, HeaderStyle, OnError, RosterChange,
    RosterChanges, SyncMode, SyncQuery, SyncRefused,
};
use crate::api::caller::AuthUser;
use crate::api::jobs::dto::JobKind;
use crate::db::run_blocking;
use crate::domain::codes::MembershipStatus;
use crate::domain::import::{self, row_error, Format, Lang, Upload, XlsxLimits};
use crate::domain::roster::{self, Column};
use crate::domain::time::today;
use crate::error::{ApiError, ApiResult};
use crate::models::association;
use crate::models::audit::WriteContext;
use crate::models::member::{self};
use crate::models::roster::{self as model, Mode, Options};
use crate::state::AppState;
use crate::usecases::roster_sync;

const XLSX: &str = super::xlsx::MEDIA_TYPE;

/// The most member rows of one roster file.
const MAX_ROWS: usize = 1_000_000;

/// Sync a roster
///
/// Brings the association's roster in step with a file: JSON records (`RosterRecords`), CSV
/// (UTF-8 with or without a byte-order mark, comma or semicolon separated, a header row of
/// column keys or Vietnamese headers; see `RosterRecord`), or XLSX (the first sheet, a header
/// row; `GET …/roster/template.xlsx` is a ready template). Members are matched on
/// `external_id`. `mode=upsert` creates and updates; `mode=snapshot` also marks members
/// missing from the file as left. `dry_run=true` reports and changes nothing. One invalid
/// row and nothing changes (`422` with the report), unless `on_error=skip`. Row-error
/// messages are in Vietnamese with `Accept-Language: vi`. Sending the same file twice
/// reports everything unchanged; `Idempotency-Key` is honoured. Files with more rows than
/// `LIENHIEP_SYNC_JOB_ROWS` (20,000 by default), or any with `async=true`, run as a
/// background job: `202` with `Location: /api/v1/jobs/{id}`. Admin, staff, or the
/// association's own managers.
#[utoipa::path(
    tag = "roster",
    params(("id" = i64, Path, description = "Association id"), SyncQuery),
    request_body(
        description = "The roster: JSON records, a CSV file or an XLSX workbook, as the body (`application/octet-stream` for either file, told by its first bytes; `text/csv` and the XLSX media type are read too) or a form's `file` part (up to the upload limit, 64 MiB by default)",
        content(
            (super::dto::RosterRecords = "application/json"),
            (crate::api::bulk::RawFile = "application/octet-stream"),
            (crate::api::bulk::UploadForm = "multipart/form-data"),
        )
    ),
    responses(
        (status = 200, description = "Applied (or, with `dry_run`, worked out)", body = model::SyncReport),
        (status = 202, response = crate::api::responses::JobStarted),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 409, response = crate::api::responses::Conflict),
        (status = 412, response = crate::api::responses::PreconditionFailed),
        (status = 413, response = crate::api::responses::PayloadTooLarge),
        (status = 415, response = crate::api::responses::UnsupportedMediaType),
        (status = 422, response = SyncRefused),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[post("/associations/{id}/roster/sync")]
pub async fn sync_roster(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    query: web::Query<SyncQuery>,
    req: HttpRequest,
    body: web::Payload,
) -> ApiResult<HttpResponse> {
    let association_id = id.into_inner();
    p.require_manages(association_id)?;
    let query = query.into_inner();
    let lang = Lang::from_accept_language(req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
    run_blocking(&state.pool, move |conn| association::get(conn, association_id).map(|_| ())).await?;
    let upload = crate::api::bulk::upload_of(&req)?;
    let limits = XlsxLimits::for_upload_limit(state.config.upload_limit, MAX_ROWS);
    // The file is read as it arrives (a workbook once whole), on a reading thread, not the
    // worker that answers other requests.
    let json = matches!(upload, Upload::Raw { format: Some(Format::Json), .. });
    let sheet = query.sheet.clone();
    let read = crate::body::read_streaming(body, move |body| {
        let file = import::open(body, &upload)?;
        roster::read_file(file, sheet.as_deref(), lang, limits)
    })
    .await
    .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading the roster: {e}")))?;
    let table = match read {
        Ok(table) => table,
        // A body that is not JSON records is a bad request; a file that cannot be read, a
        // refused sync.
        Err(e) if json => return Err(ApiError::BadRequest(e.0)),
        Err(e) => {
            let error = row_error(lang, 0, None, "unreadable", &e.0);
            return Ok(refused(model::SyncReport { errors: vec![error], ..Default::default() }));
        }
    };
    let mode = match query.mode.unwrap_or_default() {
        SyncMode::Upsert => Mode::Upsert,
        SyncMode::Snapshot => Mode::Snapshot,
    };
    let options = Options {
        mode,
        dry_run: query.dry_run.unwrap_or(false),
        skip_invalid: query.on_error.unwrap_or_default() == OnError::Skip,
        lang,
        today: today(state.config.timezone),
    };
    let ctx = WriteContext::new(&p);
    let key = state.id_hash_key.clone();
    let refuse = table.refuse;
    if refuse {
        // The file's structure is wrong: known now, whatever its size; no job needed.
        return Ok(refused(model::SyncReport {
            rows: table.row_count,
            invalid_rows: table.invalid_rows,
            errors: table.errors,
            ..Default::default()
        }));
    }
    if query.r#async.unwrap_or(false) || table.row_count > state.config.sync_job_rows {
        let rows = table.row_count;
        let job_ctx = ctx.clone();
        let work = move |conn: &mut crate::db::DbConnection, progress: &model::OnProgress<'_>| {
            roster_sync::sync_table(conn, &ctx, association_id, table, options, &key, progress)
        };
        return crate::api::jobs::spawn(&state, &req, &job_ctx, JobKind::RosterSync, Some(association_id), rows, work)
            .await;
    }
    let bulk = model::is_bulk(state.config.database.backend(), table.rows.len(), options.dry_run);
    let report = run_blocking(&state.pool, move |conn| {
        roster_sync::sync_table(conn, &ctx, association_id, table, options, &key, &|_, _| {})
    })
    .await?;
    if bulk && report.applied {
        crate::db::checkpoint_soon(&state.pool);
    }
    if report.applied || (options.dry_run && !refuse && (report.errors.is_empty() || options.skip_invalid)) {
        return Ok(HttpResponse::Ok().json(report));
    }
    Ok(refused(report))
}

/// The `422` of a refused sync: a problem document with the report.
fn refused(report: model::SyncReport) -> HttpResponse {
    let unreadable = report.errors.iter().any(|e| e.row == 0);
    let mut problem = ApiError::Validation(Vec::new()).to_problem();
    problem.detail = Some(match report.invalid_rows {
        _ if unreadable => "the file cannot be read; nothing was changed".to_owned(),
        1 => "1 row is invalid; nothing was changed".to_owned(),
        n => format!("{n} rows are invalid; nothing was changed"),
    });
    HttpResponse::UnprocessableEntity()
        .content_type(crate::error::PROBLEM_JSON)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(SyncRefused { problem, report: Some(report) })
}

/// A cell's text for CSV (neutralised by the writer).
fn csv_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items.iter().filter_map(|i| i.as_str()).collect::<Vec<_>>().join(";"),
        other => other.to_string(),
    }
}

/// Members per database read while exporting.
const EXPORT_BATCH: i64 = 1000;

/// Export a roster
///
/// The association's members as a JSON array of records, in the columns that sync reads, so
/// that exporting and syncing back changes nothing (as a file: `…/roster.csv`,
/// `…/roster.xlsx`). Streamed in batches: memory stays flat at any size. The national ID is
/// never exported. Admin, staff, or the association's own managers.
#[utoipa::path(
    tag = "roster",
    params(("id" = i64, Path, description = "Association id"), ExportQuery),
    responses(
        (status = 200, description = "The roster", content((Vec<super::dto::RosterRecord> = "application/json"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/associations/{id}/roster")]
pub async fn export_roster(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    query: web::Query<ExportQuery>,
    req: HttpRequest,
) -> ApiResult<HttpResponse> {
    let association_id = id.into_inner();
    p.require_manages(association_id)?;
    let query = query.into_inner();
    // Before CSV and XLSX had paths of their own, `format=` or `Accept` chose them here.
    let format = query.format.unwrap_or_else(|| {
        let accept = req.headers().get(header::ACCEPT).and_then(|v| v.to_str().ok()).unwrap_or("");
        if accept.contains(XLSX) && !accept.contains("application/json") {
            ExportFormat::Xlsx
        } else if accept.contains("text/csv") && !accept.contains("application/json") {
            ExportFormat::Csv
        } else {
            ExportFormat::Json
        }
    });
    export(&state, association_id, query.status, query.headers.unwrap_or_default(), format).await
}

/// Export a roster as CSV
///
/// The roster of `GET …/roster` as CSV, UTF-8 with a byte-order mark, a header row of column
/// keys or Vietnamese headers (`headers=vi`). CSV cells starting with `=`, `+`, `-`, `@`, tab
/// or carriage return get a leading apostrophe so that spreadsheets never run them as formulas
/// (sync removes it again). Streamed; the national ID is never exported. Admin, staff, or the
/// association's own managers.
#[utoipa::path(
    tag = "roster",
    params(("id" = i64, Path, description = "Association id"), FileExportQuery),
    responses(
        (status = 200, description = "The roster", content((String = "text/csv")),
            headers(("Content-Disposition" = String, description = "`attachment` with a file name"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/associations/{id}/roster.csv")]
pub async fn export_roster_csv(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    query: web::Query<FileExportQuery>,
) -> ApiResult<HttpResponse> {
    let association_id = id.into_inner();
    p.require_manages(association_id)?;
    export(&state, association_id, query.status, query.headers.unwrap_or_default(), ExportFormat::Csv).await
}

/// Export a roster as XLSX
///
/// The roster of `GET …/roster` as a workbook of one sheet, in the columns of the template
/// (`headers=vi` for Vietnamese headers), ready to edit and sync back. Admin, staff, or the
/// association's own managers.
#[utoipa::path(
    tag = "roster",
    params(("id" = i64, Path, description = "Association id"), FileExportQuery),
    responses(
        (status = 200, description = "The roster",
            content((crate::api::bulk::XlsxFile = "application/octet-stream")),
            headers(("Content-Disposition" = String, description = "`attachment` with a file name"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/associations/{id}/roster.xlsx")]
pub async fn export_roster_xlsx(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    query: web::Query<FileExportQuery>,
) -> ApiResult<HttpResponse> {
    let association_id = id.into_inner();
    p.require_manages(association_id)?;
    let mut response =
        export(&state, association_id, query.status, query.headers.unwrap_or_default(), ExportFormat::Xlsx).await?;
    let download = header::HeaderValue::from_static(crate::api::bulk::DOWNLOAD);
    response.headers_mut().insert(header::CONTENT_TYPE, download);
    Ok(response)
}

/// The roster of an association the caller manages, in `format`.
async fn export(
    state: &web::Data<AppState>,
    association_id: i64,
    status: Option<MembershipStatus>,
    headers: HeaderStyle,
    format: ExportFormat,
) -> ApiResult<HttpResponse> {
    // Exports read the replica when there is one (DATABASE_READ_URL).
    let branch_names: HashMap<i64, String> = state
        .read(move |conn| {
            association::get(conn, association_id)?;
            Ok(member::branch_names(conn, association_id)?)
        })
        .await?;
    if format == ExportFormat::Xlsx {
        let vietnamese = headers == HeaderStyle::Vi;
        let body = state
            .read(move |conn| {
                super::xlsx::export(conn, association_id, status, vietnamese, &branch_names, EXPORT_BATCH)
            })
            .await?;
        return Ok(HttpResponse::Ok()
            .content_type(XLSX)
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"roster-{association_id}.xlsx\""),
            ))
            .body(body));
    }
    let reader = state.clone();
    let stream = futures_util::stream::unfold(Some((0_i64, true)), move |next| {
        let reader = reader.clone();
        let branch_names = branch_names.clone();
        async move {
            let (after, first) = next?;
            let batch = reader
                .read(move |conn| Ok(member::export_batch(conn, association_id, status, after, EXPORT_BATCH)?))
                .await;
            let rows = match batch {
                Ok(rows) => rows,
                Err(e) => return Some((Err(actix_web::Error::from(e)), None)),
            };
            let done = (rows.len() as i64) < EXPORT_BATCH;
            let last = rows.last().map(|r| r.0.id);
            let mut out: Vec<u8> = Vec::new();
            match format {
                ExportFormat::Xlsx => {}
                ExportFormat::Json => {
                    for (i, row) in rows.iter().enumerate() {
                        out.push(if first && i == 0 { b'[' } else { b',' });
                        let record: serde_json::Map<String, serde_json::Value> =
                            model::export_cells(row, &branch_names)
                                .into_iter()
                                .map(|(c, v)| (c.key().to_owned(), v))
                                .collect();
                        out.extend(serde_json::to_vec(&record).unwrap_or_default());
                        out.push(b'\n');
                    }
                    if done {
                        if first && rows.is_empty() {
                            out.push(b'[');
                        }
                        out.extend(b"]\n");
                    }
                }
                ExportFormat::Csv => {
                    let mut writer = crate::api::csv::CsvWriter::new(first);
                    if first {
                        let names = Column::ALL.iter().filter(|c| **c != Column::NationalId).map(|c| {
                            if headers == HeaderStyle::Vi {
                                c.header_vi()
                            } else {
                                c.key()
                            }
                        });
                        let _ = writer.row(names);
                    }
                    for row in &rows {
                        let _ = writer.row(model::export_cells(row, &branch_names).iter().map(|(_, v)| csv_text(v)));
                    }
                    out.extend(writer.finish().unwrap_or_default());
                }
            }
            let next = if done { None } else { last.map(|l| (l, false)) };
            Some((Ok::<_, actix_web::Error>(web::Bytes::from(out)), next))
        }
    });
    let content_type = match format {
        ExportFormat::Json => "application/json",
        ExportFormat::Csv | ExportFormat::Xlsx => "text/csv; charset=utf-8",
    };
    let mut response = HttpResponse::Ok();
    response.content_type(content_type).insert_header((header::CACHE_CONTROL, "no-store"));
    if format == ExportFormat::Csv {
        response.insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"roster-{association_id}.csv\""),
        ));
    }
    Ok(response.streaming(stream))
}

/// Roster changes
///
/// For systems that mirror a roster: the memberships of the association written since
/// `cursor` (created, updated, and left or deceased ones as tombstones), in the order the
/// writes committed, each once as it is now. Start without a cursor (every membership), then
/// keep the `next_cursor` of each answer and ask again, at once while `has_more`, later for
/// what changed since. A cursor from another database (after a restore or a copy) is expired:
/// `410`, start again from a full export. Admin, staff, or the association's own managers.
#[utoipa::path(
    tag = "roster",
    params(("id" = i64, Path, description = "Association id"), ChangesQuery),
    responses(
        (status = 200, description = "Changes since the cursor", body = RosterChanges, headers(("Link" = String, description = "The next page, as `<…?…&cursor=…>; rel=next` (RFC 8288), when there is one"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 410, response = crate::api::responses::Gone),
        (status = 422, response = crate::api::responses::ValidationFailed),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/associations/{id}/roster/changes")]
pub async fn list_roster_changes(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
    query: web::Query<ChangesQuery>,
) -> ApiResult<HttpResponse> {
    use crate::api::pagination::{self, Cursor};
    let association_id = id.into_inner();
    p.require_manages(association_id)?;
    let query = query.into_inner();
    let limit = pagination::limit(query.limit)?;
    let scope = pagination::Scope::of(&association_id);
    let cursor = Cursor::decode_opt(query.cursor.as_deref(), "changes", &scope)?;
    let (items, position, has_more) = run_blocking(&state.pool, move |conn| {
        association::get(conn, association_id)?;
        let (last_taken, epoch) = member::feed_position(conn, association_id)?;
        let after = match cursor {
            None => (0, 0),
            Some(c) => {
                let expired = || {
                    ApiError::Gone(
                        "this cursor is from another copy of the database and has expired: read the roster again \
                         (GET /api/v1/associations/{id}/roster) and start the feed without a cursor"
                            .into(),
                    )
                };
                let (cursor_epoch, seq) = c.k.split_once(':').ok_or_else(expired)?;
                let seq: i64 = seq.parse().map_err(|_| expired())?;
                if cursor_epoch != epoch.to_string() || seq > last_taken {
                    return Err(expired());
                }
                (seq, c.i)
            }
        };
        let mut rows = member::changes_after(conn, association_id, after, limit + 1)?;
        let has_more = rows.len() as i64 > limit;
        rows.truncate(limit as usize);
        let position = rows.last().map_or(after, |r| (r.0.change_seq, r.0.id));
        let items: Vec<RosterChange> = rows
            .into_iter()
            .map(|row| {
                let change = if row.0.status != MembershipStatus::Active {
                    ChangeKind::Left
                } else if (row.0.created_seq, row.0.id) > after {
                    ChangeKind::Created
                } else {
                    ChangeKind::Updated
                };
                let change_seq = row.0.change_seq;
                RosterChange { change, change_seq, member: crate::api::members::dto::Member::from_row(row, true) }
            })
            .collect();
        Ok((items, (epoch, position), has_more))
    })
    .await?;
    let (epoch, (seq, last_id)) = position;
    let next_cursor = Cursor::new("changes", format!("{epoch}:{seq}"), last_id).bound(&scope).encode();
    Ok(crate::api::pagination::ok(has_more.then_some(&next_cursor)).json(RosterChanges {
        items,
        next_cursor,
        has_more,
    }))
}

/// Roster template
///
/// An XLSX workbook to fill in and sync: Vietnamese headers, drop-downs filled from the
/// reference lists (gender, ethnic group, education, academic title, status) and the
/// association's branches, text format for keys, phone and ID numbers, and one example row
/// (delete it before syncing). Admin, staff, or the association's own managers.
#[utoipa::path(
    tag = "roster",
    params(("id" = i64, Path, description = "Association id")),
    responses(
        (status = 200, description = "The template",
            content((crate::api::bulk::XlsxFile = "application/octet-stream"))),
        (status = 401, response = crate::api::responses::Unauthorized),
        (status = 403, response = crate::api::responses::Forbidden),
        (status = 404, response = crate::api::responses::NotFound),
        (status = 503, response = crate::api::responses::ServiceUnavailable),
    ),
    security(("bearer" = []))
)]
#[get("/associations/{id}/roster/template.xlsx")]
pub async fn get_roster_template(
    state: web::Data<AppState>,
    AuthUser(p): AuthUser,
    id: web::Path<i64>,
) -> ApiResult<HttpResponse> {
    let association_id = id.into_inner();
    p.require_manages(association_id)?;
    let body = run_blocking(&state.pool, move |conn| {
        association::get(conn, association_id)?;
        let mut names: Vec<String> = member::branch_names(conn, association_id)?.into_values().collect();
        names.sort();
        super::xlsx::template(&names)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .content_type(crate::api::bulk::DOWNLOAD)
        .insert_header((header::CONTENT_DISPOSITION, "attachment; filename=\"mau-danh-sach-hoi-vien.xlsx\""))
        .body(body))
}
