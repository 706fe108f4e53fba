//! Field rules shared by DTOs (used with `validator`'s `custom`) and small helpers to
//! normalise input.

use chrono::NaiveDate;
use validator::ValidationError;

use crate::error::FieldError;

fn error(code: &'static str, message: &'static str) -> ValidationError {
    ValidationError::new(code).with_message(message.into())
}

/// A phone number: digits with optional `+`, spaces, dots, dashes and parentheses; 8 to 15 digits.
pub fn phone(value: &str) -> Result<(), ValidationError> {
    let allowed = value.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '.' | '-' | '(' | ')'));
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if allowed && (8..=15).contains(&digits) && value.len() <= 30 {
        Ok(())
    } else {
        Err(error("phone", "must be a phone number of 8 to 15 digits"))
    }
}

/// An absolute `http` or `https` URL with a host name (and perhaps a port): what the schemas'
/// pattern `^https?://[^\s/?#\[\]@\\]+` says. No user name (`@`), no bracketed IPv6 address
/// (`[`, `]`: a half-open one breaks URL parsers), no backslash.
pub fn http_url(value: &str) -> Result<(), ValidationError> {
    let rest = value.strip_prefix("https://").or_else(|| value.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    let refused = |c: char| c.is_whitespace() || matches!(c, '[' | ']' | '@' | '\\');
    match host {
        Some(h) if !h.is_empty() && !h.contains(refused) && value.len() <= 300 => Ok(()),
        _ => Err(error("url", "must be an absolute http or https URL with a host name")),
    }
}

/// A text that is not blank after trimming.
pub fn not_blank(value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        Err(error("blank", "must not be blank"))
    } else {
        Ok(())
    }
}

/// Adds an error for each text that holds a character no reader can see: a control character
/// other than tab and line breaks (NUL included, which no backend stores the same way), or an
/// invisible formatting character (zero-width spaces and joiners, bidirectional embeddings,
/// overrides and isolates, the byte-order mark, soft hyphens, …: Unicode's category Cf).
/// "Hội Sao\u{200b}Chép" would otherwise be a second association beside "Hội Sao Chép", and
/// U+202E would show a name backwards. Names are normalised before (`vn::normalize_name`:
/// NFC, white space collapsed), so they hold no tab or line break either.
pub fn plain_text<'a>(fields: impl IntoIterator<Item = (&'a str, Option<&'a str>)>, errors: &mut Vec<FieldError>) {
    for (field, value) in fields {
        if let Some(c) = value.and_then(|v| v.chars().find(|c| is_unseen(*c))) {
            errors.push(FieldError::new(
                field,
                "character",
                format!("must not contain control or invisible formatting characters (U+{:04X})", u32::from(c)),
            ));
        }
    }
}

/// A control character other than tab and line breaks, or a format character (category Cf).
fn is_unseen(c: char) -> bool {
    if matches!(c, '\t' | '\n' | '\r') {
        return false;
    }
    c.is_control()
        || matches!(u32::from(c),
            0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x180E
            | 0x200B..=0x200F | 0x2028..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF
            | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F)
}

/// Adds an error unless `code` is lower-case letters, digits and `_`, starting with a letter
/// (the form of every code in this API).
pub fn code_format(field: &str, code: &str, errors: &mut Vec<FieldError>) {
    let ok = code.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !ok {
        errors.push(FieldError::new(field, "format", "use lower-case letters, digits and _, starting with a letter"));
    }
}

