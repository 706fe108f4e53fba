//! The columns of an import file, declared once — how the reader finds them (their key, their
//! Vietnamese header, other headers people write), how their cells read, and what the columns
//! endpoint and the template workbooks say of them — and the rows of a sheet read into JSON
//! records of those columns.

use crate::domain::codes::{code_from_label, CodeList};
use crate::domain::vn;
use crate::error::FieldError;

use super::cells::{clean, parse_date, parse_number, parse_whole};
use super::sheet::rows as rows_of;
use super::source::{Opened, Unreadable};
use super::xlsx::XlsxLimits;

/// How a cell becomes a value of the record.
#[derive(Debug, Clone, Copy)]
pub enum Cell {
    /// Text as written.
    Text,
    /// A whole number, thousands grouped or not (`1.500`, `1 500`); kept as text if it is
    /// not one, so the record's own check names it.
    Integer,
    /// A decimal number as Vietnamese or English spreadsheets write it (`1.234,5`, `1,234.5`,
    /// `2,5`); kept as text if it is not one.
    Number,
    /// Yes or no: `x`, `có`, `yes`, `true`, `1` or `không`, `no`, `false`, `0` (kept as text
    /// otherwise).
    Flag,
    /// A date as a secretary writes it: `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`
    /// or ISO `yyyy-mm-dd` (a workbook's date cells read so too); any other text is an error
    /// naming the row and the column.
    Date,
    /// Several values in one cell, separated by `;` (quote the cell when the file uses `;`).
    List,
    /// A value of the code list `list`: its code, its label or another spelling people write
    /// ([`code_from_label`]), given as the code (kept as written when it is none, so the
    /// record's own check names it).
    Code {
        /// The list's name, as in `/api/v1/reference/{list}`.
        list: &'static str,
        /// The code a text names.
        lookup: fn(&str) -> Option<&'static str>,
    },
    /// An association: its id, its name or its short name (resolved against the associations
    /// by the import, as the id).
    Association,
}

impl Cell {
    /// A cell of the code list `T`.
    pub const fn code<T: CodeList>() -> Cell {
        Cell::Code { list: T::LIST, lookup: code_from_label::<T> }
    }

    /// What the cell holds, as the columns endpoint says it.
    pub fn kind(self) -> CellKind {
        match self {
            Cell::Text => CellKind::Text,
            Cell::Integer => CellKind::Integer,
            Cell::Number => CellKind::Number,
            Cell::Flag => CellKind::Flag,
            Cell::Date => CellKind::Date,
            Cell::List => CellKind::List,
            Cell::Code { .. } => CellKind::Code,
            Cell::Association => CellKind::Association,
        }
    }
}

/// What a column's cells hold, as `GET /api/v1/imports/{kind}/columns` says it (see [`Cell`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CellKind {
    /// Text as written.
    Text,
    /// A whole number; thousands may be grouped (`1.500`).
    Integer,
    /// A decimal number (`86,5` or `86.5`; `1.234,5`).
    Number,
    /// Yes or no: `x`, `có`, `yes`, `true`, `1` or `không`, `no`, `false`, `0`.
    Flag,
    /// A date: `dd/mm/yyyy`, `d/m/yyyy`, `yyyy-mm-dd`, or a workbook's date cell.
    Date,
    /// Several values separated by `;`.
    List,
    /// A value of the code list `list`: its code, label, or another spelling it lists.
    Code,
    /// An association: its id, name or short name.
    Association,
}

/// A column of an import file.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The record's key (also accepted as the header).
    pub key: &'static str,
    /// The Vietnamese header, as the template writes it.
    pub header: &'static str,
    /// Other headers people write.
    pub aliases: &'static [&'static str],
    /// How its cells read.
    pub cell: Cell,
}

impl Column {
    /// Whether a header (compared without case, diacritics or extra spaces) names this column.
    pub fn is_named(&self, header: &str) -> bool {
        let wanted = vn::fold(header);
        header.trim() == self.key
            || vn::fold(self.header) == wanted
            || self.aliases.iter().any(|alias| vn::fold(alias) == wanted)
    }
}

/// A sheet (CSV or a workbook's) read into JSON records of its columns.
#[derive(Debug, Default)]
pub struct SheetRecords {
    /// (row, record): the sheet row (the header being row 1), the record of its cells.
    pub rows: Vec<(usize, serde_json::Value)>,
    /// Each row's cells: (key, header as written, text as written).
    pub cells: std::collections::HashMap<usize, Vec<(String, String, String)>>,
    /// The errors of cells their column cannot read at all (a date that is no date), by row.
    pub cell_errors: std::collections::HashMap<usize, Vec<FieldError>>,
}

/// Why a sheet is refused as a whole.
#[derive(Debug)]
pub enum SheetError {
    /// It cannot be read (its encoding, its format, no header row).
    Unreadable(Unreadable),
    /// It has more than the most records an import takes.
    TooMany(usize),
    /// Its structure is wrong: an unknown or repeated column, a row longer than the header.
    Refused(Vec<FieldError>),
}

