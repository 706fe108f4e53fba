//! Bulk imports (historical records, not rosters): a JSON array of records, or a CSV file
//! whose columns are the records' keys or the Vietnamese headers a secretariat would write.
//! Both become JSON objects with their row numbers, which the resource deserialises and
//! checks as it does one record; errors name the row as `[n].field`.

use actix_web::http::header;
use actix_web::HttpRequest;

use crate::domain::vn;
use crate::error::{ApiError, FieldError};

/// How a CSV cell becomes JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    /// Text as written.
    Text,
    /// A whole number (kept as text if it is not one, so the record's own check names it).
    Integer,
    /// Several values in one cell, separated by `;` (quote the cell when the file uses `;`).
    List,
    /// A decimal number, `.` or `,` before the decimals (kept as text if it is not one).
    Number,
    /// Yes or no: `true`, `1`, `x`, `có`, `yes` or `false`, `0`, `không`, `no` (kept as text
    /// otherwise).
    Flag,
    /// A date as a secretary writes it: `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`
    /// or ISO `yyyy-mm-dd`, read as the roster reads it; any other text is an error naming
    /// the row and the column.
    Date,
}

/// A column of an import file: its key, the other headers it goes by (compared folded:
/// without case or diacritics), and how its cells read.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The record's key.
    pub key: &'static str,
    /// Other headers, folded (`ho va ten`).
    pub aliases: &'static [&'static str],
    /// How cells read.
    pub cell: Cell,
}

/// At most this many records per import.
pub const MAX_RECORDS: usize = 10_000;

/// Reads the body by its `Content-Type` (`application/json` or `text/csv`) into JSON records
/// numbered as the file counts them: a JSON record's position from 1, a CSV sheet row (the
/// header being row 1). The file is read as it arrives, and reading stops past
/// [`MAX_RECORDS`]: an empty file, or a longer one, is a 422. Call it after authorising the
/// caller.
pub async fn read_records(
    req: &HttpRequest,
    body: actix_web::web::Payload,
    columns: &'static [Column],
    what: &str,
) -> Result<Vec<(usize, serde_json::Value)>, ApiError> {
    let essence = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<mime::Mime>().ok())
        .map(|m| m.essence_str().to_ascii_lowercase())
        .unwrap_or_default();
    let json = match essence.as_str() {
        "application/json" => true,
        "text/csv" | "application/csv" => false,
        other => {
            return Err(ApiError::UnsupportedMediaType(format!(
                "'{other}' is not accepted here: send application/json or text/csv"
            )))
        }
    };
    let what_owned = what.to_owned();
    let records =
        crate::body::read_streaming(
            body,
            move |body| {
                if json {
                    read_json(body, &what_owned)
                } else {
                    read_csv(body, columns)
                }
            },
        )
        .await
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("reading an import: {e}")))??;
    if records.is_empty() {
        return Err(ApiError::invalid("body", "required", "there are no records to import"));
    }
    Ok(records)
}

/// The answer to a file of more than [`MAX_RECORDS`] records.
fn too_many() -> ApiError {
    ApiError::invalid("body", "length", format!("at most {MAX_RECORDS} records per import"))
}

/// A CSV reading error: a file that is not UTF-8 is named as such; any other names the row.
fn csv_error(row: Option<usize>, e: &csv::Error) -> ApiError {
    match (e.kind(), row) {
        (csv::ErrorKind::Utf8 { .. }, _) => {
            ApiError::invalid("body", "encoding", "the file is not UTF-8 text (save it as \"CSV UTF-8\")")
        }
        (_, Some(row)) => ApiError::invalid(format!("[{row}]"), "csv", format!("unreadable CSV row: {e}")),
        (_, None) => ApiError::invalid("body", "csv", format!("unreadable CSV: {e}")),
    }
}

/// Reads a JSON array of records, one at a time, stopping past [`MAX_RECORDS`].
fn read_json(body: &mut dyn std::io::Read, what: &str) -> Result<Vec<(usize, serde_json::Value)>, ApiError> {
    use crate::domain::json_array::{for_each_record, ArrayError};
    let mut records = Vec::new();
    match for_each_record(body, MAX_RECORDS, |i, v| records.push((i, v))) {
        Ok(_) => Ok(records),
        Err(ArrayError::TooMany(_)) => Err(too_many()),
        Err(ArrayError::NotArray) => {
            Err(ApiError::BadRequest(format!("the body must be a JSON array of {what} records")))
        }
        Err(ArrayError::Invalid(e)) => Err(ApiError::BadRequest(format!("the JSON body is invalid: {e}"))),
    }
}

/// A field error of record `row`, as `[row].field`.
pub fn at_row(row: usize, error: FieldError) -> FieldError {
    let field = if error.field.is_empty() { format!("[{row}]") } else { format!("[{row}].{}", error.field) };
    FieldError::new(field, error.code, error.message)
}

