//! What is deprecated, in one table: the OpenAPI document marks the operations and parameters
//! it names `deprecated`, and every answer that used one of its entries says so — RFC 9745
//! `Deprecation` (the day it was deprecated), RFC 8594 `Sunset` (the day it goes, once set) and
//! RFC 8288 `Link: <…>; rel="successor-version"` (what replaces it). The policy is
//! docs/api/versioning.md.

use actix_web::http::header::{HeaderName, HeaderValue};
use chrono::NaiveDate;

/// What of an operation is deprecated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deprecated {
    /// The operation itself.
    Operation,
    /// One of its query parameters, when a request sends it.
    Parameter(&'static str),
    /// Answering in this media type, which the operation's contract no longer names (a way of
    /// asking kept for older clients, e.g. `format=csv` on a JSON path).
    Answer(&'static str),
}

/// One deprecation.
#[derive(Debug, Clone, Copy)]
pub struct Deprecation {
    /// The method, upper case.
    pub method: &'static str,
    /// The route, as the document writes its path (`/api/v1/associations/{id}/roster`).
    pub path: &'static str,
    pub what: Deprecated,
    /// The day it was deprecated, `YYYY-MM-DD`.
    pub since: &'static str,
    /// The day it stops working, `YYYY-MM-DD`, once decided (at least 6 months after `since`).
    pub sunset: Option<&'static str>,
    /// What replaces it: the request's path with this suffix (`.csv`), and its query without
    /// the parameters in `drop`.
    pub successor_suffix: &'static str,
    /// Query parameters the successor does not take.
    pub drop: &'static [&'static str],
}

impl Deprecation {
    /// Whether a request's path could be of this entry's route: segment by segment, a `{…}`
    /// segment standing for any one. Decided without allocating, so that the usual request,
    /// which uses nothing deprecated, is let through at no cost.
    pub fn may_be(&self, method: &str, path: &str) -> bool {
        if self.method != method {
            return false;
        }
        let mut route = self.path.split('/');
        let mut given = path.split('/');
        loop {
            match (route.next(), given.next()) {
                (None, None) => return true,
                (Some(r), Some(g)) if r == g || (r.starts_with('{') && r.ends_with('}') && !g.is_empty()) => {}
                _ => return false,
            }
        }
    }
}

const CSV: &str = "text/csv";
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Choosing a file format on a JSON path: each download has its own path since 2026-12-08.
const fn file_on_json_path(path: &'static str, media: &'static str, suffix: &'static str) -> Deprecation {
    Deprecation {
        method: "GET",
        path,
        what: Deprecated::Answer(media),
        since: "2026-12-08",
        sunset: None,
        successor_suffix: suffix,
        drop: &["format"],
    }
}

/// Everything deprecated now.
pub const DEPRECATIONS: &[Deprecation] = &[
    file_on_json_path("/api/v1/statistics/summary", CSV, ".csv"),
    file_on_json_path("/api/v1/statistics/series", CSV, ".csv"),
    file_on_json_path("/api/v1/statistics/indicators", CSV, ".csv"),
    file_on_json_path("/api/v1/associations/{id}/roster", CSV, ".csv"),
    file_on_json_path("/api/v1/associations/{id}/roster", XLSX, ".xlsx"),
];

/// A request as far as deprecations look at it, with its answer's media type.
pub struct Used<'a> {
    pub method: &'a str,
    /// The matched route (`/api/v1/associations/{id}/roster`).
    pub route: &'a str,
    /// The request's own path (`/api/v1/associations/3/roster`).
    pub path: &'a str,
    pub query: &'a str,
    pub content_type: &'a str,
}

/// The headers an answer gets for what of `table` the request used.
pub fn headers(table: &[Deprecation], used: &Used<'_>) -> Vec<(HeaderName, HeaderValue)> {
    let mut out = Vec::new();
    let sent = |name: &str| used.query.split('&').any(|p| p == name || p.starts_with(&format!("{name}=")));
    for d in table.iter().filter(|d| d.method == used.method && d.path == used.route) {
        let applies = match d.what {
            Deprecated::Operation => true,
            Deprecated::Parameter(name) => sent(name),
            Deprecated::Answer(media) => used.content_type.starts_with(media),
        };
        if !applies {
            continue;
        }
        if let Some(value) = epoch_day(d.since).and_then(|s| HeaderValue::from_str(&format!("@{s}")).ok()) {
            out.push((HeaderName::from_static("deprecation"), value));
        }
        if let Some(value) = d.sunset.and_then(http_date).and_then(|s| HeaderValue::from_str(&s).ok()) {
            out.push((HeaderName::from_static("sunset"), value));
        }
        let kept: Vec<&str> = used
            .query
            .split('&')
            .filter(|p| !p.is_empty() && !d.drop.iter().any(|n| *p == *n || p.starts_with(&format!("{n}="))))
            .collect();
        let mut successor = format!("{}{}", used.path, d.successor_suffix);
        if !kept.is_empty() {
            successor.push('?');
            successor.push_str(&kept.join("&"));
        }
        if let Ok(value) = HeaderValue::from_str(&format!("<{successor}>; rel=\"successor-version\"")) {
            out.push((actix_web::http::header::LINK, value));
        }
    }
    out
}

