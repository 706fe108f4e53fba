//! Bulk imports (historical records, not rosters): JSON records, or a CSV file or
//! XLSX workbook whose columns are the records' keys or the Vietnamese headers a secretariat
//! would write ([`crate::domain::import`] reads the formats and the cells).
//! Both become JSON objects with their row numbers, which the resource deserialises and
//! checks as it does one record; errors name the row as `[n].field`. Every import runs the
//! same way ([`Import`]): the same options (dry run, skip or abort on errors, background jobs,
//! the sheet), the same report.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};

use crate::db::{run_blocking, DbConnection};
use crate::domain::import::{self, Cell, Column, Format, Lang, SheetError, Unreadable, Upload, XlsxLimits};
use crate::domain::vn;
use crate::error::ApiResult;
use crate::error::{ApiError, FieldError};
use crate::models::audit::WriteContext;
use crate::models::roster::OnProgress;
use crate::models::Written;
use crate::state::AppState;

/// The media type of a workbook download (`….xlsx`): bytes, typed so by every client
/// generator; `Content-Disposition` names the file `….xlsx`.
pub const DOWNLOAD: &str = "application/octet-stream";

/// An XLSX workbook (Office Open XML spreadsheet), as bytes.
#[derive(Debug, Clone, utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct XlsxFile(pub Vec<u8>);

/// A file as the request's body: CSV (UTF-8, UTF-16 or Windows-1258) or an XLSX workbook, told
/// by its first bytes (a ZIP archive is a workbook, `{` or `[` JSON records). `text/csv` (with its
/// `charset`) and the XLSX media type are read as well.
#[derive(Debug, Clone, utoipa::ToSchema)]
#[schema(value_type = String, format = Binary)]
pub struct RawFile(pub Vec<u8>);

/// A file uploaded as a form (`multipart/form-data`), as browsers, Postman and low-code tools
/// send it.
#[derive(Debug, Clone, utoipa::ToSchema)]
pub struct UploadForm {
    /// The file: JSON, CSV (UTF-8, UTF-16 or Windows-1258) or XLSX, told by its name's extension
    /// (`.json`, `.csv`, `.txt`, `.xlsx`), else by the part's `Content-Type`, else by its first
    /// bytes. Other parts of the form are ignored.
    #[schema(value_type = String, format = Binary)]
    pub file: Vec<u8>,
}

/// Declares the JSON body of an import: `{"records": [...]}`. Only the contract uses it (the
/// records are read one at a time as the body streams in, [`crate::domain::json_array`]); an
/// object rather than a bare array, which some client generators cannot type beside the file
/// bodies (a bare array is still read).
macro_rules! records_body {
    ($(#[$doc:meta])* $name:ident of $record:ty) => {
        $(#[$doc])*
        #[derive(Debug, utoipa::ToSchema)]
        pub struct $name {
            /// The records; errors name a record by its position here, from 1 (`[3].field`).
            pub records: Vec<$record>,
        }
    };
}
pub(crate) use records_body;

/// What to do when some rows of an import are invalid.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OnError {
    /// One invalid row and nothing changes (`422`).
    #[default]
    Abort,
    /// Apply the valid rows and report the others.
    Skip,
}

/// How an import runs: the same options for every import.
#[derive(Debug, Clone, Default, serde::Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// `true`: check every row as the import would, against the data as it stands, and report
    /// what it would create (`200`); nothing is written.
    pub dry_run: Option<bool>,
    /// `abort` (default): one invalid row and nothing is written (`422` naming every problem).
    /// `skip`: the valid rows are written and the others reported.
    #[param(inline)]
    pub on_error: Option<OnError>,
    /// `true`: run as a background job (`202` with `Location: /api/v1/jobs/{id}`, whose report
    /// is this operation's). Files with more rows than `LIENHIEP_SYNC_JOB_ROWS` always do.
    pub r#async: Option<bool>,
    /// For an XLSX workbook: the sheet to read, by its name (compared without case or
    /// diacritics); the first sheet by default. A workbook without it is a `422` naming its sheets.
    pub sheet: Option<String>,
}

pub use crate::models::ImportReport;

