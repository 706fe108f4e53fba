//! Keyset pagination: `limit` (default 50, at most 500) and an opaque `cursor` that encodes the
//! sort key and id of the last item, so pages stay stable while rows are inserted. Cursors are
//! encrypted and signed with keys derived from the national-ID hash key (the same on every
//! replica and across restarts): their content (a sort key may be made from a person's name)
//! cannot be read, and a cursor the service did not make is a `400`. Every cursor is bound to
//! the [`Scope`] it was made under (filters, the caller's view, the parent resource): sent
//! under another, it is a `400`.

use std::sync::OnceLock;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::domain::national_id::hmac_sha256;
use crate::error::ApiError;

/// Default page size.
pub const DEFAULT_LIMIT: i64 = 50;
/// Largest page size.
pub const MAX_LIMIT: i64 = 500;

/// The longest cursor text read; the service never makes one near it.
const MAX_CURSOR_LEN: usize = 2_048;

/// The position after the last item of a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    /// The sort the cursor belongs to.
    pub s: String,
    /// The sort key of the last item.
    pub k: String,
    /// The id of the last item.
    pub i: i64,
    /// A digest of the filters the page was read under; empty for lists whose cursors are not
    /// bound to their filters.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub f: String,
}

/// The key cursors are made with: set once at start ([`set_cursor_key`]); a process that
/// never sets one (a tool) uses a random key of its own.
static CURSOR_KEY: OnceLock<Vec<u8>> = OnceLock::new();

/// Sets the key cursors are made with; later calls change nothing.
pub fn set_cursor_key(key: Vec<u8>) {
    let _ = CURSOR_KEY.set(key);
}

/// The signing and the encryption key, derived from the cursor key.
fn keys() -> &'static ([u8; 32], [u8; 32]) {
    static KEYS: OnceLock<([u8; 32], [u8; 32])> = OnceLock::new();
    KEYS.get_or_init(|| {
        let key = CURSOR_KEY.get_or_init(|| {
            let mut key = vec![0u8; 32];
            if getrandom::fill(&mut key).is_err() {
                key = uuid::Uuid::new_v4().as_bytes().to_vec();
            }
            key
        });
        (hmac_sha256(key, b"lienhiep cursor signature"), hmac_sha256(key, b"lienhiep cursor encryption"))
    })
}

/// The signature of a cursor's content: the first 16 bytes of its HMAC-SHA256.
fn tag(content: &[u8]) -> [u8; 16] {
    let mac = hmac_sha256(&keys().0, content);
    let mut tag = [0u8; 16];
    tag.copy_from_slice(&mac[..16]);
    tag
}

/// XORs `data` with the key stream that the tag selects: HMAC-SHA256 of the tag and a block
/// counter (a synthetic-IV construction: the same content gives the same cursor, and nothing
/// else about it shows).
fn apply_stream(tag: &[u8; 16], data: &mut [u8]) {
    for (block, chunk) in data.chunks_mut(32).enumerate() {
        let mut input = [0u8; 20];
        input[..16].copy_from_slice(tag);
        input[16..].copy_from_slice(&u32::try_from(block).unwrap_or(u32::MAX).to_be_bytes());
        let stream = hmac_sha256(&keys().1, &input);
        for (byte, k) in chunk.iter_mut().zip(stream) {
            *byte ^= k;
        }
    }
}

/// The 400 for a cursor that cannot be read.
pub fn invalid_cursor() -> ApiError {
    ApiError::BadRequest("cursor is invalid: pass next_cursor from the previous page unchanged".into())
}

/// What a list is read under: its filters, the caller's view of it, the resource it belongs
/// to. A cursor made under one scope is refused under another, so that a cursor taken with
/// `q=...` and sent without it cannot page through other rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope(String);

impl Scope {
    /// The scope of a list read under `filters` (its `Debug` form, which names every field).
    pub fn of(filters: &impl std::fmt::Debug) -> Self {
        Scope(URL_SAFE_NO_PAD.encode(&tag(format!("{filters:?}").as_bytes())[..12]))
    }
}

