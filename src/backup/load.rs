//! Checking a backup file and loading one into an empty database; copying between databases.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{anyhow, bail};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;
use serde_json::Value;
use sha2::{Digest, Sha256};

use super::format::{
    hex, open_lines, parse_line, Column, Kind, Line, Manifest, Summer, TableSum, BATCH, FORMAT, FORMAT_VERSION,
    SEEDED_TABLES, SELF_REFERENCES, TABLES, TRANSIENT_TABLES,
};
use super::snapshot::{columns, dump, quoted, sums_in_transaction, Progress};
use crate::db::DbConnection;

/// Reads a whole backup and checks it: the header, every line, the rows' counts and
/// checksums against the manifest and the SHA-256 of everything before it. Changes nothing.
pub fn verify(path: &Path) -> anyhow::Result<Manifest> {
    let damaged = |why: String| anyhow!("{} is not a usable backup: {why}", path.display());
    let mut lines = open_lines(path)?;
    let mut hasher = Sha256::new();
    let header = match lines.next() {
        Some(Ok(line)) => line,
        Some(Err(e)) => return Err(damaged(format!("it cannot be read ({e})"))),
        None => return Err(damaged("it is empty".into())),
    };
    let header_value: Value = serde_json::from_str(&header).map_err(|_| damaged("it has no header".into()))?;
    if header_value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(damaged("it is not a lienhiep backup".into()));
    }
    if header_value.get("format_version").and_then(Value::as_u64) != Some(FORMAT_VERSION) {
        return Err(damaged(format!("its format version is not {FORMAT_VERSION}")));
    }
    hasher.update(header.as_bytes());
    hasher.update(b"\n");
    let mut sums: BTreeMap<String, Summer> = BTreeMap::new();
    let mut current: Option<String> = None;
    let mut number = 1_u64;
    for line in lines {
        number += 1;
        let line = line
            .map_err(|e| damaged(format!("it cannot be read after line {} ({e}); it may be truncated", number - 1)))?;
        match parse_line(&line).map_err(|e| damaged(format!("line {number}: {e:#}")))? {
            Line::Header => return Err(damaged(format!("line {number}: a second header"))),
            Line::Table { name, .. } => {
                sums.entry(name.clone()).or_default();
                current = Some(name);
            }
            Line::Row(text) => {
                let table =
                    current.as_ref().ok_or_else(|| damaged(format!("line {number}: a row before any table")))?;
                sums.entry(table.clone()).or_default().add(&text);
            }
            Line::Trailer { manifest, sha256 } => {
                if sha256 != hex(&hasher.finalize_reset()) {
                    return Err(damaged("its SHA-256 does not match its content".into()));
                }
                let found: BTreeMap<String, TableSum> = sums.iter().map(|(t, s)| (t.clone(), s.finish())).collect();
                if found != manifest.tables {
                    return Err(damaged("its rows do not match its manifest".into()));
                }
                if header_value.get("schema_version").and_then(Value::as_str) != Some(manifest.schema_version.as_str())
                {
                    return Err(damaged("its header and manifest disagree".into()));
                }
                return Ok(manifest);
            }
        }
        hasher.update(line.as_bytes());
        hasher.update(b"\n");
    }
    Err(damaged("it ends before its manifest; it is truncated".into()))
}

/// Loads rows into a database: the target's side of a restore or a copy.
pub(super) struct Loader<'c> {
    conn: &'c mut DbConnection,
    table: String,
    /// The target's columns, in the order of the rows being loaded.
    columns: Vec<Column>,
    /// Positions of self-referencing columns and of `id`, to set them after the load.
    deferred: Vec<usize>,
    id_position: Option<usize>,
    pending: Vec<Vec<Value>>,
    later: Vec<(i64, String, Value)>,
    loaded: BTreeMap<String, u64>,
}

impl<'c> Loader<'c> {
    fn new(conn: &'c mut DbConnection) -> Self {
        Loader {
            conn,
            table: String::new(),
            columns: Vec::new(),
            deferred: Vec::new(),
            id_position: None,
            pending: Vec::new(),
            later: Vec::new(),
            loaded: BTreeMap::new(),
        }
    }

