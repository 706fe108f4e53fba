//! Reading one cell: text cleaned, dates, numbers, phone numbers, codes and labels;
//! neutralising what a spreadsheet would run.

use chrono::NaiveDate;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::domain::codes::CodeList;

/// The most characters of a cell (the longest field of any record is far shorter): a longer
/// cell is a `length` error of its row, and its text is not kept.
pub const MAX_CELL_CHARS: usize = 4_000;

/// A cell as read: spreadsheet guards removed, spaces trimmed, composed (NFC: a file typed
/// with combining tone marks, as some keyboards and Windows-1258 write Vietnamese, reads as
/// the same letters), empty as `None`.
pub fn clean(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    // Our exports put an apostrophe before a leading = + - @ so spreadsheets do not run the
    // cell as a formula; read back, the apostrophe goes.
    let unguarded = match trimmed.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => trimmed,
    };
    if unguarded.is_empty() {
        None
    } else if unguarded.is_ascii() || is_nfc_quick(unguarded.chars()) == IsNormalized::Yes {
        Some(unguarded.to_owned())
    } else {
        Some(unguarded.nfc().collect())
    }
}

/// Whether a cell's text is over [`MAX_CELL_CHARS`].
pub fn too_long(text: &str) -> bool {
    // Bytes first: a cell of fewer bytes than the limit has fewer characters too.
    text.len() > MAX_CELL_CHARS && text.chars().count() > MAX_CELL_CHARS
}

/// A number as Vietnamese and English spreadsheets write it: `1234`, `1.234` or `1 234`
/// (thousands), `1.234,5` or `1234,5` (Vietnamese decimals), `1,234.5` or `1234.5`. A single
/// `.` or `,` followed by exactly three digits is read as thousands when `whole` is set (a
/// whole-number column: `1.500` people) and as decimals otherwise only if it is `.`. `None`
/// when the text is no number.
pub fn parse_number(text: &str, whole: bool) -> Option<f64> {
    let text: String = text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, text.strip_prefix('+').unwrap_or(&text)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',') {
        return None;
    }
    let dots = digits.matches('.').count();
    let commas = digits.matches(',').count();
    let grouped = |sep: char| {
        // Every group after the first has exactly three digits, the first one to three.
        let mut groups = digits.split(sep);
        let first = groups.next().unwrap_or_default();
        (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3)
    };
    let normal = match (dots, commas) {
        (0, 0) => digits.to_owned(),
        // `1.234.567` or `1,234,567`: thousands.
        (d, 0) if d > 1 && grouped('.') => digits.replace('.', ""),
        (0, c) if c > 1 && grouped(',') => digits.replace(',', ""),
        // One separator: thousands in a whole-number column when it groups three digits.
        (1, 0) if whole && grouped('.') => digits.replace('.', ""),
        (0, 1) if whole && grouped(',') => digits.replace(',', ""),
        (1, 0) => digits.to_owned(),
        (0, 1) => digits.replace(',', "."),
        // Both: the last one is the decimal mark, the other groups thousands.
        _ => {
            let last_dot = digits.rfind('.');
            let last_comma = digits.rfind(',');
            let (thousands, decimal) = if last_comma > last_dot { ('.', ',') } else { (',', '.') };
            let (int_part, frac) = digits.rsplit_once(decimal)?;
            if frac.contains(thousands) || int_part.contains(decimal) {
                return None;
            }
            let mut groups = int_part.split(thousands);
            let first = groups.next().unwrap_or_default();
            if !(1..=3).contains(&first.len()) || !groups.all(|g| g.len() == 3) {
                return None;
            }
            format!("{}.{frac}", int_part.replace(thousands, ""))
        }
    };
    if normal.starts_with('.') || normal.ends_with('.') {
        return None;
    }
    normal.parse::<f64>().ok().filter(|n| n.is_finite()).map(|n| sign * n)
}

/// A whole number as [`parse_number`] reads it (`1.234` is 1234), `None` when the text is no
/// whole number or does not fit.
pub fn parse_whole(text: &str) -> Option<i64> {
    let n = parse_number(text, true)?;
    (n.fract() == 0.0 && n.abs() < 9.0e15).then_some(n as i64)
}

/// A Vietnamese phone number whose leading zero a spreadsheet dropped (it took the number for
/// a number): nine digits starting 3, 5, 7, 8 or 9 (a mobile, `0912 345 678`) or ten starting
/// 2 (a landline with its area code, `0212 3852 888`) get it back. Other text is left as written.
pub fn restore_phone(text: &str) -> std::borrow::Cow<'_, str> {
    let digits = text.trim();
    let restorable = digits.bytes().all(|b| b.is_ascii_digit())
        && match digits.len() {
            9 => matches!(digits.as_bytes()[0], b'3' | b'5' | b'7' | b'8' | b'9'),
            10 => digits.as_bytes()[0] == b'2',
            _ => false,
        };
    if restorable {
        std::borrow::Cow::Owned(format!("0{digits}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

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
