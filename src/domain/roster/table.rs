//! A roster read into rows of cells, and the bounds on what a file may hold.

use super::column::Column;
use crate::domain::import::{row_error, Header, Lang, RowError, MAX_CELL_CHARS};

/// A row of a roster file: the cells of the columns it has, with the header as written.
#[derive(Debug, Clone, Default)]
pub struct SourceRow {
    /// Row number (see [`RowError::row`]).
    pub number: usize,
    /// (column, header as written, cell; `None` when empty or null). A row found invalid while
    /// reading keeps only its external_id: enough to tell duplicates and, in a snapshot, that
    /// the member is still in the file.
    pub cells: Vec<(Column, Header, Option<String>)>,
    /// Something was wrong with the row as read (its errors are in [`Table::errors`], or
    /// counted there past [`MAX_ERRORS`]).
    pub invalid: bool,
}

impl SourceRow {
    /// Whether the row has this column.
    pub fn has(&self, column: Column) -> bool {
        self.cells.iter().any(|(c, _, _)| *c == column)
    }

    /// The cell of `column`: `None` when the row lacks the column, `Some(None)` when it is empty.
    pub fn get(&self, column: Column) -> Option<(&str, Option<&str>)> {
        self.cells.iter().find(|(c, _, _)| *c == column).map(|(_, h, v)| (&**h, v.as_deref()))
    }

    /// The header of `column` as written, or its key.
    pub fn header(&self, column: Column) -> String {
        self.get(column).map_or_else(|| column.key().to_owned(), |(h, _)| h.to_owned())
    }

    /// Marks the row invalid and lets go of every cell but its external_id.
    fn set_invalid(&mut self) {
        self.invalid = true;
        self.cells.retain(|(c, _, _)| *c == Column::ExternalId);
    }
}

/// The most row errors a report lists; the rows with errors are all counted.
pub const MAX_ERRORS: usize = 1_000;

/// The rows of a file, and the errors found reading it (unknown columns, bad records).
/// Memory stays in proportion to the valid rows: errors past [`MAX_ERRORS`] are only counted,
/// invalid rows keep only their key, and a refused file keeps no rows at all.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Rows that could be read (none when the file is refused).
    pub rows: Vec<SourceRow>,
    /// Member rows (or records) in the file, kept or not.
    pub row_count: usize,
    /// What was wrong with the header or with rows, in row order: the first [`MAX_ERRORS`].
    pub errors: Vec<RowError>,
    /// Rows (the header included) with something wrong, all of them.
    pub invalid_rows: usize,
    /// The file's structure is wrong (an unknown or repeated column, a record that is not an
    /// object, a value of the wrong JSON type, no external_id column or key): the sync is
    /// refused even with `on_error=skip`, because skipping would lose data silently.
    pub refuse: bool,
    /// The row of the last error, to count rows rather than errors.
    pub(super) last_error_row: Option<usize>,
}

impl Table {
    /// Records an error (rows are read in order, so a row's errors come together).
    pub(super) fn error(&mut self, error: RowError) {
        if self.last_error_row != Some(error.row) {
            self.invalid_rows += 1;
            self.last_error_row = Some(error.row);
        }
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(error);
        }
    }

    /// The file is refused: its rows are no longer needed.
    pub(super) fn set_refused(&mut self) {
        self.refuse = true;
        self.rows = Vec::new();
    }

    /// Adds a read row: kept while the file may still be synced, invalid ones only by key.
    pub(super) fn push(&mut self, mut row: SourceRow) {
        if self.refuse {
            return;
        }
        if row.invalid {
            row.set_invalid();
        }
        self.rows.push(row);
    }
}

pub(super) fn too_long_error(lang: Lang, number: usize, header: &str) -> RowError {
    row_error(lang, number, Some(header), "length", &format!("the cell has more than {MAX_CELL_CHARS} characters"))
}
