//! The chain of national-ID hash keys the database's hashes are made under, and rotating it.
//!
//! National ID numbers are never stored, only keyed hashes (see
//! [`crate::domain::national_id`]). The database records the public ids of the keys its
//! hashes are made under, so that a service started with another key is refused instead of
//! silently failing to match anyone; and a rotation re-keys every stored hash under a new
//! key, as `HMAC(new key, old hash)`, without ever seeing an ID number.

use diesel::prelude::*;

use crate::db::schema::{id_hash_keys as k, persons as p};
use crate::db::{write_transaction, DbConnection};
use crate::domain::national_id::{self, IdHashKey};
use crate::models::audit::{self, WriteContext};

/// Hashes re-keyed per statement.
const BATCH: usize = 2_000;

/// Why a configured key chain cannot be used with this database.
#[derive(Debug, thiserror::Error)]
pub enum ChainError {
    /// The database's hashes are made under other keys.
    #[error(
        "the national-ID hashes in this database are made under the key chain [{}] (key ids, oldest first), \
         but the configured chain is [{}]: set LIENHIEP_ID_HASH_KEY to the newest key and \
         LIENHIEP_ID_HASH_PREVIOUS_KEYS to the ones before it, oldest first (with SQLite's generated key: \
         the files id-hash-key and id-hash-previous-keys in the data folder)",
        .stored.join(", "), .configured.join(", ")
    )]
    Mismatch {
        /// The ids the database records.
        stored: Vec<String>,
        /// The ids of the configured chain.
        configured: Vec<String>,
    },
    /// The new key is already in the chain.
    #[error("the new key is already in the key chain [{}]: choose a key never used before", .0.join(", "))]
    KeyInChain(Vec<String>),
    /// The database could not be read or written.
    #[error("database: {0}")]
    Database(#[from] diesel::result::Error),
}

/// The key ids the database records, oldest first (empty before the first start with keys
/// recorded).
pub fn stored_chain(conn: &mut DbConnection) -> QueryResult<Vec<String>> {
    k::table.order(k::ordinal.asc()).select(k::key_id).load(conn)
}

/// Checks that `key` is the chain the stored hashes are made under. A database that records
/// no chain yet (new, or made before chains were recorded) takes `key`'s.
pub fn check_chain(conn: &mut DbConnection, key: &IdHashKey) -> Result<(), ChainError> {
    let configured = key.key_ids();
    let mut stored = stored_chain(conn)?;
    if stored.is_empty() {
        let now = crate::domain::time::now();
        let recorded = write_transaction(conn, |conn| -> QueryResult<()> {
            for (i, id) in configured.iter().enumerate() {
                diesel::insert_into(k::table)
                    .values((k::ordinal.eq(ordinal(i)), k::key_id.eq(id), k::added_at.eq(now)))
                    .execute(conn)?;
            }
            Ok(())
        });
        match recorded {
            // Another replica starting at the same time recorded its chain first: compare with it.
            Ok(())
            | Err(diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _)) => {}
            Err(e) => return Err(e.into()),
        }
        stored = stored_chain(conn)?;
    }
    if stored == configured {
        Ok(())
    } else {
        Err(ChainError::Mismatch { stored, configured })
    }
}

/// What a rotation did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rotation {
    /// Hashes re-keyed.
    pub rehashed: u64,
    /// The new chain's key ids, oldest first.
    pub key_ids: Vec<String>,
}

/// Re-keys every stored national-ID hash under `new_secret`, after checking that `current`
/// is the chain they are made under; records the new chain and an audit record. All or
/// nothing, in one transaction. The service must not write members meanwhile (stop it, or
/// every replica): a hash it writes under the old chain would not match afterwards.
pub fn rotate(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    current: &IdHashKey,
    new_secret: &[u8],
) -> Result<Rotation, ChainError> {
    check_chain(conn, current)?;
    let rotated = current.then(new_secret);
    let key_ids = rotated.key_ids();
    let new_id = key_ids.last().cloned().unwrap_or_default();
    if current.key_ids().contains(&new_id) {
        return Err(ChainError::KeyInChain(current.key_ids()));
    }
    let rehashed = write_transaction(conn, |conn| -> Result<u64, ChainError> {
        // Checked again inside the transaction: another rotation may have committed since.
        if stored_chain(conn)? != current.key_ids() {
            return Err(ChainError::Mismatch { stored: stored_chain(conn)?, configured: current.key_ids() });
        }
        let mut after = 0_i64;
        let mut rehashed = 0_u64;
        loop {
            let batch: Vec<(i64, Option<String>)> = p::table
                .filter(p::id.gt(after).and(p::national_id_hash.is_not_null()))
                .order(p::id.asc())
                .select((p::id, p::national_id_hash))
                .limit(BATCH as i64)
                .load(conn)?;
            let Some(&(last, _)) = batch.last() else { break };
            after = last;
            let rows: Vec<(i64, String)> = batch
                .into_iter()
                .filter_map(|(id, hash)| hash.map(|h| (id, national_id::rehash(new_secret, &h))))
                .collect();
            rehashed += set_hashes(conn, &rows)?;
        }
        diesel::insert_into(k::table)
            .values((k::ordinal.eq(ordinal(key_ids.len() - 1)), k::key_id.eq(&new_id), k::added_at.eq(ctx.now)))
            .execute(conn)?;
        audit::record(
            conn,
            ctx,
            "rotate",
            "id_hash_key",
            &new_id,
            &serde_json::json!({ "key_ids": key_ids, "rehashed": rehashed }),
        )?;
        Ok(rehashed)
    })?;
    Ok(Rotation { rehashed, key_ids })
}

/// Sets each person's hash, one statement for the batch
/// (`UPDATE … FROM (VALUES …)`, on both backends).
fn set_hashes(conn: &mut DbConnection, rows: &[(i64, String)]) -> QueryResult<u64> {
    use diesel::sql_types::{BigInt, Text};
    if rows.is_empty() {
        return Ok(0);
    }
    let postgres = matches!(conn, DbConnection::Pg(_));
    let values: Vec<String> = (1..=rows.len())
        .map(|n| if postgres { format!("(${}::bigint, ${}::text)", 2 * n - 1, 2 * n) } else { "(?, ?)".to_owned() })
        .collect();
    let sql = format!(
        "UPDATE persons SET national_id_hash = v.column2 FROM (VALUES {}) AS v WHERE persons.id = v.column1",
        values.join(", ")
    );
    let mut query = diesel::sql_query(sql).into_boxed::<crate::db::MultiBackend>();
    for (id, hash) in rows {
        query = query.bind::<BigInt, _>(*id).bind::<Text, _>(hash.clone());
    }
    Ok(query.execute(conn)? as u64)
}

fn ordinal(index: usize) -> i32 {
    i32::try_from(index + 1).unwrap_or(i32::MAX)
}