/// An import refused for invalid rows: a problem document (`validation_failed`, its `errors`
/// as every operation gives them) with the report, as a roster sync is refused.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema, utoipa::ToResponse)]
#[response(
    description = "Invalid rows (nothing was changed), or a request refused as a whole",
    content_type = "application/problem+json",
    example = json!({"type": "urn:lienhiep:problem:validation-failed", "title": "The request breaks a rule",
        "status": 422, "detail": "1 row is invalid; nothing was changed", "code": "validation_failed",
        "errors": [{"field": "[3].starts_on", "row": 3, "column": "Ngày", "value": "32/13/2019", "code": "date",
            "message": "Ngày không hợp lệ: ghi theo dạng dd/mm/yyyy hoặc yyyy-mm-dd ('32/13/2019' is not a date: write dd/mm/yyyy or yyyy-mm-dd)"}],
        "report": {"applied": false, "rows": 2, "created": 1, "skipped": 0, "invalid_rows": 1,
            "errors": [{"field": "[3].starts_on", "row": 3, "column": "Ngày", "value": "32/13/2019", "code": "date",
                "message": "Ngày không hợp lệ: ghi theo dạng dd/mm/yyyy hoặc yyyy-mm-dd ('32/13/2019' is not a date: write dd/mm/yyyy or yyyy-mm-dd)"}]}})
)]
pub struct ImportRefused {
    /// The problem.
    #[serde(flatten)]
    pub problem: crate::error::Problem,
    /// With invalid rows: what the file holds and what is wrong with it; nothing was changed.
    /// Absent when the request is refused as a whole (a file that cannot be read, an
    /// `Idempotency-Key` used before with another request): see `errors`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub report: Option<ImportReport>,
}

/// The `422` of an import with invalid rows and `on_error=abort`.
fn refused(report: ImportReport) -> HttpResponse {
    let mut problem = ApiError::Validation(report.errors.clone()).to_problem();
    problem.detail = Some(match report.invalid_rows {
        1 => "1 row is invalid; nothing was changed".to_owned(),
        n => format!("{n} rows are invalid; nothing was changed"),
    });
    HttpResponse::UnprocessableEntity()
        .content_type(crate::error::PROBLEM_JSON)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(ImportRefused { problem, report: Some(report) })
}

/// The most errors an import lists.
const MAX_ERRORS: usize = 1_000;

/// At most this many records per import.
pub const MAX_RECORDS: usize = 10_000;

/// What a request's `Content-Type` says it uploads: a JSON, CSV or XLSX file as the body (any
/// of them as `application/octet-stream`, told by its first bytes), or a `multipart/form-data`
/// form with a `file` part. Anything else is a `415`.
pub fn upload_of(req: &HttpRequest) -> Result<Upload, ApiError> {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(Upload::from_content_type)
        .ok_or_else(|| {
            ApiError::UnsupportedMediaType(
                "send application/json, text/csv, an XLSX workbook, application/octet-stream, or \
                 multipart/form-data with the file as its 'file' part"
                    .into(),
            )
        })
}

/// The records of an import file, numbered as the file counts them, and what explains their
/// errors: each row's cells as written, and the language the caller reads.
#[derive(Debug)]
struct Records {
    /// (row, record): a JSON record's position from 1, or a sheet row (the header being row 1)
    /// with its cells as a JSON record of the columns' keys.
    rows: Vec<(usize, serde_json::Value)>,
    /// Each row's cells: (key, header as written, text as written).
    cells: std::collections::HashMap<usize, Vec<(String, String, String)>>,
    /// The errors of cells that could not be read at all (a date that is no date), by row.
    cell_errors: std::collections::HashMap<usize, Vec<FieldError>>,
    lang: Lang,
}

/// Reads records as the resource's input type, a row with a cell that could not be read
/// refused with that cell's errors.
#[derive(Debug)]
struct Parser {
    cell_errors: std::collections::HashMap<usize, Vec<FieldError>>,
}

impl Parser {
    /// Deserialises one record ([`parse_record`]), unless a cell of its row could not be read.
    fn parse<T: serde::de::DeserializeOwned>(
        &self,
        row: usize,
        value: serde_json::Value,
    ) -> Result<T, Vec<FieldError>> {
        match self.cell_errors.get(&row) {
            Some(errors) => Err(errors.clone()),
            None => parse_record(row, value),
        }
    }
}

