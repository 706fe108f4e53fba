//! What the imports endpoints answer.

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::import::{Cell, CellKind, Column};

/// One column of an import file.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ImportColumn {
    /// The record's key: the JSON field, and a header the file may use.
    pub key: String,
    /// The Vietnamese header the template writes.
    pub header: String,
    /// Other headers the column is known by (compared without case or diacritics).
    pub other_headers: Vec<String>,
    /// What its cells hold.
    pub cell: CellKind,
    /// For `code` cells, the code list, at `/api/v1/reference/{list}`.
    pub list: Option<String>,
}

impl ImportColumn {
    /// The column as its declaration says.
    pub fn of(column: &Column) -> Self {
        let list = match column.cell {
            Cell::Code { list, .. } => Some(list.to_owned()),
            _ => None,
        };
        ImportColumn {
            key: column.key.to_owned(),
            header: column.header.to_owned(),
            other_headers: column.aliases.iter().map(|a| (*a).to_owned()).collect(),
            cell: column.cell.kind(),
            list,
        }
    }
}

/// The columns of one import.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ImportColumns {
    /// The import: `roster`, `honourees`, `contest_entries`, `advisory_cases` or `activities`.
    pub kind: String,
    /// The endpoint that takes the file (`POST`).
    pub path: String,
    /// The template workbook.
    pub template: String,
    /// The columns, in the template's order.
    pub items: Vec<ImportColumn>,
}

/// The imports.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ImportList {
    /// Each import with its columns.
    pub items: Vec<ImportColumns>,
}
