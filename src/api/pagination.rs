//! Keyset pagination: `limit` (default 50, at most 500) and an opaque `cursor` that encodes the
//! sort key and id of the last item, so pages stay stable while rows are inserted. Cursors are
//! signed (HMAC-SHA256, 128 bits, with a key derived from the national-ID hash key, the same on
//! every replica and across restarts): a cursor the service did not make is a `400`.

use std::sync::OnceLock;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

/// Default page size.
pub const DEFAULT_LIMIT: i64 = 50;
/// Largest page size.
pub const MAX_LIMIT: i64 = 500;

/// The position after the last item of a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    /// The sort the cursor belongs to.
    pub s: String,
    /// The sort key of the last item.
    pub k: String,
    /// The id of the last item.
    pub i: i64,
}

/// The key cursors are signed with: set once at start ([`set_cursor_key`]); a process that
/// never sets one (a tool) signs with a random key of its own.
static CURSOR_KEY: OnceLock<Vec<u8>> = OnceLock::new();

/// Sets the key cursors are signed with; later calls change nothing.
pub fn set_cursor_key(key: Vec<u8>) {
    let _ = CURSOR_KEY.set(key);
}

fn cursor_key() -> &'static [u8] {
    CURSOR_KEY.get_or_init(|| {
        let mut key = vec![0u8; 32];
        if getrandom::fill(&mut key).is_err() {
            key = uuid::Uuid::new_v4().as_bytes().to_vec();
        }
        key
    })
}

/// The signature of a cursor's content: the first 16 bytes of its HMAC-SHA256.
fn tag(content: &[u8]) -> [u8; 16] {
    let mac = crate::domain::national_id::hmac_sha256(cursor_key(), content);
    let mut tag = [0u8; 16];
    tag.copy_from_slice(&mac[..16]);
    tag
}

impl Cursor {
    /// The opaque text form: the content and its signature.
    pub fn encode(&self) -> String {
        let content = serde_json::to_vec(self).unwrap_or_default();
        format!("{}.{}", URL_SAFE_NO_PAD.encode(&content), URL_SAFE_NO_PAD.encode(tag(&content)))
    }

    /// Reads an optional cursor: absent or empty is the first page.
    pub fn decode_opt(text: Option<&str>, sort: &str) -> Result<Option<Self>, ApiError> {
        match text.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => Self::decode(t, sort).map(Some),
            None => Ok(None),
        }
    }

    /// Reads a cursor made for `sort`; anything else is a 400.
    pub fn decode(text: &str, sort: &str) -> Result<Self, ApiError> {
        let bad =
            || ApiError::BadRequest("cursor is invalid: pass next_cursor from the previous page unchanged".into());
        let (content, signature) = text.trim().split_once('.').ok_or_else(bad)?;
        let bytes = URL_SAFE_NO_PAD.decode(content).map_err(|_| bad())?;
        let signature = URL_SAFE_NO_PAD.decode(signature).map_err(|_| bad())?;
        // Every byte compared, whatever the first difference.
        let expected = tag(&bytes);
        if signature.len() != expected.len() || signature.iter().zip(expected).fold(0, |d, (a, b)| d | (a ^ b)) != 0 {
            return Err(bad());
        }
        let cursor: Cursor = serde_json::from_slice(&bytes).map_err(|_| bad())?;
        if cursor.s != sort {
            return Err(ApiError::BadRequest(format!(
                "cursor belongs to sort '{}', not '{sort}': keep the same sort while paging",
                cursor.s
            )));
        }
        Ok(cursor)
    }
}

/// Reads an optional cursor of `sort` whose key parses as `K` (a year, a date): the key and id
/// to continue after; anything else is a 400.
pub fn decode_key<K: std::str::FromStr>(text: Option<&str>, sort: &str) -> Result<Option<(K, i64)>, ApiError> {
    match Cursor::decode_opt(text, sort)? {
        Some(c) => match c.k.parse::<K>() {
            Ok(key) => Ok(Some((key, c.i))),
            Err(_) => {
                Err(ApiError::BadRequest("cursor is invalid: pass next_cursor from the previous page unchanged".into()))
            }
        },
        None => Ok(None),
    }
}

/// Splits the `limit + 1` rows a page query loaded into the page and the cursor of the next
/// one (`None` on the last page); `key` gives a row's sort key and id.
pub fn page<T>(rows: Vec<T>, limit: i64, sort: &str, key: impl Fn(&T) -> (String, i64)) -> (Vec<T>, Option<String>) {
    let has_more = rows.len() as i64 > limit;
    let rows: Vec<T> = rows.into_iter().take(usize::try_from(limit).unwrap_or(0)).collect();
    let next = if has_more {
        rows.last().map(|r| {
            let (k, i) = key(r);
            Cursor { s: sort.into(), k, i }.encode()
        })
    } else {
        None
    };
    (rows, next)
}

/// Checks `limit`: 1 to 500, 50 when absent.
pub fn limit(requested: Option<i64>) -> Result<i64, ApiError> {
    match requested {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(_) => Err(ApiError::invalid("limit", "range", format!("must be between 1 and {MAX_LIMIT}"))),
    }
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
pub fn like_contains(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len() + 2);
    out.push('%');
    for c in folded.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips_and_is_bound_to_its_sort() {
        let c = Cursor { s: "name".into(), k: "h0o1i0".into(), i: 42 };
        let text = c.encode();
        assert_eq!(Cursor::decode(&text, "name").expect("decodes"), c);
        assert!(Cursor::decode(&text, "-name").is_err());
        assert!(Cursor::decode("not-a-cursor", "name").is_err());
    }

    #[test]
    fn a_tampered_or_unsigned_cursor_is_refused() {
        let text = Cursor { s: "name".into(), k: "nguyen van an".into(), i: 42 }.encode();
        let (content, signature) = text.split_once('.').expect("signed");
        // Another position with the first cursor's signature: refused.
        let other = Cursor { s: "name".into(), k: "nguyen van an".into(), i: 43 }.encode();
        let other_content = other.split_once('.').expect("signed").0;
        assert!(Cursor::decode(&format!("{other_content}.{signature}"), "name").is_err());
        assert!(Cursor::decode(content, "name").is_err(), "unsigned");
        assert!(Cursor::decode(&format!("{content}.AAAA"), "name").is_err());
        assert!(Cursor::decode(&other, "name").is_ok());
    }

    #[test]
    fn limit_is_checked() {
        assert_eq!(limit(None).expect("default"), 50);
        assert_eq!(limit(Some(500)).expect("max"), 500);
        assert!(limit(Some(0)).is_err());
        assert!(limit(Some(501)).is_err());
    }

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(like_contains("a%b_c\\"), "%a\\%b\\_c\\\\%");
    }
}