/// Trims a text; a blank one becomes `None`.
pub fn clean(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// A date that must not be after `today` (in the union's time zone).
pub fn not_future(field: &str, date: Option<NaiveDate>, today: NaiveDate, errors: &mut Vec<FieldError>) {
    if let Some(d) = date {
        if d > today {
            errors.push(FieldError::new(field, "future", format!("must not be in the future (today is {today})")));
        }
    }
}

/// A date that must not be before another.
pub fn not_before(
    field: &str,
    date: Option<NaiveDate>,
    other_field: &str,
    other: Option<NaiveDate>,
    errors: &mut Vec<FieldError>,
) {
    if let (Some(d), Some(o)) = (date, other) {
        if d < o {
            errors.push(FieldError::new(field, "range", format!("must not be before {other_field} ({o})")));
        }
    }
}

/// The dates of a workflow's steps in the order the steps happen (`None`: not taken, or taken
/// before dates were kept): each must not be before the latest date of an earlier step.
pub fn steps_in_order(steps: &[(&str, Option<NaiveDate>)], errors: &mut Vec<FieldError>) {
    let mut latest: Option<(&str, NaiveDate)> = None;
    for &(field, date) in steps {
        let Some(date) = date else { continue };
        match latest {
            Some((earlier, before)) if date < before => {
                errors.push(FieldError::new(field, "range", format!("must not be before {earlier} ({before})")));
            }
            _ => latest = Some((field, date)),
        }
    }
}

/// Runs `validator` on `value` and adds `extra` errors; a 422 listing them all when any.
pub fn check(value: &impl validator::Validate, extra: Vec<FieldError>) -> Result<(), crate::error::ApiError> {
    let mut errors = match value.validate() {
        Ok(()) => Vec::new(),
        Err(e) => match crate::error::ApiError::from(e) {
            crate::error::ApiError::Validation(list) => list,
            other => return Err(other),
        },
    };
    errors.extend(extra);
    if errors.is_empty() {
        Ok(())
    } else {
        errors.sort_by(|a, b| (&a.field, &a.code).cmp(&(&b.field, &b.code)));
        errors.dedup_by(|a, b| a.field == b.field && a.code == b.code);
        Err(crate::error::ApiError::Validation(errors))
    }
}

/// The rules the input breaks as it arrived, before any trimming: the lengths and ranges the
/// OpenAPI document states apply to what the client sent (5,000 spaces are too long even
/// though they trim to nothing). `into_data` passes them to [`check`] with its own.
pub fn as_sent(value: &impl validator::Validate) -> Vec<FieldError> {
    match check(value, Vec::new()) {
        Err(crate::error::ApiError::Validation(errors)) => errors,
        _ => Vec::new(),
    }
}

/// Checks an optional `year` query parameter: 1 to 9999, else a 422 naming it.
pub fn year_param(name: &str, year: Option<i32>) -> Result<Option<i32>, crate::error::ApiError> {
    match year {
        Some(y) if !(1..=9999).contains(&y) => {
            Err(crate::error::ApiError::invalid(name, "range", "must be between 1 and 9999"))
        }
        other => Ok(other),
    }
}

/// Checks the length of an optional text query parameter (and that it holds no NUL), else a 422 naming it.
pub fn max_chars_param(name: &str, value: Option<&str>, max: usize) -> Result<(), crate::error::ApiError> {
    if value.is_some_and(|v| v.chars().count() > max) {
        return Err(crate::error::ApiError::invalid(name, "length", format!("must be at most {max} characters long")));
    }
    if value.is_some_and(|v| v.contains('\0')) {
        return Err(crate::error::ApiError::invalid(name, "nul", "must not contain NUL characters"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_with_unseen_characters_are_refused() {
        let check = |text: &str| {
            let mut errors = Vec::new();
            plain_text([("name", Some(text))], &mut errors);
            errors.is_empty()
        };
        for ok in ["Hội Sao Chép", "Nguyễn Văn An", "line\nbreak\ttab\r\n", "Ꮳ", "😀"] {
            assert!(check(ok), "{ok:?}");
        }
        for bad in [
            "Hội Sao\u{200b}Chép",
            "a\u{202e}b",
            "a\u{2066}b",
            "a\u{1b}[31m",
            "a\u{7}",
            "a\0",
            "a\u{feff}",
            "a\u{ad}b",
            "\u{85}",
        ] {
            assert!(!check(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_step_date_before_an_earlier_one_is_named_against_the_latest_good_one() {
        let d = |day: u32| NaiveDate::from_ymd_opt(2019, 3, day);
        let mut errors = Vec::new();
        steps_in_order(
            &[("a", d(10)), ("b", None), ("c", d(20)), ("d", d(15)), ("e", d(18)), ("f", d(20))],
            &mut errors,
        );
        let named: Vec<(&str, &str)> = errors.iter().map(|e| (e.field.as_str(), e.message.as_str())).collect();
        assert_eq!(
            named,
            [("d", "must not be before c (2019-03-20)"), ("e", "must not be before c (2019-03-20)")],
            "a wrong date does not become the one later dates are held to; equal dates are in order"
        );
    }

    #[test]
    fn phones_and_urls() {
        assert!(phone("0212 3852 123").is_ok());
        assert!(phone("+84 912-345-678").is_ok());
        assert!(phone("12345").is_err());
        assert!(phone("call me").is_err());
        assert!(http_url("https://lienhiephoi.sonla.gov.vn/gioi-thieu").is_ok());
        assert!(http_url("mailto:a@b.vn").is_err());
        assert!(http_url("https://").is_err());
        assert!(http_url("http://[").is_err(), "a half-open IPv6 address");
        assert!(http_url("http://user@example.vn").is_err());
        assert!(http_url("http://a\\b").is_err());
        assert!(http_url("http://hội.vn:8080/x?y#z").is_ok());
    }
}
