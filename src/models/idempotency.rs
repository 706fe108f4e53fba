//! The idempotency store: the first answer to each (actor, key), kept for 24 hours.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::idempotency_keys as ik;
use crate::db::{write_transaction, DbConnection};

/// How long a key is remembered.
pub const RETENTION_HOURS: i64 = 24;

/// How long a first request may run before a retry may take its key over (it crashed).
pub const STALE_AFTER_SECONDS: i64 = 300;

/// A stored answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    /// HTTP status.
    pub status: u16,
    /// Headers worth replaying (JSON object of name → value).
    pub headers: String,
    /// Body.
    pub body: Vec<u8>,
}

/// What to do with a request that carries a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Begin {
    /// The key is new: run the request, then `complete` or `abandon`.
    Started,
    /// The same request was answered before: replay this.
    Replay(StoredResponse),
    /// The key was used with a different request.
    Mismatch,
    /// The first request with this key is still running.
    InFlight,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = ik)]
struct Row {
    request_hash: String,
    status: Option<i32>,
    response_headers: Option<String>,
    response_body: Option<Vec<u8>>,
    created_at: NaiveDateTime,
    expires_at: NaiveDateTime,
}

/// Claims `key` for `actor`, or says why not.
pub fn begin(
    conn: &mut DbConnection,
    actor: &str,
    key: &str,
    request_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<Begin> {
    write_transaction(conn, |conn| {
        let existing = ik::table.find((actor, key)).select(Row::as_select()).first(conn).optional()?;
        if let Some(row) = existing {
            let stale = row.status.is_none() && row.created_at < now - Duration::seconds(STALE_AFTER_SECONDS);
            if row.expires_at > now && !stale {
                if row.request_hash != request_hash {
                    return Ok(Begin::Mismatch);
                }
                return Ok(match (row.status, row.response_headers, row.response_body) {
                    (Some(status), Some(headers), Some(body)) => {
                        Begin::Replay(StoredResponse { status: u16::try_from(status).unwrap_or(500), headers, body })
                    }
                    _ => Begin::InFlight,
                });
            }
            diesel::delete(ik::table.find((actor, key))).execute(conn)?;
        }
        diesel::insert_into(ik::table)
            .values((
                ik::actor.eq(actor),
                ik::idempotency_key.eq(key),
                ik::request_hash.eq(request_hash),
                ik::created_at.eq(now),
                ik::expires_at.eq(now + Duration::hours(RETENTION_HOURS)),
            ))
            .execute(conn)?;
        Ok(Begin::Started)
    })
    .or_else(|e| match e {
        // Another replica inserted the same key a moment ago.
        diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _) => {
            Ok(Begin::InFlight)
        }
        other => Err(other),
    })
}

/// Stores the answer of a started request.
pub fn complete(conn: &mut DbConnection, actor: &str, key: &str, response: &StoredResponse) -> QueryResult<()> {
    diesel::update(ik::table.find((actor, key)))
        .set((
            ik::status.eq(i32::from(response.status)),
            ik::response_headers.eq(&response.headers),
            ik::response_body.eq(&response.body),
        ))
        .execute(conn)?;
    Ok(())
}

/// Forgets a started request whose answer must not be replayed (a transient failure), so
/// that the client can retry with the same key.
pub fn abandon(conn: &mut DbConnection, actor: &str, key: &str) -> QueryResult<()> {
    diesel::delete(ik::table.find((actor, key)).filter(ik::status.is_null())).execute(conn)?;
    Ok(())
}

/// Deletes expired keys; returns how many.
pub fn purge_expired(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::delete(ik::table.filter(ik::expires_at.le(now))).execute(conn)
}