/// Deserialises one record as the resource's input type: field errors come back named by row.
pub fn parse_record<T: serde::de::DeserializeOwned>(
    row: usize,
    value: serde_json::Value,
) -> Result<T, Vec<FieldError>> {
    if !value.is_object() {
        return Err(vec![FieldError::new(format!("[{row}]"), "format", "each record must be a JSON object")]);
    }
    match crate::api::extract::from_object(value) {
        Ok(record) => Ok(record),
        Err(ApiError::Validation(fields)) => Err(fields.into_iter().map(|f| at_row(row, f)).collect()),
        Err(other) => Err(vec![FieldError::new(format!("[{row}]"), "format", other.to_string())]),
    }
}

/// Reads a CSV file (UTF-8, optional BOM, `,` or `;`) into JSON records with their row
/// numbers, as it streams in.
fn read_csv(body: &mut dyn std::io::Read, columns: &[Column]) -> Result<Vec<(usize, serde_json::Value)>, ApiError> {
    let mut reader = crate::domain::roster::open_csv(body)
        .map_err(|e| ApiError::invalid("body", "csv", format!("unreadable CSV: {e}")))?;
    let headers = reader.headers().map_err(|e| csv_error(None, &e))?.clone();
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for header in headers.iter() {
        let folded = vn::fold(header);
        match columns.iter().find(|c| c.key == header.trim() || c.aliases.contains(&folded.as_str())) {
            Some(column) => found.push(*column),
            None => errors.push(FieldError::new("[1]", "unknown_column", format!("unknown column '{header}'"))),
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::Validation(errors));
    }
    // The rows are kept as read (compact) until the file is known to fit, and only then become
    // JSON records: a file of too many rows costs no more than its first MAX_RECORDS rows.
    let mut rows: Vec<(usize, csv::StringRecord)> = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let row = index + 2;
        let record = record.map_err(|e| csv_error(Some(row), &e))?;
        if record.iter().skip(found.len()).any(|cell| !cell.trim().is_empty()) {
            return Err(ApiError::invalid(
                format!("[{row}]"),
                "csv",
                format!("the row has more cells than the header's {} columns", found.len()),
            ));
        }
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        if rows.len() == MAX_RECORDS {
            // Enough to refuse the file: the rest is not read.
            return Err(too_many());
        }
        rows.push((row, record));
    }
    let mut records = Vec::with_capacity(rows.len());
    for (row, record) in rows {
        records.push((row, record_object(&found, &record, row, &mut errors)));
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(ApiError::Validation(errors))
    }
}

/// A CSV row as the JSON record of its columns (empty cells left out, lists always present).
/// A cell its column cannot read at all (a date that is no date) is an error naming the row
/// and the column, added to `errors`.
fn record_object(
    found: &[Column],
    record: &csv::StringRecord,
    row: usize,
    errors: &mut Vec<FieldError>,
) -> serde_json::Value {
    let mut object = serde_json::Map::new();
    for (column, cell) in found.iter().zip(record.iter()) {
        let cell = cell.trim();
        if cell.is_empty() {
            continue;
        }
        let value = match column.cell {
            Cell::List => serde_json::Value::from(
                cell.split(';').map(str::trim).filter(|c| !c.is_empty()).map(String::from).collect::<Vec<_>>(),
            ),
            Cell::Integer => match cell.parse::<i64>() {
                Ok(n) => serde_json::Value::from(n),
                Err(_) => serde_json::Value::from(cell),
            },
            Cell::Number => match cell.replace(',', ".").parse::<f64>() {
                Ok(n) if n.is_finite() => serde_json::Value::from(n),
                _ => serde_json::Value::from(cell),
            },
            Cell::Flag => match vn::fold(cell).as_str() {
                "true" | "1" | "x" | "co" | "yes" => serde_json::Value::Bool(true),
                "false" | "0" | "khong" | "no" => serde_json::Value::Bool(false),
                _ => serde_json::Value::from(cell),
            },
            Cell::Date => match crate::domain::roster::parse_date(cell) {
                Some(date) => serde_json::Value::from(date.to_string()),
                None => {
                    errors.push(FieldError::new(
                        format!("[{row}].{}", column.key),
                        "format",
                        format!("'{cell}' is not a date: write dd/mm/yyyy or yyyy-mm-dd"),
                    ));
                    continue;
                }
            },
            Cell::Text => serde_json::Value::from(cell),
        };
        object.insert(column.key.to_owned(), value);
    }
    for column in found.iter().filter(|c| c.cell == Cell::List) {
        object.entry(column.key).or_insert_with(|| serde_json::Value::Array(Vec::new()));
    }
    serde_json::Value::Object(object)
}
