//! What is wrong with a row, said in the caller's language.

use serde::Serialize;
use utoipa::ToSchema;

/// One thing wrong with a row (or with the header, row 1 of a CSV file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ToSchema)]
pub struct RowError {
    /// The row: in a CSV or XLSX file the sheet row (the header is row 1, the first member
    /// row 2); in a JSON array the record's position, from 1; 0 for the file as a whole.
    pub row: usize,
    /// The column as the file names it, when the error is about one.
    pub column: Option<String>,
    /// Machine-readable reason: `required`, `unknown_column`, `duplicate`, `date`, `number`,
    /// `code`, `length`, `range`, `format`, `email`, `phone`, `future`, `mismatch`, …
    pub code: String,
    /// Human-readable explanation, in Vietnamese when the request asked for it
    /// (`Accept-Language: vi`).
    pub message: String,
    /// The cell as the file writes it, when the error is about one (never a national ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

pub use crate::messages::Lang;

/// A row error, with the message in `lang`: the English message as given, or a Vietnamese
/// one chosen by code.
pub fn row_error(lang: Lang, row: usize, column: Option<&str>, code: &str, english: &str) -> RowError {
    RowError {
        row,
        column: column.map(str::to_owned),
        code: code.to_owned(),
        message: message(lang, code, english),
        value: None,
    }
}

/// An error's message in `lang`: the English message as given, or a Vietnamese one chosen by
/// its code, the English one after it in brackets.
pub fn message(lang: Lang, code: &str, english: &str) -> String {
    crate::messages::field(lang, code, english)
}

/// A header as the file writes it, shared by every cell of its column.
pub type Header = std::sync::Arc<str>;
