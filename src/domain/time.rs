//! Time: instants are stored in UTC truncated to microseconds (PostgreSQL's precision); the
//! union's time zone decides what "today" is.

use chrono::{NaiveDate, NaiveDateTime, Timelike, Utc};
use chrono_tz::Tz;

/// The current instant in UTC, truncated to microseconds.
pub fn now() -> NaiveDateTime {
    truncate(Utc::now().naive_utc())
}

/// Truncates an instant to microseconds.
pub fn truncate(t: NaiveDateTime) -> NaiveDateTime {
    let micros = t.nanosecond() / 1_000 * 1_000;
    t.with_nanosecond(micros).unwrap_or(t)
}

/// Today's date in the union's time zone.
pub fn today(tz: Tz) -> NaiveDate {
    Utc::now().with_timezone(&tz).date_naive()
}

/// An instant as RFC 3339 in UTC (`2026-11-27T03:04:05.123456Z`).
pub fn rfc3339(t: NaiveDateTime) -> chrono::DateTime<Utc> {
    t.and_utc()
}