    /// Starts a table whose rows have `source` columns (name, kind), in that order.
    fn start(&mut self, table: &str, source: &[(String, Kind)]) -> anyhow::Result<()> {
        self.flush()?;
        if !TABLES.contains(&table) {
            bail!("the backup holds a table this program does not know: {table}");
        }
        let target = columns(self.conn, table)?;
        let mut ordered = Vec::with_capacity(source.len());
        for (name, kind) in source {
            let column = target
                .iter()
                .find(|c| &c.name == name)
                .ok_or_else(|| anyhow!("{table}.{name} is in the backup but not in this database"))?;
            if column.kind != *kind {
                bail!("{table}.{name} is {kind:?} in the backup and {:?} here", column.kind);
            }
            ordered.push(column.clone());
        }
        if let Some(missing) = target.iter().find(|c| !source.iter().any(|(n, _)| n == &c.name)) {
            bail!("{table}.{} is in this database but not in the backup", missing.name);
        }
        self.deferred = SELF_REFERENCES
            .iter()
            .filter(|(t, _)| *t == table)
            .filter_map(|(_, c)| ordered.iter().position(|o| o.name == *c))
            .collect();
        self.id_position = ordered.iter().position(|c| c.name == "id");
        self.columns = ordered;
        self.table = table.to_owned();
        self.loaded.insert(table.to_owned(), 0);
        Ok(())
    }

    fn row(&mut self, line: &str) -> anyhow::Result<()> {
        let Value::Array(mut values) = serde_json::from_str(line)? else { bail!("a row is not an array") };
        if values.len() != self.columns.len() {
            bail!("{}: a row has {} values for {} columns", self.table, values.len(), self.columns.len());
        }
        for &position in &self.deferred {
            if !values[position].is_null() {
                let id = self
                    .id_position
                    .and_then(|p| values[p].as_i64())
                    .ok_or_else(|| anyhow!("{}: no id", self.table))?;
                let value = std::mem::take(&mut values[position]);
                self.later.push((id, self.columns[position].name.clone(), value));
            }
        }
        self.pending.push(values);
        if self.pending.len() >= BATCH {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut self.pending);
        let count = rows.len() as u64;
        let payload = Value::Array(rows.into_iter().map(Value::Array).collect()).to_string();
        let names: Vec<String> = self.columns.iter().map(|c| quoted(&c.name)).collect();
        // Each row is a JSON array: PostgreSQL casts its elements to the column's type,
        // SQLite takes them as they are (bytes from hex on both).
        let postgres = matches!(self.conn, DbConnection::Pg(_));
        let values: Vec<String> = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| match (postgres, c.kind) {
                (true, Kind::Bytes) => format!("decode(r->>{i}, 'hex')"),
                (true, _) => format!("(r->>{i})::{}", c.declared),
                (false, Kind::Bytes) => format!("unhex(json_extract(value, '$[{i}]'))"),
                (false, _) => format!("json_extract(value, '$[{i}]')"),
            })
            .collect();
        let rows_of = if postgres { "json_array_elements($1::json) AS r" } else { "json_each(?)" };
        let sql = format!(
            "INSERT INTO {} ({}) SELECT {} FROM {rows_of}",
            quoted(&self.table),
            names.join(", "),
            values.join(", ")
        );
        let inserted = diesel::sql_query(sql).bind::<Text, _>(payload).execute(self.conn)? as u64;
        if inserted != count {
            bail!("{}: {inserted} of {count} rows went in", self.table);
        }
        *self.loaded.entry(self.table.clone()).or_default() += count;
        Ok(())
    }

    /// Ends the load: the last batch, the deferred self-references and (PostgreSQL) the id
    /// sequences.
    fn finish(mut self) -> anyhow::Result<BTreeMap<String, u64>> {
        self.flush()?;
        for (id, column, value) in std::mem::take(&mut self.later) {
            let table = SELF_REFERENCES.iter().find(|(_, c)| *c == column).map(|(t, _)| *t).unwrap_or_default();
            let target = value.as_i64().ok_or_else(|| anyhow!("{table}.{column} is not an id"))?;
            let sql = match self.conn {
                DbConnection::Pg(_) => format!("UPDATE {} SET {} = $1 WHERE id = $2", quoted(table), quoted(&column)),
                DbConnection::Sqlite(_) => format!("UPDATE {} SET {} = ? WHERE id = ?", quoted(table), quoted(&column)),
            };
            diesel::sql_query(sql)
                .bind::<diesel::sql_types::BigInt, _>(target)
                .bind::<diesel::sql_types::BigInt, _>(id)
                .execute(self.conn)?;
        }
        if matches!(self.conn, DbConnection::Pg(_)) {
            for table in TABLES {
                if columns(self.conn, table)?.iter().any(|c| c.name == "id" && c.kind == Kind::Integer) {
                    let t = quoted(table);
                    self.conn.batch_execute(&format!(
                        "SELECT setval(pg_get_serial_sequence('{table}', 'id'), m) FROM (SELECT max(id) AS m FROM {t}) s \
                         WHERE m IS NOT NULL AND pg_get_serial_sequence('{table}', 'id') IS NOT NULL"
                    ))?;
                }
            }
        }
        Ok(self.loaded)
    }
}

