//! Reading the files people import — rosters, honourees, contest entries, advisory cases,
//! activities — whatever they were saved as: the upload (a raw body or a form's `file` part),
//! the format (JSON, CSV, XLSX), the text encoding, rows of cells, and each cell (dates,
//! numbers, phone numbers, code-list values as people write them). Errors are said in the
//! caller's language.
//!
//! Everything here is pure: no database, no HTTP. Each import declares its columns and turns
//! the rows read here into its records.

mod cells;
mod encoding;
mod errors;
mod records;
mod sheet;
mod source;
mod xlsx;

pub use cells::*;
pub use encoding::decode;
pub use errors::*;
pub use records::{read_sheet, Cell, CellKind, Column, SheetError, SheetRecords};
pub use sheet::{open_csv, rows};
pub use source::{open, Format, Opened, Unreadable, Upload, XLSX_MEDIA_TYPE};
pub use xlsx::{xlsx_rows, XlsxLimits, MAX_XML_TEXT};

#[cfg(test)]
mod tests;