impl Records {
    /// The `422` of these errors, each named by `[row].field` and explained with its row, the
    /// column's header and the cell as the file writes them, the message in the caller's
    /// language.
    fn refuse(&self, errors: Vec<FieldError>) -> ApiError {
        ApiError::Validation(errors.into_iter().map(|e| self.explain(e)).collect())
    }

    /// The rows, taken to be read into records with the parser (the cells stay, to explain
    /// errors).
    fn take(&mut self) -> (Vec<(usize, serde_json::Value)>, Parser) {
        (std::mem::take(&mut self.rows), Parser { cell_errors: std::mem::take(&mut self.cell_errors) })
    }

    /// The error named by `[row].field`, explained with its row, the column's header and the
    /// cell as the file writes them (never a national ID), the message in the caller's language.
    fn explain(&self, mut error: FieldError) -> FieldError {
        if let Some((row, path)) = error.field.strip_prefix('[').and_then(|f| f.split_once(']')) {
            if let Ok(row) = row.parse::<u32>() {
                error.row = Some(row);
                let key = path.trim_start_matches('.').split(['.', '[']).next().unwrap_or_default();
                if let Some((_, header, value)) =
                    self.cells.get(&(row as usize)).and_then(|cells| cells.iter().find(|(k, _, _)| k == key))
                {
                    error.column.get_or_insert_with(|| header.as_str().into());
                    if key != "national_id" {
                        error.value.get_or_insert_with(|| value.as_str().into());
                    }
                }
            }
        }
        error.message = import::message(self.lang, &error.code, &error.message);
        error
    }
}

/// One import: how the records of its file become what is written, and how they are written.
/// Every import runs the same way ([`Import::run`]).
pub struct Import<F, W> {
    /// The kind of its background job.
    pub kind: crate::api::jobs::dto::JobKind,
    /// What a record is, for messages (`honouree`).
    pub what: &'static str,
    /// The columns a file may have.
    pub columns: &'static [Column],
    /// Makes a record into what is written; field errors are named within the record.
    pub prepare: F,
    /// Writes records, all or none ([`Written`]).
    pub write: W,
}