/// Refuses a target that holds data: every table but those migrations fill must be empty.
pub(super) fn check_empty(conn: &mut DbConnection) -> anyhow::Result<()> {
    #[derive(QueryableByName)]
    struct Present {
        #[diesel(sql_type = diesel::sql_types::Integer)]
        present: i32,
    }
    let mut holding = Vec::new();
    for table in TABLES.iter().chain(TRANSIENT_TABLES) {
        if SEEDED_TABLES.contains(table) {
            continue;
        }
        let found: Vec<Present> =
            diesel::sql_query(format!("SELECT 1 AS present FROM {} LIMIT 1", quoted(table))).load(conn)?;
        if found.iter().any(|p| p.present == 1) {
            holding.push(*table);
        }
    }
    if !holding.is_empty() {
        bail!(
            "the target database is not empty ({} hold rows): restore or copy only into a new database",
            holding.join(", ")
        );
    }
    Ok(())
}

/// Runs `f` in one write transaction of the target (`BEGIN IMMEDIATE` on SQLite).
pub(super) fn in_write_transaction<T>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    crate::db::write_transaction(conn, |conn| f(conn).map_err(TransactionError::Other)).map_err(
        |e: TransactionError| match e {
            TransactionError::Other(e) => e,
            TransactionError::Database(e) => e.into(),
        },
    )
}

pub(super) enum TransactionError {
    Database(diesel::result::Error),
    Other(anyhow::Error),
}

impl From<diesel::result::Error> for TransactionError {
    fn from(e: diesel::result::Error) -> Self {
        TransactionError::Database(e)
    }
}

/// Prepares a target: migrated to `schema_version` (refused if it is past it or the version
/// is newer than this program knows), and empty.
pub(super) fn prepare_target(conn: &mut DbConnection, schema_version: &str) -> anyhow::Result<()> {
    let newest = crate::db::pool::newest_schema_version(conn).unwrap_or_default();
    if schema_version > newest.as_str() {
        bail!(
            "the backup's schema ({schema_version}) is newer than this program's ({newest}): restore it with the lienhiep that made it, or a newer one"
        );
    }
    if let Some(current) = crate::db::pool::schema_version(conn)? {
        if current.as_str() > schema_version {
            bail!(
                "the target database's schema ({current}) is past the backup's ({schema_version}): restore into a new database"
            );
        }
    }
    crate::db::pool::migrate_to(conn, schema_version)?;
    check_empty(conn)
}

/// Deletes the rows migrations put in the seeded tables (children first).
pub(super) fn clear_seeded(conn: &mut DbConnection) -> anyhow::Result<()> {
    for table in SEEDED_TABLES {
        conn.batch_execute(&format!("DELETE FROM {}", quoted(table)))?;
    }
    Ok(())
}

