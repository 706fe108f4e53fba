//! Reading a database out: its tables and columns, each row in canonical form, in one
//! consistent snapshot; writing a backup file.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use anyhow::{anyhow, bail, Context};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::format::{
    hex, Column, Kind, Manifest, Summer, TableSum, BATCH, FORMAT, FORMAT_VERSION, TABLES, TRANSIENT_TABLES,
};
use crate::db::DbConnection;

pub(super) fn backend_name(conn: &DbConnection) -> &'static str {
    match conn {
        DbConnection::Pg(_) => "postgresql",
        DbConnection::Sqlite(_) => "sqlite",
    }
}

#[derive(QueryableByName)]
pub(super) struct NameAndType {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    declared: String,
}

#[derive(QueryableByName)]
pub(super) struct RowText {
    #[diesel(sql_type = Text)]
    row: String,
}

/// The tables of the connected database (ours, without the migrations' own).
pub fn tables_in(conn: &mut DbConnection) -> QueryResult<Vec<String>> {
    #[derive(QueryableByName)]
    struct Name {
        #[diesel(sql_type = Text)]
        name: String,
    }
    let sql = match conn {
        DbConnection::Pg(_) => {
            "SELECT table_name::text AS name FROM information_schema.tables \
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        }
        DbConnection::Sqlite(_) => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    };
    let mut names: Vec<String> = diesel::sql_query(sql)
        .load::<Name>(conn)?
        .into_iter()
        .map(|n| n.name)
        .filter(|n| n != "__diesel_schema_migrations")
        .collect();
    names.sort();
    Ok(names)
}

/// A table's columns, in the database's order.
pub fn columns(conn: &mut DbConnection, table: &str) -> anyhow::Result<Vec<Column>> {
    let rows: Vec<NameAndType> = match conn {
        DbConnection::Pg(_) => diesel::sql_query(
            "SELECT column_name::text AS name, data_type::text AS declared FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position",
        )
        .bind::<Text, _>(table)
        .load(conn)?,
        DbConnection::Sqlite(_) => {
            diesel::sql_query("SELECT name, type AS declared FROM pragma_table_info(?) ORDER BY cid")
                .bind::<Text, _>(table)
                .load(conn)?
        }
    };
    if rows.is_empty() {
        bail!("the database has no table {table}");
    }
    rows.into_iter()
        .map(|r| {
            let kind = Kind::from_declared(&r.declared).with_context(|| format!("{table}.{}", r.name))?;
            Ok(Column { name: r.name, kind, declared: r.declared })
        })
        .collect()
}

pub(super) fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The query that reads a table's rows, each as one JSON array.
pub(super) fn select_rows(conn: &DbConnection, table: &str, columns: &[Column]) -> String {
    let postgres = matches!(conn, DbConnection::Pg(_));
    let values: Vec<String> = columns
        .iter()
        .map(|c| match (c.kind, postgres) {
            (Kind::Bytes, true) => format!("encode({}, 'hex')", quoted(&c.name)),
            (Kind::Bytes, false) => format!("lower(hex({}))", quoted(&c.name)),
            _ => quoted(&c.name),
        })
        .collect();
    if postgres {
        format!("SELECT json_build_array({})::text AS row FROM {}", values.join(", "), quoted(table))
    } else {
        format!("SELECT json_array({}) AS row FROM {}", values.join(", "), quoted(table))
    }
}

/// A value as the database gave it, in the canonical form of its kind.
pub(super) fn canonical(kind: Kind, value: Value) -> anyhow::Result<Value> {
    Ok(match (kind, value) {
        (_, Value::Null) => Value::Null,
        (Kind::Boolean, Value::Bool(b)) => Value::Bool(b),
        (Kind::Boolean, Value::Number(n)) => Value::Bool(n.as_i64() != Some(0)),
        (Kind::Integer, Value::Number(n)) if n.is_i64() => Value::Number(n),
        (Kind::Float, Value::Number(n)) => {
            json!(n.as_f64().ok_or_else(|| anyhow!("{n} is not a number"))?)
        }
        (Kind::Timestamp, Value::String(s)) => {
            let parsed = chrono::NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S%.f")
                .or_else(|_| chrono::NaiveDateTime::parse_from_str(&s, "%Y-%m-%d %H:%M:%S%.f"))
                .map_err(|e| anyhow!("'{s}' is not a timestamp: {e}"))?;
            // As diesel writes timestamps (fractions of 0, 3, 6 or 9 digits).
            Value::String(parsed.format("%Y-%m-%d %H:%M:%S%.f").to_string())
        }
        (Kind::Text | Kind::Date | Kind::Bytes, Value::String(s)) => Value::String(s),
        (kind, other) => bail!("{other} is not a value of kind {kind:?}"),
    })
}

/// Reads every row of `table` and hands each to `f` as a canonical JSON array (one line).
/// Call inside the snapshot's transaction.
pub(super) fn each_row(
    conn: &mut DbConnection,
    table: &str,
    columns: &[Column],
    f: &mut dyn FnMut(String) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let sql = select_rows(conn, table, columns);
    let mut handle = |raw: String| -> anyhow::Result<()> {
        let Value::Array(values) = serde_json::from_str(&raw)? else { bail!("{table}: a row is not an array") };
        let values = values
            .into_iter()
            .zip(columns)
            .map(|(v, c)| canonical(c.kind, v).with_context(|| format!("{table}.{}", c.name)))
            .collect::<anyhow::Result<Vec<Value>>>()?;
        f(Value::Array(values).to_string())
    };
    match conn {
        DbConnection::Pg(pg) => {
            pg.batch_execute(&format!("DECLARE lienhiep_dump NO SCROLL CURSOR FOR {sql}"))?;
            loop {
                let batch: Vec<RowText> =
                    diesel::sql_query(format!("FETCH FORWARD {BATCH} FROM lienhiep_dump")).load(pg)?;
                if batch.is_empty() {
                    break;
                }
                for r in batch {
                    handle(r.row)?;
                }
            }
            pg.batch_execute("CLOSE lienhiep_dump")?;
        }
        DbConnection::Sqlite(sqlite) => {
            for r in diesel::sql_query(sql).load_iter::<RowText, diesel::connection::DefaultLoadingMode>(sqlite)? {
                handle(r?.row)?;
            }
        }
    }
    Ok(())
}

/// Runs `f` in one read-only snapshot of the database.
pub(super) fn in_snapshot<T>(
    conn: &mut DbConnection,
    f: impl FnOnce(&mut DbConnection) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let begin = match conn {
        DbConnection::Pg(_) => "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY",
        DbConnection::Sqlite(_) => "BEGIN",
    };
    conn.batch_execute(begin)?;
    let outcome = f(conn);
    // Read only: ending it either way changes nothing.
    let end = conn.batch_execute(if outcome.is_ok() { "COMMIT" } else { "ROLLBACK" });
    let value = outcome?;
    end?;
    Ok(value)
}

/// Something to report progress to: (table, rows done in it).
pub type Progress<'a> = &'a mut dyn FnMut(&str, u64);

/// Dumps the whole database in one snapshot: the header, then each table's line and rows
/// are handed to `out` as lines; returns the manifest.
pub(super) fn dump(
    conn: &mut DbConnection,
    out: &mut dyn FnMut(&str) -> anyhow::Result<()>,
    progress: Progress<'_>,
) -> anyhow::Result<Manifest> {
    check_tables(conn)?;
    in_snapshot(conn, |conn| {
        let schema_version =
            crate::db::pool::schema_version(conn)?.ok_or_else(|| anyhow!("the database has no schema"))?;
        let mut manifest = Manifest {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            schema_version,
            source_backend: backend_name(conn).into(),
            created_at: crate::domain::time::now().format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string(),
            tables: BTreeMap::new(),
        };
        let header = json!({
            "format": manifest.format, "format_version": manifest.format_version,
            "schema_version": manifest.schema_version, "source_backend": manifest.source_backend,
            "created_at": manifest.created_at,
        });
        out(&header.to_string())?;
        for table in TABLES {
            let columns = columns(conn, table)?;
            let described: Vec<Value> = columns.iter().map(|c| json!([c.name, c.kind])).collect();
            out(&json!({"table": table, "columns": described}).to_string())?;
            let mut sum = Summer::default();
            each_row(conn, table, &columns, &mut |line| {
                sum.add(&line);
                if sum.rows.is_multiple_of(10_000) {
                    progress(table, sum.rows);
                }
                out(&line)
            })?;
            progress(table, sum.rows);
            manifest.tables.insert((*table).to_owned(), sum.finish());
        }
        Ok(manifest)
    })
}

/// Every table's count and checksum, read as a backup would read them, in one snapshot.
pub fn sums(conn: &mut DbConnection) -> anyhow::Result<BTreeMap<String, TableSum>> {
    in_snapshot(conn, sums_in_transaction)
}

/// [`sums`] inside a transaction already open.
pub(super) fn sums_in_transaction(conn: &mut DbConnection) -> anyhow::Result<BTreeMap<String, TableSum>> {
    let mut sums = BTreeMap::new();
    for table in TABLES {
        let columns = columns(conn, table)?;
        let mut sum = Summer::default();
        each_row(conn, table, &columns, &mut |line| {
            sum.add(&line);
            Ok(())
        })?;
        sums.insert((*table).to_owned(), sum.finish());
    }
    Ok(sums)
}

/// Refuses a database whose tables are not the ones this program backs up (a table added by
/// a migration must be added to [`TABLES`] or [`TRANSIENT_TABLES`]).
pub(super) fn check_tables(conn: &mut DbConnection) -> anyhow::Result<()> {
    let mut known: Vec<&str> = TABLES.iter().chain(TRANSIENT_TABLES).copied().collect();
    known.sort_unstable();
    let present = tables_in(conn)?;
    let unknown: Vec<&String> = present.iter().filter(|t| !known.contains(&t.as_str())).collect();
    let missing: Vec<&&str> = TABLES.iter().filter(|t| !present.iter().any(|p| p == *t)).collect();
    if !unknown.is_empty() || !missing.is_empty() {
        bail!("the database's tables are not the ones this program knows (unknown: {unknown:?}, missing: {missing:?})");
    }
    Ok(())
}

/// What a backup wrote.
#[derive(Debug, Clone)]
pub struct BackupReport {
    /// The manifest.
    pub manifest: Manifest,
    /// Bytes written (compressed).
    pub bytes: u64,
}

/// `lienhiep backup --to FILE`: a consistent snapshot of the database, written to `FILE.partial`
/// and renamed to `path` once complete (an existing file is never overwritten).
pub fn backup(conn: &mut DbConnection, path: &Path, progress: Progress<'_>) -> anyhow::Result<BackupReport> {
    if path.exists() {
        bail!("{} exists; a backup never overwrites a file", path.display());
    }
    let partial = path.with_extension(match path.extension() {
        Some(e) => format!("{}.partial", e.to_string_lossy()),
        None => "partial".into(),
    });
    let file = std::fs::File::create(&partial).with_context(|| format!("cannot create {}", partial.display()))?;
    let result = (|| -> anyhow::Result<Manifest> {
        let mut gz = flate2::write::GzEncoder::new(std::io::BufWriter::new(file), flate2::Compression::fast());
        let mut hasher = Sha256::new();
        let manifest = dump(
            conn,
            &mut |line| {
                hasher.update(line.as_bytes());
                hasher.update(b"\n");
                gz.write_all(line.as_bytes())?;
                gz.write_all(b"\n")?;
                Ok(())
            },
            progress,
        )?;
        let trailer = json!({"manifest": manifest, "sha256": hex(&hasher.finalize())});
        gz.write_all(trailer.to_string().as_bytes())?;
        gz.write_all(b"\n")?;
        let file = gz.finish()?.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(manifest)
    })();
    match result {
        Ok(manifest) => {
            std::fs::rename(&partial, path)?;
            let bytes = std::fs::metadata(path)?.len();
            Ok(BackupReport { manifest, bytes })
        }
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            Err(e)
        }
    }
}
