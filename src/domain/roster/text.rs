//! Reading JSON and CSV roster files, a record at a time.

use super::column::Column;
use super::errors::{row_error, Header, Lang};
use super::table::{cell, too_long, too_long_error, SourceRow, Table, Unreadable};

/// Reads a JSON array of records (objects whose keys are column keys or headers), one record
/// at a time as it streams in; at most `max_rows` of them.
pub fn read_json(body: impl std::io::Read, lang: Lang, max_rows: usize) -> Result<Table, Unreadable> {
    let mut table = Table::default();
    let read = crate::domain::json_array::for_each_record(body, max_rows, |number, record| {
        json_record(&mut table, number, record, lang);
    });
    match read {
        Ok(count) => table.row_count = count,
        Err(crate::domain::json_array::ArrayError::TooMany(max)) => {
            // Well-formed so far, only too long: refused as a file, as CSV and XLSX are.
            let message = format!("the file has more than {max} records; split it");
            return Ok(Table {
                row_count: max + 1,
                errors: vec![row_error(lang, 0, None, "unreadable", &message)],
                invalid_rows: 1,
                refuse: true,
                ..Table::default()
            });
        }
        Err(crate::domain::json_array::ArrayError::NotArray) => {
            return Err(Unreadable("the body must be a JSON array of member records".into()))
        }
        Err(crate::domain::json_array::ArrayError::Invalid(e)) => {
            return Err(Unreadable(format!("the body is not valid JSON: {e}")))
        }
    }
    Ok(table)
}

/// Reads one JSON record into `table`. Every error of a record is about the structure of the
/// records: the file is refused.
fn json_record(table: &mut Table, number: usize, record: serde_json::Value, lang: Lang) {
    let errors_before = table.invalid_rows;
    let serde_json::Value::Object(fields) = record else {
        table.error(row_error(lang, number, None, "type", "each record must be a JSON object"));
        table.set_refused();
        return;
    };
    let mut row = SourceRow { number, cells: Vec::new(), invalid: false };
    for (key, value) in fields {
        let Some(column) = Column::from_header(&key) else {
            table.error(row_error(lang, number, Some(&key), "unknown_column", "unknown field"));
            continue;
        };
        if row.has(column) {
            table.error(row_error(lang, number, Some(&key), "duplicate", "the field is given twice"));
            continue;
        }
        let text = match value {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) if too_long(&s) => {
                table.error(too_long_error(lang, number, &key));
                continue;
            }
            // The types of the documented record: a number only for the birth year, a
            // list only for honour titles, text for the rest.
            serde_json::Value::String(s)
                if column == Column::ExternalId && (s.trim().is_empty() || s.chars().count() > 64) =>
            {
                table.error(row_error(lang, number, Some(&key), "length", "must be 1 to 64 characters"));
                continue;
            }
            serde_json::Value::String(s) if !matches!(column, Column::BirthYear | Column::HonourTitles) => cell(&s),
            serde_json::Value::Number(n)
                if column == Column::BirthYear && n.as_i64().is_some_and(|y| i32::try_from(y).is_ok()) =>
            {
                Some(n.to_string())
            }
            serde_json::Value::Array(items) if column == Column::HonourTitles => {
                let mut parts = Vec::new();
                for item in items {
                    match item {
                        serde_json::Value::String(s) => parts.push(s),
                        _ => {
                            table.error(row_error(
                                lang,
                                number,
                                Some(&key),
                                "type",
                                "must be a list of honour title codes",
                            ));
                        }
                    }
                }
                let joined = parts.join(";");
                if too_long(&joined) {
                    table.error(too_long_error(lang, number, &key));
                    continue;
                }
                cell(&joined)
            }
            _ => {
                table.error(row_error(
                    lang,
                    number,
                    Some(&key),
                    "type",
                    match column {
                        Column::BirthYear => "must be a whole number or null",
                        Column::HonourTitles => "must be a list of honour title codes or null",
                        _ => "must be a string or null",
                    },
                ));
                continue;
            }
        };
        row.cells.push((column, Header::from(key), text));
    }
    if !row.has(Column::ExternalId) {
        table.error(row_error(
            lang,
            number,
            Some("external_id"),
            "required",
            "every record needs external_id, the association's own key for the member",
        ));
    }
    if table.invalid_rows != errors_before {
        table.set_refused();
    }
    table.push(row);
}