impl Cursor {
    /// The position after the item with sort key `k` and id `i` of a list sorted by `s`.
    pub fn new(s: impl Into<String>, k: impl Into<String>, i: i64) -> Self {
        Cursor { s: s.into(), k: k.into(), i, f: String::new() }
    }

    /// Binds the cursor to the scope it was made under.
    pub fn bound(mut self, scope: &Scope) -> Self {
        self.f = scope.0.clone();
        self
    }

    /// The opaque text form: the signature, then the encrypted content.
    pub fn encode(&self) -> String {
        let mut content = serde_json::to_vec(self).unwrap_or_default();
        let tag = tag(&content);
        apply_stream(&tag, &mut content);
        let mut out = tag.to_vec();
        out.extend(content);
        URL_SAFE_NO_PAD.encode(out)
    }

    /// Reads an optional cursor: absent or empty is the first page.
    pub fn decode_opt(text: Option<&str>, sort: &str, scope: &Scope) -> Result<Option<Self>, ApiError> {
        match text.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => Self::decode(t, sort, scope).map(Some),
            None => Ok(None),
        }
    }

    /// Reads a cursor made for `sort` under `scope`; anything else is a 400 that says which.
    pub fn decode(text: &str, sort: &str, scope: &Scope) -> Result<Self, ApiError> {
        let cursor = Self::open(text)?;
        if cursor.s != sort {
            return Err(ApiError::BadRequest(format!(
                "cursor belongs to sort '{}', not '{sort}': keep the same sort while paging",
                cursor.s
            )));
        }
        if cursor.f != scope.0 {
            return Err(ApiError::BadRequest(
                "cursor was made under other filters: send the same query parameters as the request that \
                 returned it (only cursor, limit and include_total may change), or start again without cursor"
                    .into(),
            ));
        }
        Ok(cursor)
    }

    /// Decrypts and checks a cursor's text, whatever it was made for.
    fn open(text: &str) -> Result<Self, ApiError> {
        let text = text.trim();
        if text.len() > MAX_CURSOR_LEN {
            return Err(invalid_cursor());
        }
        let bytes = URL_SAFE_NO_PAD.decode(text).map_err(|_| invalid_cursor())?;
        if bytes.len() < 16 {
            return Err(invalid_cursor());
        }
        let (signature, sealed) = bytes.split_at(16);
        let mut signed = [0u8; 16];
        signed.copy_from_slice(signature);
        let mut content = sealed.to_vec();
        apply_stream(&signed, &mut content);
        // Every byte compared, whatever the first difference.
        let expected = tag(&content);
        if signed.iter().zip(expected).fold(0, |d, (a, b)| d | (a ^ b)) != 0 {
            return Err(invalid_cursor());
        }
        serde_json::from_slice(&content).map_err(|_| invalid_cursor())
    }
}

/// Reads an optional cursor of `sort` under `scope` whose key parses as `K` (a year, a date):
/// the key and id to continue after; anything else is a 400.
pub fn decode_key<K: std::str::FromStr>(
    text: Option<&str>,
    sort: &str,
    scope: &Scope,
) -> Result<Option<(K, i64)>, ApiError> {
    match Cursor::decode_opt(text, sort, scope)? {
        Some(c) => match c.k.parse::<K>() {
            Ok(key) => Ok(Some((key, c.i))),
            Err(_) => Err(invalid_cursor()),
        },
        None => Ok(None),
    }
}

/// Splits the `limit + 1` rows a page query loaded into the page and the cursor of the next
/// one (`None` on the last page), made under `scope`; `key` gives a row's sort key and id.
pub fn page<T>(
    rows: Vec<T>,
    limit: i64,
    sort: &str,
    scope: &Scope,
    key: impl Fn(&T) -> (String, i64),
) -> (Vec<T>, Option<String>) {
    let has_more = rows.len() as i64 > limit;
    let rows: Vec<T> = rows.into_iter().take(usize::try_from(limit).unwrap_or(0)).collect();
    let next = if has_more {
        rows.last().map(|r| {
            let (k, i) = key(r);
            Cursor::new(sort, k, i).bound(scope).encode()
        })
    } else {
        None
    };
    (rows, next)
}

/// The cursor of the page after the one answered, kept on the answer so that the outermost
/// middleware writes `Link: <…>; rel="next"` (RFC 8288) from the request's own address.
#[derive(Debug, Clone)]
pub struct NextPage(pub String);