/// Compares the loaded tables' rows and checksums with `expected`, inside the load's
/// transaction: an error rolls the whole load back.
pub(super) fn check_loaded(
    conn: &mut DbConnection,
    expected: &BTreeMap<String, TableSum>,
    differ: &str,
) -> anyhow::Result<()> {
    let sums = sums_in_transaction(conn)?;
    if &sums != expected {
        let tables: Vec<&String> = expected.iter().filter(|(t, s)| sums.get(*t) != Some(*s)).map(|(t, _)| t).collect();
        bail!("{differ}: {tables:?}; nothing was loaded");
    }
    Ok(())
}

/// What a restore or a copy did.
#[derive(Debug, Clone)]
pub struct LoadReport {
    /// Rows loaded per table.
    pub rows: BTreeMap<String, u64>,
    /// The checked counts and checksums (equal on both sides).
    pub sums: BTreeMap<String, TableSum>,
    /// Migrations applied after the load (the backup was older than this program).
    pub migrated: Vec<String>,
}

/// `lienhiep restore --from FILE`: checks the whole file, then loads it into the (new, empty)
/// target in one transaction, checks every table's count and checksum, and migrates the
/// rest of the way. A damaged, truncated or newer file changes nothing.
pub fn restore(conn: &mut DbConnection, path: &Path, progress: Progress<'_>) -> anyhow::Result<LoadReport> {
    let manifest = verify(path)?;
    prepare_target(conn, &manifest.schema_version)?;
    let rows = in_write_transaction(conn, |conn| {
        clear_seeded(conn)?;
        let mut loader = Loader::new(conn);
        let mut lines = open_lines(path)?;
        lines.next(); // the header, checked
        let mut done = 0_u64;
        for line in lines {
            let line = line?;
            match parse_line(&line)? {
                Line::Table { name, columns } => {
                    if !loader.table.is_empty() {
                        progress(&loader.table.clone(), done);
                    }
                    loader.start(&name, &columns)?;
                    done = 0;
                }
                Line::Row(text) => {
                    loader.row(&text)?;
                    done += 1;
                    if done.is_multiple_of(10_000) {
                        progress(&loader.table.clone(), done);
                    }
                }
                Line::Trailer { .. } => break,
                Line::Header => bail!("a second header"),
            }
        }
        if !loader.table.is_empty() {
            progress(&loader.table.clone(), done);
        }
        let rows = loader.finish()?;
        check_loaded(conn, &manifest.tables, "after loading, these tables differ from the backup")?;
        Ok(rows)
    })?;
    let migrated = crate::startup::prepare_database(conn)?;
    Ok(LoadReport { rows, sums: manifest.tables, migrated })
}

/// `lienhiep db copy`: the source's snapshot loaded into the (new, empty) target in one
/// transaction, then every table's count and checksum compared. The source must be at the
/// newest schema this program knows (run `lienhiep migrate` on it first).
pub fn copy(
    source: &mut DbConnection,
    target: &mut DbConnection,
    progress: Progress<'_>,
) -> anyhow::Result<LoadReport> {
    let version =
        crate::db::pool::schema_version(source)?.ok_or_else(|| anyhow!("the source database has no schema"))?;
    if Some(&version) != crate::db::pool::newest_schema_version(source).as_ref() {
        bail!(
            "the source database's schema ({version}) is not this program's newest: run `lienhiep migrate` on it first"
        );
    }
    let newest_target = crate::db::pool::newest_schema_version(target).unwrap_or_default();
    prepare_target(target, &newest_target)?;
    let rows = in_write_transaction(target, |target| {
        clear_seeded(target)?;
        let mut loader = Loader::new(target);
        let manifest = dump(
            source,
            &mut |line| match parse_line(line)? {
                Line::Table { name, columns } => loader.start(&name, &columns),
                Line::Row(text) => loader.row(&text),
                Line::Header | Line::Trailer { .. } => Ok(()),
            },
            progress,
        )?;
        let rows = loader.finish()?;
        check_loaded(target, &manifest.tables, "after copying, these tables differ from the source")?;
        Ok((rows, manifest.tables))
    })?;
    Ok(LoadReport { rows: rows.0, sums: rows.1, migrated: Vec::new() })
}
