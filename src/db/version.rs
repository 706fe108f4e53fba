//! Optimistic concurrency: every mutable row has a `version`, reads show it as an entity tag,
//! and a write names the version it read (`If-Match`); a write against another version is
//! refused, never a lost update.

use crate::error::ApiError;

/// What `If-Match` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfMatch {
    /// No header, or `*`: any current version.
    Any,
    /// The row must be at this version.
    Version(i32),
    /// Tags that can never match (not ours): always 412.
    Never,
}

impl IfMatch {
    /// 412 unless a row at `current` satisfies the condition.
    pub fn check(self, current: i32) -> Result<(), Stale> {
        match self {
            IfMatch::Any => Ok(()),
            IfMatch::Version(v) if v == current => Ok(()),
            IfMatch::Version(v) => Err(Stale(format!(
                "If-Match names version {v}, but the resource is at version {current}; read it again"
            ))),
            IfMatch::Never => Err(Stale("If-Match names no current version of this resource".into())),
        }
    }
}

/// A write against a version that is not the row's current one: 412 Precondition Failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale(pub String);

impl From<Stale> for ApiError {
    fn from(stale: Stale) -> Self {
        ApiError::PreconditionFailed(stale.0)
    }
}

impl Stale {
    /// The refusal of a write whose row another request changed between its read and its
    /// `UPDATE … WHERE version = ?`; `what` names the row ("the branch").
    pub fn changed(what: &str) -> Stale {
        Stale(format!("{what} was changed by another request; read it again"))
    }
}

/// What a [`versioned_update!`](crate::versioned_update) found: the row (or `()`), or nothing
/// when another write moved the version first.
pub trait OrStale<T> {
    /// The row, or [`Stale::changed`] naming `what`.
    fn or_stale(self, what: &str) -> Result<T, Stale>;
}

impl<T> OrStale<T> for Option<T> {
    fn or_stale(self, what: &str) -> Result<T, Stale> {
        self.ok_or_else(|| Stale::changed(what))
    }
}

/// The optimistic-concurrency update every versioned table uses:
/// `UPDATE t SET …, version = v + 1, updated_at = now WHERE id = ? AND version = v`.
///
/// Gives `QueryResult<Option<Row>>` (with `RETURNING` every column), or with `count` first
/// `QueryResult<Option<()>>`; `None` means another write moved the row since `v` was read,
/// which [`OrStale::or_stale`] turns into a 412. `t` is the table's module (or its alias).
///
/// ```ignore
/// let row: BranchRow = versioned_update!(conn, branches, id = id, version = current.version,
///     now = ctx.now, set = (branches::name.eq(&data.name),))?
/// .or_stale("the branch")?;
/// ```
#[macro_export]
macro_rules! versioned_update {
    (count $conn:expr, $t:ident, id = $id:expr, version = $version:expr, now = $now:expr, set = ($($set:expr),+ $(,)?)) => {{
        use diesel::prelude::*;
        let version: i32 = $version;
        diesel::update($t::table.filter($t::id.eq($id).and($t::version.eq(version))))
            .set(($($set,)+ $t::version.eq(version + 1), $t::updated_at.eq($now)))
            .execute($conn)
            .map(|n| (n > 0).then_some(()))
    }};
    ($conn:expr, $t:ident, id = $id:expr, version = $version:expr, now = $now:expr, set = ($($set:expr),+ $(,)?)) => {{
        use diesel::prelude::*;
        let version: i32 = $version;
        diesel::update($t::table.filter($t::id.eq($id).and($t::version.eq(version))))
            .set(($($set,)+ $t::version.eq(version + 1), $t::updated_at.eq($now)))
            .returning($t::all_columns)
            .get_result($conn)
            .optional()
    }};
}

#[cfg(test)]
mod tests {
    use super::OrStale;
    use diesel::prelude::*;
    use diesel::sqlite::SqliteConnection;

    diesel::table! {
        things (id) {
            id -> BigInt,
            name -> Text,
            version -> Integer,
            updated_at -> Text,
        }
    }

    fn db() -> SqliteConnection {
        let mut conn = SqliteConnection::establish(":memory:").expect("in-memory SQLite");
        diesel::sql_query(
            "CREATE TABLE things (id BIGINT PRIMARY KEY, name TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL)",
        )
        .execute(&mut conn)
        .expect("table");
        diesel::sql_query("INSERT INTO things VALUES (1, 'a', 3, 'then')").execute(&mut conn).expect("row");
        conn
    }

    #[test]
    fn a_write_at_the_read_version_moves_it_on_by_one() {
        let mut conn = db();
        let row: (i64, String, i32, String) = crate::versioned_update!(
            &mut conn,
            things,
            id = 1i64,
            version = 3,
            now = "now",
            set = (things::name.eq("b"),)
        )
        .expect("statement")
        .or_stale("the thing")
        .expect("statement");
        assert_eq!(row, (1, "b".into(), 4, "now".into()));
    }

    #[test]
    fn a_write_at_an_older_version_changes_nothing_and_is_stale() {
        let mut conn = db();
        let found: Option<(i64, String, i32, String)> = crate::versioned_update!(
            &mut conn,
            things,
            id = 1i64,
            version = 2,
            now = "now",
            set = (things::name.eq("b"),)
        )
        .expect("statement");
        assert_eq!(
            found.or_stale("the thing").expect_err("stale").0,
            "the thing was changed by another request; read it again"
        );
        let counted = crate::versioned_update!(count &mut conn, things, id = 1i64, version = 2, now = "now", set = (
            things::name.eq("c"),
        ))
        .expect("statement");
        assert!(counted.is_none());
        let now: (String, i32) =
            things::table.select((things::name, things::version)).first(&mut conn).expect("statement");
        assert_eq!(now, ("a".into(), 3));
    }
}
