//! Reading roster files (JSON, CSV, XLSX), a record or a row at a time.

use super::column::Column;
use super::table::{too_long_error, SourceRow, Table};
use crate::domain::import::{
    self, clean as cell, row_error, too_long, Format, Header, Lang, Opened, Unreadable, XlsxLimits,
};

/// Reads a roster file of any format we read: JSON records as they stream in (at most
/// `limits.max_rows`), or the rows of a CSV file or a workbook's sheet.
pub fn read_file(file: Opened<'_>, sheet: Option<&str>, lang: Lang, limits: XlsxLimits) -> Result<Table, Unreadable> {
    if file.format == Format::Json {
        return read_json(file.body, lang, limits.max_rows);
    }
    let mut table = Table::default();
    let mut columns: Option<Vec<Option<(Column, Header)>>> = None;
    import::rows(file, sheet, limits, |number, cells| {
        match &columns {
            None => {
                let headers: Vec<String> = cells.iter().map(|c| (*c).to_owned()).collect();
                columns = Some(header_columns(&headers, lang, &mut table)?);
            }
            Some(columns) => {
                push_row(&mut table, columns, number, cells, lang);
                if table.row_count > limits.max_rows {
                    return Err(Unreadable(format!("the file has more than {} rows; split it", limits.max_rows)));
                }
            }
        }
        Ok(())
    })?;
    Ok(table)
}

/// Reads a CSV roster (in any encoding we read) as it streams in; at most `max_rows` member rows.
pub fn read_csv(body: impl std::io::Read, lang: Lang, max_rows: usize) -> Result<Table, Unreadable> {
    let file = Opened { format: Format::Csv, charset: None, body: Box::new(body) };
    read_file(file, None, lang, XlsxLimits::for_upload_limit(usize::MAX, max_rows))
}

/// Reads the first sheet of an XLSX roster workbook.
pub fn read_xlsx(body: &[u8], lang: Lang, limits: XlsxLimits) -> Result<Table, Unreadable> {
    read_file(Opened { format: Format::Xlsx, charset: None, body: Box::new(body) }, None, lang, limits)
}

/// Reads JSON records (objects whose keys are column keys or headers; see
/// [`crate::domain::json_array`] for the body's shape), one record
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
            return Err(Unreadable("the body must be {\"records\": [...]} (or a JSON array) of member records".into()))
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
