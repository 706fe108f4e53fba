//! Reading one cell: dates, codes and labels; neutralising what a spreadsheet would run.

use chrono::NaiveDate;

use crate::domain::codes::CodeList;

/// A date written `yyyy-mm-dd`, `dd/mm/yyyy`, `dd-mm-yyyy` or `dd.mm.yyyy`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let text = text.split(['T', ' ']).next().unwrap_or(text);
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(text, "%d-%m-%Y"))
        .or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .ok()
        .filter(|d| chrono::Datelike::year(d) >= 1000)
}

/// A value of a code list by its code, a label or another spelling of it
/// ([`crate::domain::codes::code_from_label`]).
pub fn parse_code<T: CodeList>(text: &str) -> Option<T> {
    crate::domain::codes::code_from_label::<T>(text).and_then(T::from_code)
}

/// Writes one CSV cell's text safely for spreadsheets: a leading = + - @ tab or carriage
/// return gets an apostrophe, so the cell is never run as a formula. A plain negative number
/// (`-2`, `-2.5`) stays as it is: it is no formula, and a spreadsheet should read a number.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_negative(text) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// `-` then digits, with at most one `.` between digits.
fn is_plain_negative(text: &str) -> bool {
    let Some(number) = text.strip_prefix('-') else { return false };
    let mut parts = number.splitn(2, '.');
    let digits = |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let whole = parts.next();
    let fraction = parts.next();
    digits(whole) && (fraction.is_none() || digits(fraction))
}