impl<F, W> Import<F, W> {
    /// Reads the file (see [`read_records`]), checks every row and writes the valid ones, as
    /// the query asks: `201` with the report when records were written, `200` for a dry run
    /// (or nothing to write), `422` naming every problem when a row is invalid and
    /// `on_error=abort`; a background job (`202`) for a file of more rows than
    /// `sync_job_rows` or with `async=true`. Call it after authorising the caller.
    pub async fn run<R, P>(
        self,
        state: &AppState,
        req: &HttpRequest,
        ctx: &WriteContext,
        query: ImportQuery,
        body: actix_web::web::Payload,
    ) -> ApiResult<HttpResponse>
    where
        R: serde::de::DeserializeOwned,
        P: Send + 'static,
        F: Fn(usize, R) -> Result<P, ApiError> + Send + 'static,
        W: Fn(&mut DbConnection, &[(usize, P)]) -> Result<Written, ApiError> + Send + 'static,
    {
        let records = read_records(req, body, self.columns, self.what, query.sheet.clone()).await?;
        let options = (query.dry_run.unwrap_or(false), query.on_error.unwrap_or_default() == OnError::Skip);
        if query.r#async.unwrap_or(false) || records.rows.len() > state.config.sync_job_rows {
            let (rows, kind) = (records.rows.len(), self.kind);
            let work =
                move |conn: &mut DbConnection, progress: &OnProgress<'_>| self.apply(conn, records, options, progress);
            return crate::api::jobs::spawn(state, req, ctx, kind, None, rows, work).await;
        }
        let report = run_blocking(&state.pool, move |conn| self.apply(conn, records, options, &|_, _| {})).await?;
        if report.invalid_rows > 0 && !options.1 {
            return Ok(refused(report));
        }
        Ok(if report.created > 0 && report.applied { HttpResponse::Created() } else { HttpResponse::Ok() }.json(report))
    }

    /// Checks every row and writes the valid ones — or, for a dry run or an aborted import,
    /// rehearses the writing ([`crate::db::rehearse`]) so that the storage's checks report too.
    /// `(dry_run, skip)`: the query's options.
    fn apply<R, P>(
        &self,
        conn: &mut DbConnection,
        mut records: Records,
        (dry_run, skip): (bool, bool),
        progress: &OnProgress<'_>,
    ) -> Result<ImportReport, ApiError>
    where
        R: serde::de::DeserializeOwned,
        F: Fn(usize, R) -> Result<P, ApiError>,
        W: Fn(&mut DbConnection, &[(usize, P)]) -> Result<Written, ApiError>,
    {
        let (rows, parser) = records.take();
        let total = rows.len();
        let mut errors: Vec<FieldError> = Vec::new();
        let mut valid = Vec::with_capacity(total);
        for (i, (row, value)) in rows.into_iter().enumerate() {
            if i % 1_000 == 0 {
                progress("checking", i);
            }
            match parser.parse::<R>(row, value).map(|record| (self.prepare)(row, record)) {
                Ok(Ok(prepared)) => valid.push((row, prepared)),
                Ok(Err(ApiError::Validation(fields))) => errors.extend(fields.into_iter().map(|f| at_row(row, f))),
                Ok(Err(other)) => return Err(other),
                Err(fields) => errors.extend(fields),
            }
        }
        progress("writing", 0);
        let rehearsal = dry_run || (!errors.is_empty() && !skip);
        let mut created = 0;
        while !valid.is_empty() {
            let written = if rehearsal {
                crate::db::rehearse(|| (self.write)(conn, &valid))?
            } else {
                (self.write)(conn, &valid)?
            };
            match written {
                Ok(n) => {
                    created = n;
                    break;
                }
                Err(refused) => {
                    let rows: std::collections::HashSet<usize> = refused.iter().map(|(row, _)| *row).collect();
                    errors.extend(refused.into_iter().map(|(row, f)| at_row(row, f)));
                    valid.retain(|(row, _)| !rows.contains(row));
                    // Without `skip` one refusal ends the import; a refusal that names no row
                    // of the file would never end.
                    if !skip || rows.is_empty() {
                        break;
                    }
                }
            }
        }
        progress("writing", total);
        let applied = !rehearsal && created > 0;
        errors.sort_by_key(|e| e.field.strip_prefix('[').and_then(|f| f.split(']').next()?.parse::<usize>().ok()));
        let invalid_rows = errors
            .iter()
            .map(|e| e.field.split(']').next().unwrap_or_default())
            .collect::<std::collections::HashSet<_>>()
            .len();
        errors.truncate(MAX_ERRORS);
        let errors = errors.into_iter().map(|e| records.explain(e)).collect();
        Ok(ImportReport {
            applied,
            rows: total,
            created,
            skipped: if skip { invalid_rows } else { 0 },
            invalid_rows,
            errors,
        })
    }
}