fn day(date: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok().and_then(|d| d.and_hms_opt(0, 0, 0)).map(|t| t.and_utc())
}

fn epoch_day(date: &str) -> Option<i64> {
    day(date).map(|t| t.timestamp())
}

/// An HTTP date (RFC 9110 IMF-fixdate).
fn http_date(date: &str) -> Option<String> {
    day(date).map(|t| t.format("%a, %d %b %Y %H:%M:%S GMT").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn used<'a>(route: &'a str, path: &'a str, query: &'a str, content_type: &'a str) -> Used<'a> {
        Used { method: "GET", route, path, query, content_type }
    }

    fn named(headers: &[(HeaderName, HeaderValue)]) -> Vec<(String, String)> {
        headers.iter().map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_owned())).collect()
    }

    #[test]
    fn a_path_may_be_of_a_route_segment_by_segment() {
        let roster = file_on_json_path("/api/v1/associations/{id}/roster", CSV, ".csv");
        assert!(roster.may_be("GET", "/api/v1/associations/7/roster"));
        assert!(!roster.may_be("POST", "/api/v1/associations/7/roster"));
        for other in [
            "/api/v1/associations/7/roster/sync",
            "/api/v1/associations//roster",
            "/api/v1/associations/7",
            "/api/v1/associations/7/roster.csv",
            "/api/v1/statistics/summary",
        ] {
            assert!(!roster.may_be("GET", other), "{other}");
        }
        let summary = file_on_json_path("/api/v1/statistics/summary", CSV, ".csv");
        assert!(summary.may_be("GET", "/api/v1/statistics/summary"));
        assert!(!summary.may_be("GET", "/api/v1/statistics/summary/"));
    }

    #[test]
    fn an_operation_a_parameter_and_an_answer_are_marked_only_when_used() {
        let table = [
            Deprecation {
                method: "GET",
                path: "/api/v1/old",
                what: Deprecated::Operation,
                since: "2026-12-08",
                sunset: Some("2027-06-08"),
                successor_suffix: "/../new",
                drop: &[],
            },
            Deprecation {
                method: "GET",
                path: "/api/v1/things/{id}",
                what: Deprecated::Parameter("legacy"),
                since: "1970-01-02",
                sunset: None,
                successor_suffix: "",
                drop: &["legacy"],
            },
            file_on_json_path("/api/v1/figures", CSV, ".csv"),
        ];
        assert_eq!(
            named(&headers(&table, &used("/api/v1/old", "/api/v1/old", "", "application/json"))),
            vec![
                ("deprecation".into(), "@1796688000".into()),
                ("sunset".into(), "Tue, 08 Jun 2027 00:00:00 GMT".into()),
                ("link".into(), "</api/v1/old/../new>; rel=\"successor-version\"".into()),
            ]
        );
        let thing =
            |query| headers(&table, &used("/api/v1/things/{id}", "/api/v1/things/7", query, "application/json"));
        assert!(thing("").is_empty() && thing("legacyx=1&a=2").is_empty(), "not sent: nothing said");
        assert_eq!(
            named(&thing("a=1&legacy=2&b=3")),
            vec![
                ("deprecation".into(), "@86400".into()),
                ("link".into(), "</api/v1/things/7?a=1&b=3>; rel=\"successor-version\"".into()),
            ]
        );
        let figures = |content_type| {
            headers(&table, &used("/api/v1/figures", "/api/v1/figures", "year=2020&format=csv", content_type))
        };
        assert!(figures("application/json").is_empty(), "the contract's answer: nothing said");
        assert_eq!(
            named(&figures("text/csv; charset=utf-8"))[1].1,
            "</api/v1/figures.csv?year=2020>; rel=\"successor-version\""
        );
        let other_method = Used { method: "POST", ..used("/api/v1/old", "/api/v1/old", "", "") };
        assert!(headers(&table, &other_method).is_empty());
    }
}
