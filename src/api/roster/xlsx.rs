//! XLSX for rosters: the template an association fills in, and exports written in constant
//! memory (rows go to a temporary file as they are written, not into memory).

use std::collections::HashMap;

use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::db::DbConnection;
use crate::domain::codes::MembershipStatus;
use crate::domain::roster::Column;
use crate::error::ApiError;
use crate::models::member;

/// The media type of XLSX workbooks.
pub const MEDIA_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

fn failed(e: XlsxError) -> ApiError {
    ApiError::Internal(anyhow::anyhow!("writing XLSX: {e}"))
}

/// The columns an export or the template writes (every column but the national ID, which is
/// never kept in clear; the template adds it, for new members).
fn export_columns() -> Vec<Column> {
    Column::ALL.into_iter().filter(|c| *c != Column::NationalId).collect()
}

fn write_text(sheet: &mut Worksheet, row: u32, col: u16, text: &str, guard: &Format) -> Result<(), XlsxError> {
    // Strings are never formulas in XLSX; a leading = + - @ also gets the quote prefix, so
    // that editing the cell in a spreadsheet keeps it text.
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        sheet.write_string_with_format(row, col, text, guard)?;
    } else {
        sheet.write_string(row, col, text)?;
    }
    Ok(())
}

/// The roster template: Vietnamese headers, drop-downs filled from the reference lists and
/// the association's branches, text format for keys and phone numbers, one example row, and
/// a sheet explaining each column.
pub fn template(branches: &[String]) -> Result<Vec<u8>, ApiError> {
    let columns: Vec<_> = Column::ALL.iter().map(|c| c.import_column()).collect();
    let example = [
        ("external_id", "KH-000123"),
        ("full_name", "Nguyễn Văn An"),
        ("gender", "Nam"),
        ("birth_date", "02/04/1975"),
        ("ethnicity", "Kinh"),
        ("education_level", "Thạc sĩ"),
        ("workplace", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("phone", "0912345678"),
        ("joined_on", "01/03/2015"),
        ("status", "Đang sinh hoạt"),
    ];
    crate::api::imports::template::workbook("Hội viên", &columns, &[("branch", branches.to_vec())], &example)
}

/// The cells of one member for a spreadsheet: text, or a number for the birth year.
enum Value {
    Text(String),
    Number(f64),
}

fn row_values(member: &member::Member, branch_names: &HashMap<i64, String>) -> Vec<Option<Value>> {
    crate::models::roster::export_cells(member, branch_names)
        .into_iter()
        .map(|(_, v)| match v {
            serde_json::Value::Null => None,
            serde_json::Value::Number(n) => n.as_f64().map(Value::Number),
            serde_json::Value::String(s) => Some(Value::Text(s)),
            serde_json::Value::Array(items) => {
                let joined = items.iter().filter_map(|i| i.as_str()).collect::<Vec<_>>().join(";");
                (!joined.is_empty()).then_some(Value::Text(joined))
            }
            other => Some(Value::Text(other.to_string())),
        })
        .collect()
}

/// An association's roster as XLSX, read in keyset batches and written in constant memory.
pub fn export(
    conn: &mut DbConnection,
    association_id: i64,
    status: Option<MembershipStatus>,
    vietnamese_headers: bool,
    branch_names: &HashMap<i64, String>,
    batch: i64,
) -> Result<Vec<u8>, ApiError> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let guard = Format::new().set_quote_prefix();
    let sheet = workbook.add_worksheet_with_constant_memory().map_err(failed)?;
    sheet.set_name("Hội viên").map_err(failed)?;
    for (i, column) in export_columns().iter().enumerate() {
        let name = if vietnamese_headers { column.header_vi() } else { column.key() };
        sheet.write_string_with_format(0, i as u16, name, &bold).map_err(failed)?;
    }
    let mut row: u32 = 1;
    let mut after = 0_i64;
    loop {
        let rows = member::export_batch(conn, association_id, status, after, batch)?;
        for m in &rows {
            for (col, value) in row_values(m, branch_names).into_iter().enumerate() {
                match value {
                    Some(Value::Text(t)) => write_text(sheet, row, col as u16, &t, &guard).map_err(failed)?,
                    Some(Value::Number(n)) => {
                        sheet.write_number(row, col as u16, n).map_err(failed)?;
                    }
                    None => {}
                }
            }
            row += 1;
        }
        match rows.last() {
            Some(last) if rows.len() as i64 == batch => after = last.0.id,
            _ => break,
        }
    }
    workbook.save_to_buffer().map_err(failed)
}