/// Reads CSV as it streams in: UTF-8 with or without a byte-order mark, a header row, comma
/// or semicolon separated (whichever the header line has more of); at most `max_rows` member
/// rows.
pub fn read_csv(body: impl std::io::Read, lang: Lang, max_rows: usize) -> Result<Table, Unreadable> {
    let not_utf8 = || Unreadable("the file is not UTF-8 text (save it as \"CSV UTF-8\")".into());
    let mut reader = open_csv(body).map_err(|e| Unreadable(format!("the file cannot be read: {e}")))?;
    let unreadable = |e: csv::Error, what: String| match e.kind() {
        csv::ErrorKind::Utf8 { .. } => not_utf8(),
        _ => Unreadable(format!("{what} cannot be read: {e}")),
    };
    let headers = reader.headers().map_err(|e| unreadable(e, "the header row".into()))?.clone();
    let headers: Vec<String> = headers.iter().map(str::to_owned).collect();
    let mut table = Table::default();
    let columns = header_columns(&headers, lang, &mut table)?;
    let mut record = csv::StringRecord::new();
    let mut number = 1;
    loop {
        number += 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(unreadable(e, format!("row {number}"))),
        }
        let values: Vec<&str> = record.iter().collect();
        push_row(&mut table, &columns, number, &values, lang);
        if table.row_count > max_rows {
            return Err(Unreadable(format!("the file has more than {max_rows} rows; split it")));
        }
    }
    Ok(table)
}

/// A CSV reader over a file as it streams in: a UTF-8 byte-order mark skipped, and comma or
/// semicolon separated, whichever the header line has more of (as far as the first 64 KiB
/// hold it); rows may have fewer or more cells than the header.
pub fn open_csv<R: std::io::Read>(body: R) -> std::io::Result<csv::Reader<std::io::BufReader<R>>> {
    use std::io::BufRead;
    let mut body = std::io::BufReader::with_capacity(64 * 1024, body);
    let start = body.fill_buf()?;
    let bom = if start.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    let first_line = start[bom..].split(|b| *b == b'\n').next().unwrap_or_default();
    let commas = first_line.iter().filter(|b| **b == b',').count();
    let semicolons = first_line.iter().filter(|b| **b == b';').count();
    let delimiter = if semicolons > commas { b';' } else { b',' };
    body.consume(bom);
    Ok(csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(body))
}

/// The columns a header row names; unknown, repeated or missing key columns are structural
/// errors of `table`.
pub(super) fn header_columns(
    headers: &[String],
    lang: Lang,
    table: &mut Table,
) -> Result<Vec<Option<(Column, Header)>>, Unreadable> {
    let mut columns: Vec<Option<(Column, Header)>> = Vec::new();
    for header in headers {
        let header = header.trim();
        match Column::from_header(header) {
            _ if header.is_empty() => columns.push(None),
            Some(column) if columns.iter().flatten().any(|(c, _)| *c == column) => {
                table.error(row_error(lang, 1, Some(header), "duplicate", "two columns name the same field"));
                columns.push(None);
            }
            Some(column) => columns.push(Some((column, Header::from(header)))),
            None => {
                table.error(row_error(lang, 1, Some(header), "unknown_column", "unknown column"));
                columns.push(None);
            }
        }
    }
    if columns.iter().all(Option::is_none) {
        return Err(Unreadable("the first row must name the columns (external_id, full_name, …)".into()));
    }
    if !columns.iter().flatten().any(|(c, _)| *c == Column::ExternalId) {
        table.error(row_error(
            lang,
            1,
            None,
            "required",
            "the file needs an external_id column (Mã hội viên): the association's own key for each member",
        ));
    }
    // Everything found in the header is about the structure of the file.
    if table.invalid_rows > 0 {
        table.set_refused();
    }
    Ok(columns)
}

/// Adds a row of cell texts (skipping an empty one).
pub(super) fn push_row(
    table: &mut Table,
    columns: &[Option<(Column, Header)>],
    number: usize,
    values: &[&str],
    lang: Lang,
) {
    if values.iter().all(|v| v.trim().is_empty()) {
        return;
    }
    table.row_count += 1;
    let mut row = SourceRow { number, cells: Vec::new(), invalid: false };
    if values.len() > columns.len() && values.iter().skip(columns.len()).any(|v| !v.trim().is_empty()) {
        table.error(row_error(lang, number, None, "format", "the row has more cells than the header"));
        row.invalid = true;
    }
    for (index, slot) in columns.iter().enumerate() {
        if let Some((column, header)) = slot {
            let value = values.get(index).copied().unwrap_or("");
            if too_long(value) {
                table.error(too_long_error(lang, number, header));
                row.invalid = true;
                continue;
            }
            row.cells.push((*column, header.clone(), cell(value)));
        }
    }
    table.push(row);
}