/// Reads an import file — JSON records, CSV (UTF-8, UTF-16 or Windows-1258), an XLSX
/// workbook's first sheet, as the body or a form's `file` part — into JSON records numbered as
/// the file counts them: a JSON record's position from 1, a sheet row (the header being row
/// 1). Code-list values are given as their codes whatever spelling the file uses. The file is
/// read as it arrives, and reading stops past [`MAX_RECORDS`]: an empty file, or a longer one,
/// is a 422. Call it after authorising the caller.
async fn read_records(
    req: &HttpRequest,
    body: actix_web::web::Payload,
    columns: &'static [Column],
    what: &str,
    sheet: Option<String>,
) -> Result<Records, ApiError> {
    let upload = upload_of(req)?;
    let lang = Lang::from_accept_language(req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()));
    let state = req
        .app_data::<actix_web::web::Data<crate::state::AppState>>()
        .ok_or_else(|| ApiError::Internal(anyhow::anyhow!("the service state is missing")))?
        .clone();
    let limits = XlsxLimits::for_upload_limit(state.config.upload_limit, MAX_RECORDS);
    let what_owned = what.to_owned();
    let mut records = crate::body::read_streaming(body, move |body| {
        let file = import::open(body, &upload).map_err(unreadable)?;
        let mut records =
            Records { rows: Vec::new(), cells: Default::default(), cell_errors: Default::default(), lang };
        if file.format == Format::Json {
            records.rows = read_json(file.body, &what_owned)?;
            records.cells = records.rows.iter().map(|(row, record)| (*row, json_cells(record))).collect();
            Ok(records)
        } else {
            let sheet = match import::read_sheet(file, sheet.as_deref(), limits, columns, MAX_RECORDS) {
                Ok(sheet) => sheet,
                Err(SheetError::Unreadable(e)) => return Err(unreadable(e)),
                Err(SheetError::TooMany(_)) => return Err(too_many()),
                Err(SheetError::Refused(errors)) => return Err(records.refuse(errors)),
            };
            records.rows = sheet.rows;
            records.cells = sheet.cells;
            records.cell_errors = sheet.cell_errors;
            Ok(records)
        }
    })
    .await
    .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading an import: {e}")))??;
    if records.rows.is_empty() {
        return Err(ApiError::invalid("body", "required", "there are no records to import"));
    }
    // A JSON record may name code-list values as a file does.
    for (_, record) in &mut records.rows {
        let Some(object) = record.as_object_mut() else { continue };
        for column in columns {
            let Cell::Code { lookup, .. } = column.cell else { continue };
            if let Some(serde_json::Value::String(text)) = object.get_mut(column.key) {
                if let Some(code) = lookup(text) {
                    *text = code.to_owned();
                }
            }
        }
    }
    // Associations named rather than numbered.
    let named = |record: &serde_json::Value| {
        columns.iter().any(|c| matches!(c.cell, Cell::Association) && record.get(c.key).is_some_and(|v| v.is_string()))
    };
    if records.rows.iter().any(|(_, record)| named(record)) {
        let index = run_blocking(&state.pool, |conn| Ok(crate::models::association::names(conn)?)).await?;
        resolve_associations(&mut records, columns, &index);
    }
    Ok(records)
}

/// Gives each association cell that names an association (its name or short name, compared
/// by [`crate::domain::vn::match_key`]) as that association's id; a name that names none, or
/// several, is the cell's error. `index`: every association's id, name and short name.
fn resolve_associations(records: &mut Records, columns: &[Column], index: &[(i64, String, Option<String>)]) {
    let keys: Vec<(i64, String, Option<String>)> =
        index.iter().map(|(id, name, short)| (*id, vn::match_key(name), short.as_deref().map(vn::match_key))).collect();
    for (row, record) in &mut records.rows {
        let Some(object) = record.as_object_mut() else { continue };
        for column in columns.iter().filter(|c| matches!(c.cell, Cell::Association)) {
            let Some(serde_json::Value::String(text)) = object.get(column.key) else { continue };
            let wanted = vn::match_key(text);
            let found: Vec<i64> = keys
                .iter()
                .filter(|(_, name, short)| *name == wanted || short.as_deref() == Some(wanted.as_str()))
                .map(|(id, _, _)| *id)
                .collect();
            match found.as_slice() {
                [id] => {
                    object.insert(column.key.to_owned(), serde_json::Value::from(*id));
                }
                found => {
                    let message = if found.is_empty() {
                        format!("no association is named '{text}': give its id, name or short name")
                    } else {
                        format!("'{text}' names {} associations: give its id or full name", found.len())
                    };
                    records.cell_errors.entry(*row).or_default().push(FieldError::new(
                        format!("[{row}].{}", column.key),
                        "association",
                        message,
                    ));
                }
            }
        }
    }
}