/// Reads the rows of a CSV file or a workbook's sheet (the first, or the one named `sheet`)
/// into JSON records of `columns`, at most `max_records` of them: the header (row 1) names the columns (an empty header cell's column
/// is not read), each later row with a cell becomes a record (empty cells left out, lists
/// always present).
pub fn read_sheet(
    file: Opened<'_>,
    sheet: Option<&str>,
    limits: XlsxLimits,
    columns: &[Column],
    max_records: usize,
) -> Result<SheetRecords, SheetError> {
    // Each cell of the header: the column it names, with the header as written.
    let mut found: Option<Vec<Option<(Column, String)>>> = None;
    let mut errors = Vec::new();
    // The rows are kept as read (compact) until the file is known to fit, and only then become
    // JSON records: a file of too many rows costs no more than its first `max_records` rows.
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    let mut too_many = false;
    // A row that refuses the file stops the reading with an empty `Unreadable`: `errors` (or
    // `too_many`) says why.
    let read = rows_of(file, sheet, limits, |row, cells| {
        let Some(found) = &found else {
            let mut header: Vec<Option<(Column, String)>> = Vec::new();
            for cell in cells {
                let written = cell.trim();
                let column = columns.iter().find(|c| c.is_named(written));
                let mut error = |code: &str, message: String| {
                    let mut error = FieldError::new("[1]", code, message);
                    error.column = Some(written.into());
                    errors.push(error);
                };
                match column {
                    _ if written.is_empty() => header.push(None),
                    Some(column) if header.iter().flatten().any(|(c, _)| c.key == column.key) => {
                        error("duplicate", format!("two columns name the field '{}'", column.key));
                        header.push(None);
                    }
                    Some(column) => header.push(Some((*column, written.to_owned()))),
                    None => {
                        error("unknown_column", format!("unknown column '{written}'"));
                        header.push(None);
                    }
                }
            }
            if !errors.is_empty() {
                return Err(Unreadable(String::new()));
            }
            found = Some(header);
            return Ok(());
        };
        if cells.iter().skip(found.len()).any(|cell| !cell.trim().is_empty()) {
            errors.push(FieldError::new(
                format!("[{row}]"),
                "csv",
                format!("the row has more cells than the header's {} columns", found.len()),
            ));
            return Err(Unreadable(String::new()));
        }
        if cells.iter().all(|cell| cell.trim().is_empty()) {
            return Ok(());
        }
        if rows.len() == max_records {
            // Enough to refuse the file: the rest is not read.
            too_many = true;
            return Err(Unreadable(String::new()));
        }
        rows.push((row, cells.iter().map(|c| (*c).to_owned()).collect()));
        Ok(())
    });
    if too_many {
        return Err(SheetError::TooMany(max_records));
    }
    if !errors.is_empty() {
        return Err(SheetError::Refused(errors));
    }
    read.map_err(SheetError::Unreadable)?;
    let found = found.unwrap_or_default();
    let mut records = SheetRecords::default();
    records.rows.reserve(rows.len());
    for (row, cells) in rows {
        let mut cell_errors = Vec::new();
        records.rows.push((row, record_object(&found, &cells, row, &mut cell_errors)));
        if !cell_errors.is_empty() {
            records.cell_errors.insert(row, cell_errors);
        }
        let written = found
            .iter()
            .zip(cells)
            .filter_map(|(column, cell)| column.as_ref().map(|(c, header)| (c.key.to_owned(), header.clone(), cell)))
            .collect();
        records.cells.insert(row, written);
    }
    Ok(records)
}

/// A row as the JSON record of its columns (empty cells left out, lists always present). A
/// cell its column cannot read at all (a date that is no date) is an error naming the row and
/// the column, added to `errors`.
fn record_object(
    found: &[Option<(Column, String)>],
    record: &[String],
    row: usize,
    errors: &mut Vec<FieldError>,
) -> serde_json::Value {
    let mut object = serde_json::Map::new();
    for (column, cell) in found.iter().zip(record.iter()) {
        let Some((column, _)) = column else { continue };
        let Some(cell) = clean(cell) else { continue };
        let cell = cell.as_str();
        let value = match column.cell {
            Cell::List => serde_json::Value::from(
                cell.split(';').map(str::trim).filter(|c| !c.is_empty()).map(String::from).collect::<Vec<_>>(),
            ),
            Cell::Integer => match parse_whole(cell) {
                Some(n) => serde_json::Value::from(n),
                None => serde_json::Value::from(cell),
            },
            Cell::Number => match parse_number(cell, false) {
                Some(n) => serde_json::Value::from(n),
                None => serde_json::Value::from(cell),
            },
            Cell::Flag => match vn::fold(cell).as_str() {
                "true" | "1" | "x" | "co" | "yes" => serde_json::Value::Bool(true),
                "false" | "0" | "khong" | "no" => serde_json::Value::Bool(false),
                _ => serde_json::Value::from(cell),
            },
            Cell::Date => match parse_date(cell) {
                Some(date) => serde_json::Value::from(date.to_string()),
                None => {
                    errors.push(FieldError::new(
                        format!("[{row}].{}", column.key),
                        "date",
                        format!("'{cell}' is not a date: write dd/mm/yyyy or yyyy-mm-dd"),
                    ));
                    continue;
                }
            },
            Cell::Code { lookup, .. } => serde_json::Value::from(lookup(cell).unwrap_or(cell)),
            // An id is a number; a name stays text for the import to resolve.
            Cell::Association => match parse_whole(cell) {
                Some(id) => serde_json::Value::from(id),
                None => serde_json::Value::from(cell),
            },
            Cell::Text => serde_json::Value::from(cell),
        };
        object.insert(column.key.to_owned(), value);
    }
    for (column, _) in found.iter().flatten().filter(|(c, _)| matches!(c.cell, Cell::List)) {
        object.entry(column.key).or_insert_with(|| serde_json::Value::Array(Vec::new()));
    }
    serde_json::Value::Object(object)
}
