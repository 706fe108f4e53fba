//! Refresh tokens: stored only as hashes; each use rotates the token, and presenting a token
//! that was already rotated (a sign it was stolen) revokes its whole family.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::auth::secret;
use crate::db::schema::refresh_tokens as rt;
use crate::db::{write_transaction, DbConnection};

/// The outcome of presenting a refresh token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exchange {
    /// Valid: it is now rotated; here is its successor and the user.
    Rotated {
        /// The user.
        user_id: i64,
        /// The new refresh token.
        token: String,
    },
    /// Unknown, expired or revoked.
    Invalid,
    /// Already rotated: presented again, so the whole family is now revoked.
    Reused,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = rt)]
struct Row {
    id: i64,
    family_id: String,
    user_id: i64,
    expires_at: NaiveDateTime,
    rotated_at: Option<NaiveDateTime>,
    revoked_at: Option<NaiveDateTime>,
}

fn insert(
    conn: &mut DbConnection,
    user_id: i64,
    family: &str,
    now: NaiveDateTime,
    ttl: Duration,
) -> QueryResult<String> {
    let token = secret::generate().map_err(|e| diesel::result::Error::QueryBuilderError(e.into()))?;
    diesel::insert_into(rt::table)
        .values((
            rt::token_hash.eq(secret::hash(&token)),
            rt::family_id.eq(family),
            rt::user_id.eq(user_id),
            rt::issued_at.eq(now),
            rt::expires_at.eq(now + ttl),
        ))
        .execute(conn)?;
    Ok(token)
}

/// Issues the first token of a new family (at login).
pub fn issue(conn: &mut DbConnection, user_id: i64, now: NaiveDateTime, ttl: Duration) -> QueryResult<String> {
    insert(conn, user_id, &uuid::Uuid::new_v4().to_string(), now, ttl)
}

/// Exchanges a token for its successor. `user_enabled` is asked for the owner; a disabled
/// owner's family is revoked and the exchange refused.
pub fn exchange(
    conn: &mut DbConnection,
    token: &str,
    now: NaiveDateTime,
    ttl: Duration,
    user_enabled: impl FnOnce(&mut DbConnection, i64) -> QueryResult<bool>,
) -> QueryResult<Exchange> {
    let hash = secret::hash(token);
    write_transaction(conn, |conn| {
        let Some(row) = rt::table.filter(rt::token_hash.eq(&hash)).select(Row::as_select()).first(conn).optional()?
        else {
            return Ok(Exchange::Invalid);
        };
        if row.revoked_at.is_some() || row.expires_at <= now {
            return Ok(Exchange::Invalid);
        }
        if row.rotated_at.is_some() {
            revoke_family(conn, &row.family_id, now)?;
            return Ok(Exchange::Reused);
        }
        if !user_enabled(conn, row.user_id)? {
            revoke_family(conn, &row.family_id, now)?;
            return Ok(Exchange::Invalid);
        }
        diesel::update(rt::table.find(row.id)).set(rt::rotated_at.eq(now)).execute(conn)?;
        let token = insert(conn, row.user_id, &row.family_id, now, ttl)?;
        Ok(Exchange::Rotated { user_id: row.user_id, token })
    })
}

fn revoke_family(conn: &mut DbConnection, family: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(rt::table.filter(rt::family_id.eq(family).and(rt::revoked_at.is_null())))
        .set(rt::revoked_at.eq(now))
        .execute(conn)
}

/// Revokes the family of a token (logout). Unknown tokens are ignored (RFC 7009 §2.2).
pub fn revoke(conn: &mut DbConnection, token: &str, now: NaiveDateTime) -> QueryResult<()> {
    let family: Option<String> =
        rt::table.filter(rt::token_hash.eq(secret::hash(token))).select(rt::family_id).first(conn).optional()?;
    if let Some(family) = family {
        revoke_family(conn, &family, now)?;
    }
    Ok(())
}

/// Revokes every token of a user (disabled, or password changed).
pub fn revoke_user(conn: &mut DbConnection, user_id: i64, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(rt::table.filter(rt::user_id.eq(user_id).and(rt::revoked_at.is_null())))
        .set(rt::revoked_at.eq(now))
        .execute(conn)
}