/// The cells of a JSON record: each key with its value's text (strings as they are, other
/// values as JSON).
fn json_cells(record: &serde_json::Value) -> Vec<(String, String, String)> {
    let Some(object) = record.as_object() else { return Vec::new() };
    object
        .iter()
        .map(|(key, value)| {
            let text = match value {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (key.clone(), key.clone(), text)
        })
        .collect()
}

/// The answer to a file that cannot be read.
fn unreadable(e: Unreadable) -> ApiError {
    ApiError::invalid("body", "unreadable", e.0)
}

/// The answer to a file of more than [`MAX_RECORDS`] records.
fn too_many() -> ApiError {
    ApiError::invalid("body", "length", format!("at most {MAX_RECORDS} records per import"))
}

/// Reads JSON records, one at a time, stopping past [`MAX_RECORDS`].
fn read_json(body: impl std::io::Read, what: &str) -> Result<Vec<(usize, serde_json::Value)>, ApiError> {
    use crate::domain::json_array::{for_each_record, ArrayError};
    let mut records = Vec::new();
    match for_each_record(body, MAX_RECORDS, |i, v| records.push((i, v))) {
        Ok(_) => Ok(records),
        Err(ArrayError::TooMany(_)) => Err(too_many()),
        Err(ArrayError::NotArray) => Err(ApiError::BadRequest(format!(
            "the body must be {{\"records\": [...]}} (or a JSON array) of {what} records"
        ))),
        Err(ArrayError::Invalid(e)) => Err(ApiError::BadRequest(format!("the JSON body is invalid: {e}"))),
    }
}

/// A field error of record `row`, as `[row].field`.
fn at_row(row: usize, error: FieldError) -> FieldError {
    let field = if error.field.is_empty() { format!("[{row}]") } else { format!("[{row}].{}", error.field) };
    FieldError { field, ..error }
}

/// Deserialises one record as the resource's input type: field errors come back named by row
/// (and a value of the wrong type or outside its code list by its field as well).
fn parse_record<T: serde::de::DeserializeOwned>(row: usize, value: serde_json::Value) -> Result<T, Vec<FieldError>> {
    if !value.is_object() {
        return Err(vec![FieldError::new(format!("[{row}]"), "format", "each record must be a JSON object")]);
    }
    let probe = value.clone();
    match crate::api::extract::from_object(value) {
        Ok(record) => Ok(record),
        Err(ApiError::Validation(fields)) => Err(fields.into_iter().map(|f| at_row(row, f)).collect()),
        Err(other) => {
            let message = match &other {
                ApiError::BadRequest(m) => m.trim_start_matches("the JSON body is invalid: ").to_owned(),
                other => other.to_string(),
            };
            let code = if message.starts_with("unknown variant") {
                "code"
            } else if message.starts_with("invalid type") || message.starts_with("invalid value") {
                "type"
            } else {
                "format"
            };
            let message = if code == "type" { plain_type_error(&message) } else { message };
            let culprits = culprits::<T>(&probe);
            if culprits.is_empty() {
                return Err(vec![FieldError::new(format!("[{row}]"), code, message)]);
            }
            Err(culprits
                .into_iter()
                .map(|key| FieldError::new(format!("[{row}].{key}"), code, message.clone()))
                .collect())
        }
    }
}

/// A type error as a secretary reads it (`must be a number`), not as serde writes it
/// (`invalid type: string "tám", expected f64`); others as they are.
fn plain_type_error(message: &str) -> String {
    let expected = message.rsplit_once("expected ").map_or("", |(_, e)| e.trim());
    let plain = match expected {
        "f64" | "f32" => "must be a number",
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" => "must be a whole number",
        e if e.contains("whole number") => "must be a whole number",
        "a boolean" => "must be yes or no (x, có, không)",
        "a sequence" => "must be a list",
        "a string" => "must be text",
        _ => return message.to_owned(),
    };
    plain.to_owned()
}

/// The fields of a record that `T` cannot read: those without which it reads, or fails only
/// for their absence. Only asked of a record that failed.
fn culprits<T: serde::de::DeserializeOwned>(record: &serde_json::Value) -> Vec<String> {
    let Some(object) = record.as_object() else { return Vec::new() };
    let mut found = Vec::new();
    for key in object.keys() {
        let mut without = object.clone();
        without.remove(key);
        match serde_json::from_value::<T>(serde_json::Value::Object(without)) {
            Ok(_) => found.push(key.clone()),
            Err(e) if e.to_string().starts_with(&format!("missing field `{key}`")) => found.push(key.clone()),
            Err(_) => {}
        }
    }
    found
}
