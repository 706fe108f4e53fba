//! SQL written piece by piece with its values bound, for statements whose shape follows the
//! request (a union of as many ordered scans as a search has words, conditions from a filter)
//! and that diesel's query builder cannot write on both backends. Pieces may be diesel
//! fragments too (a `Selectable`'s column list), so that rows still load into the model types.
//!
//! Values are always bound, never written into the text; only the caller's own SQL and
//! integers it produced itself go into the text.
//!
//! Such a statement is planned anew on every execution and its text parsed each time, unless
//! the caller [keeps](Sql::keep) it.

use std::marker::PhantomData;

use chrono::NaiveDateTime;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::sql_types::{BigInt, Integer, Text, Timestamp};
use diesel::{IntoSql, QueryResult, RunQueryDsl};

use super::MultiBackend;

enum Piece {
    Text(String),
    Part(Box<dyn QueryFragment<MultiBackend> + Send>),
}

/// A statement or a part of one. `ST` is the SQL type of its rows, for a statement that is
/// loaded (`()` for a part).
pub struct Sql<ST = ()> {
    pieces: Vec<Piece>,
    kept: bool,
    rows: PhantomData<fn() -> ST>,
}

impl<ST> Default for Sql<ST> {
    fn default() -> Self {
        Sql { pieces: Vec::new(), kept: false, rows: PhantomData }
    }
}

impl<ST> Sql<ST> {
    /// Empty.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends SQL text as it is.
    pub fn sql(&mut self, text: &str) -> &mut Self {
        match self.pieces.last_mut() {
            Some(Piece::Text(last)) => last.push_str(text),
            _ => self.pieces.push(Piece::Text(text.to_owned())),
        }
        self
    }

    /// Appends a diesel fragment (a column list, an expression).
    pub fn part(&mut self, part: impl QueryFragment<MultiBackend> + Send + 'static) -> &mut Self {
        self.pieces.push(Piece::Part(Box::new(part)));
        self
    }

    /// Binds a text value.
    pub fn text(&mut self, value: impl Into<String>) -> &mut Self {
        self.part(value.into().into_sql::<Text>())
    }

    /// Binds a 64-bit integer.
    pub fn big(&mut self, value: i64) -> &mut Self {
        self.part(value.into_sql::<BigInt>())
    }

    /// Binds a 32-bit integer.
    pub fn int(&mut self, value: i32) -> &mut Self {
        self.part(value.into_sql::<Integer>())
    }

    /// Binds a timestamp.
    pub fn timestamp(&mut self, value: NaiveDateTime) -> &mut Self {
        self.part(value.into_sql::<Timestamp>())
    }

    /// Binds each value, separated by commas (the inside of an `IN (…)`; `NULL` for none,
    /// which nothing equals).
    pub fn bigs(&mut self, values: &[i64]) -> &mut Self {
        if values.is_empty() {
            return self.sql("NULL");
        }
        for (i, v) in values.iter().enumerate() {
            if i > 0 {
                self.sql(", ");
            }
            self.big(*v);
        }
        self
    }

    /// Appends another piece, with its bound values.
    pub fn append<T>(&mut self, other: Sql<T>) -> &mut Self {
        for piece in other.pieces {
            match piece {
                Piece::Text(text) => {
                    self.sql(&text);
                }
                Piece::Part(part) => self.pieces.push(Piece::Part(part)),
            }
        }
        self
    }

    /// Lets each connection keep this statement prepared (diesel's statement cache, keyed by
    /// the text), so that later executions skip parsing it. A connection never forgets a
    /// statement it kept: keep only statements whose text comes from a small, fixed set of
    /// shapes (never one that varies with a list's length, the words of a query, or any
    /// value a client chooses), so that what every connection keeps stays bounded.
    pub fn keep(&mut self) -> &mut Self {
        self.kept = true;
        self
    }

    /// The same SQL, loaded as rows of type `T`.
    pub fn rows<T>(self) -> Sql<T> {
        Sql { pieces: self.pieces, kept: self.kept, rows: PhantomData }
    }
}

impl<ST> QueryFragment<MultiBackend> for Sql<ST> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, MultiBackend>) -> QueryResult<()> {
        if !self.kept {
            out.unsafe_to_cache_prepared();
        }
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => out.push_sql(text),
                Piece::Part(part) => part.walk_ast(out.reborrow())?,
            }
        }
        Ok(())
    }
}

impl<ST> QueryId for Sql<ST> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<ST> Query for Sql<ST> {
    type SqlType = ST;
}

impl<ST, Conn> RunQueryDsl<Conn> for Sql<ST> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::DbConnection;
    use diesel::sqlite::SqliteConnection;
    use diesel::Connection;

    #[test]
    fn pieces_and_values_make_one_statement() {
        let mut conn = DbConnection::Sqlite(SqliteConnection::establish(":memory:").expect("in-memory SQLite"));
        let mut q = Sql::<(BigInt, Text)>::new();
        q.sql("SELECT ").big(40).sql(" + ").big(2).sql(", ").text("a'b").sql(" || ").text("c");
        let row: (i64, String) = q.get_result(&mut conn).expect("one row");
        assert_eq!(row, (42, "a'bc".to_owned()));
        let mut inner = Sql::<()>::new();
        inner.sql("SELECT COUNT(*) FROM (SELECT 1 UNION ALL SELECT 2) x WHERE 1 IN (").bigs(&[3, 1]).sql(")");
        let mut outer = Sql::<BigInt>::new();
        outer.sql("SELECT (").append(inner).sql(") WHERE 0 NOT IN (").bigs(&[]).sql(") OR 1 = 1");
        let n: i64 = outer.get_result(&mut conn).expect("a count");
        assert_eq!(n, 2);
    }
}