/// The `200` of a page: with a `Link` to the next one when there is one.
pub fn ok(next_cursor: Option<&String>) -> actix_web::HttpResponseBuilder {
    let mut response = actix_web::HttpResponse::Ok();
    if let Some(cursor) = next_cursor {
        response.extensions_mut().insert(NextPage(cursor.clone()));
    }
    response
}

/// The `Link` header of the next page: the request's path and query with `cursor` set to
/// the next page's (every other parameter as the client sent it). `None` for a query that is
/// not `application/x-www-form-urlencoded`.
pub fn next_link(path: &str, query: &str, cursor: &str) -> Option<String> {
    let mut pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).ok()?;
    pairs.retain(|(key, _)| key != "cursor");
    pairs.push(("cursor".to_owned(), cursor.to_owned()));
    let query = serde_urlencoded::to_string(&pairs).ok()?;
    Some(format!("<{path}?{query}>; rel=\"next\""))
}

/// Checks `limit`: 1 to 500, 50 when absent.
pub fn limit(requested: Option<i64>) -> Result<i64, ApiError> {
    match requested {
        None => Ok(DEFAULT_LIMIT),
        Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        Some(_) => Err(ApiError::invalid("limit", "range", format!("must be between 1 and {MAX_LIMIT}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips_and_is_bound_to_its_sort_and_scope() {
        let none = Scope::of(&());
        let c = Cursor::new("name", "h0o1i0", 42).bound(&none);
        let text = c.encode();
        assert_eq!(Cursor::decode(&text, "name", &none).expect("decodes"), c);
        assert!(Cursor::decode(&text, "-name", &none).is_err());
        assert!(Cursor::decode("not-a-cursor", "name", &none).is_err());
        let an = Scope::of(&("q", "an"));
        let bound = Cursor::new("name", "k", 1).bound(&an).encode();
        assert!(Cursor::decode(&bound, "name", &Scope::of(&("q", "an"))).is_ok());
        assert!(Cursor::decode(&bound, "name", &Scope::of(&("q", "anh"))).is_err());
        assert!(Cursor::decode(&bound, "name", &none).is_err());
    }

    #[test]
    fn a_cursor_hides_its_content_and_refuses_any_change() {
        let none = Scope::of(&());
        let text = Cursor::new("name", "nguyen van an", 42).bound(&none).encode();
        let sealed = URL_SAFE_NO_PAD.decode(&text).expect("base64");
        assert!(!String::from_utf8_lossy(&sealed).contains("nguyen"));
        for at in 0..sealed.len() {
            let mut changed = sealed.clone();
            changed[at] ^= 0x20;
            assert!(Cursor::decode(&URL_SAFE_NO_PAD.encode(&changed), "name", &none).is_err(), "byte {at} changed");
        }
        assert!(Cursor::decode(&URL_SAFE_NO_PAD.encode(&sealed[..20]), "name", &none).is_err(), "cut short");
        assert!(Cursor::decode(&"A".repeat(4_000), "name", &none).is_err(), "too long");
        // The same position gives the same cursor; another one, another.
        assert_eq!(Cursor::new("name", "nguyen van an", 42).bound(&none).encode(), text);
        assert_ne!(Cursor::new("name", "nguyen van an", 43).bound(&none).encode(), text);
    }

    #[test]
    fn the_next_link_keeps_the_query_and_replaces_the_cursor() {
        assert_eq!(
            next_link("/api/v1/members", "q=nguy%E1%BB%85n&cursor=old&limit=2", "new").as_deref(),
            Some("</api/v1/members?q=nguy%E1%BB%85n&limit=2&cursor=new>; rel=\"next\"")
        );
        assert_eq!(next_link("/api/v1/users", "", "c").as_deref(), Some("</api/v1/users?cursor=c>; rel=\"next\""));
    }

    #[test]
    fn limit_is_checked() {
        assert_eq!(limit(None).expect("default"), 50);
        assert_eq!(limit(Some(500)).expect("max"), 500);
        assert!(limit(Some(0)).is_err());
        assert!(limit(Some(501)).is_err());
    }
}
