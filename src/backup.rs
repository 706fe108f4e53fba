//! Backups, restores and copies between databases, in one logical format for both backends.
//!
//! A backup is a gzip-compressed file of JSON lines:
//! 1. a header: `{"format": "lienhiep-backup", "format_version": 1, "schema_version": …,
//!    "source_backend": …, "created_at": …}`;
//! 2. per table, `{"table": NAME, "columns": [[NAME, KIND], …]}` and then one JSON array per
//!    row, every value in a canonical form whichever backend it came from (timestamps as
//!    `YYYY-MM-DD HH:MM:SS[.fff…]`, booleans as `true`/`false`, bytes as hex);
//! 3. a trailer: `{"manifest": {…, "tables": {NAME: {"rows": N, "checksum": HEX}}}, "sha256": HEX}`,
//!    where `sha256` covers every byte before the trailer and each table's checksum is the
//!    sum (mod 2^128) of its rows' SHA-256, so that it does not depend on row order and can
//!    be compared between backends.
//!
//! The snapshot is consistent: the whole dump reads in one transaction (`REPEATABLE READ`
//! on PostgreSQL, one read transaction on SQLite), while the service goes on writing. A
//! restore checks the whole file before changing anything, loads it in one transaction into
//! an empty database migrated to the backup's schema, checks every table's count and
//! checksum, and then migrates the rest of the way. `db copy` is the same dump and load
//! without a file.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::Path;

use anyhow::{anyhow, bail, Context};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::Text;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use crate::db::DbConnection;

/// The format's name, in the header.
pub const FORMAT: &str = "lienhiep-backup";
/// The format's version, in the header.
pub const FORMAT_VERSION: u64 = 1;

/// Every table a backup holds, in an order that loads parents before children.
pub const TABLES: &[&str] = &[
    "reference_lists",
    "reference_values",
    "users",
    "user_roles",
    "associations",
    "user_associations",
    "association_status_history",
    "branches",
    "audit_log",
    "refresh_tokens",
    "api_clients",
    "api_client_roles",
    "api_client_associations",
    "persons",
    "memberships",
    "member_search",
    "counters",
    "person_merges",
    "jobs",
    "award_categories",
    "honour_rounds",
    "honourees",
    "honouree_categories",
    "nominations",
    "commendations",
    "activities",
    "advisory_cases",
    "advisory_experts",
    "advisory_drafts",
    "contests",
    "contest_editions",
    "edition_criteria",
    "contest_entries",
    "entry_authors",
    "judge_assignments",
    "entry_scores",
    "entry_score_changes",
    "data_version",
    "association_annual_reports",
    "indicators",
    "indicator_values",
    "id_hash_keys",
];

/// Tables a backup leaves out: short-lived records that mean nothing after a restore
/// (idempotency keys of the last day, failed logins for throttling), and the member figures
/// that triggers derive from memberships (a restore rebuilds them as it loads the rows).
pub const TRANSIENT_TABLES: &[&str] = &["idempotency_keys", "login_attempts", "member_figures"];

/// Tables a freshly migrated database already fills (reference lists, the data version, the
/// feed counters, the national-ID key chain, the catalogues migrations seed): a restore
/// replaces their rows, children first. Any change made through the API leaves an audit
/// record, so a target whose other tables (the audit log among them) are empty is new.
const SEEDED_TABLES: &[&str] = &[
    "indicator_values",
    "indicators",
    "contests",
    "award_categories",
    "reference_values",
    "reference_lists",
    "data_version",
    "counters",
    "id_hash_keys",
];

/// Columns that refer to their own table: loaded as null, then set once every row is in.
const SELF_REFERENCES: &[(&str, &str)] = &[("persons", "merged_into")];

/// Rows per read and per insert.
const BATCH: usize = 2_000;

/// How a column's values are written in a backup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A whole number.
    Integer,
    /// A floating-point number.
    Float,
    /// `true` or `false`.
    Boolean,
    /// Text.
    Text,
    /// `YYYY-MM-DD`.
    Date,
    /// `YYYY-MM-DD HH:MM:SS[.fff…]` (UTC).
    Timestamp,
    /// Bytes, as lowercase hex.
    Bytes,
}

impl Kind {
    fn from_declared(declared: &str) -> anyhow::Result<Kind> {
        let t = declared.to_ascii_lowercase();
        Ok(match t.as_str() {
            "bigint" | "integer" | "smallint" | "int" | "int4" | "int8" => Kind::Integer,
            "double" | "double precision" | "real" | "float" => Kind::Float,
            "boolean" | "bool" => Kind::Boolean,
            "text" | "character varying" | "varchar" => Kind::Text,
            "date" => Kind::Date,
            "timestamp" | "timestamp without time zone" => Kind::Timestamp,
            "bytea" | "blob" => Kind::Bytes,
            other => bail!("a column of type {other} cannot be backed up"),
        })
    }
}

/// A table's column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Its name.
    pub name: String,
    /// How its values are written.
    pub kind: Kind,
    /// Its type as the database declares it (for casts on PostgreSQL).
    declared: String,
}

/// A table's row count and order-independent checksum.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct TableSum {
    /// Rows.
    pub rows: u64,
    /// The sum of the rows' SHA-256 (first 16 bytes, little-endian, mod 2^128), hex.
    pub checksum: String,
}

#[derive(Default)]
struct Summer {
    rows: u64,
    sum: u128,
}

impl Summer {
    fn add(&mut self, line: &str) {
        let digest = Sha256::digest(line.as_bytes());
        let mut first = [0u8; 16];
        first.copy_from_slice(&digest[..16]);
        self.sum = self.sum.wrapping_add(u128::from_le_bytes(first));
        self.rows += 1;
    }

    fn finish(&self) -> TableSum {
        TableSum { rows: self.rows, checksum: format!("{:032x}", self.sum) }
    }
}

/// What a backup's manifest says.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format's version.
    pub format_version: u64,
    /// The newest migration applied to the database the backup was made from.
    pub schema_version: String,
    /// `sqlite` or `postgresql`.
    pub source_backend: String,
    /// When the snapshot was taken (UTC).
    pub created_at: String,
    /// Each table's rows and checksum.
    pub tables: BTreeMap<String, TableSum>,
}

fn backend_name(conn: &DbConnection) -> &'static str {
    match conn {
        DbConnection::Pg(_) => "postgresql",
        DbConnection::Sqlite(_) => "sqlite",
    }
}

#[derive(QueryableByName)]
struct NameAndType {
    #[diesel(sql_type = Text)]
    name: String,
    #[diesel(sql_type = Text)]
    declared: String,
}

#[derive(QueryableByName)]
struct RowText {
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

fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// The query that reads a table's rows, each as one JSON array.
fn select_rows(conn: &DbConnection, table: &str, columns: &[Column]) -> String {
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
fn canonical(kind: Kind, value: Value) -> anyhow::Result<Value> {
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
fn each_row(
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
fn in_snapshot<T>(
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
fn dump(
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
fn sums_in_transaction(conn: &mut DbConnection) -> anyhow::Result<BTreeMap<String, TableSum>> {
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
fn check_tables(conn: &mut DbConnection) -> anyhow::Result<()> {
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

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One line of a backup, as read back.
enum Line {
    Header,
    Table { name: String, columns: Vec<(String, Kind)> },
    Row(String),
    Trailer { manifest: Manifest, sha256: String },
}

fn parse_line(line: &str) -> anyhow::Result<Line> {
    if line.starts_with('[') {
        return Ok(Line::Row(line.to_owned()));
    }
    let value: Value = serde_json::from_str(line).context("a line is not JSON")?;
    if let Some(name) = value.get("table").and_then(Value::as_str) {
        let columns: Vec<(String, Kind)> = serde_json::from_value(value.get("columns").cloned().unwrap_or(Value::Null))
            .context("a table's columns")?;
        return Ok(Line::Table { name: name.to_owned(), columns });
    }
    if value.get("format").is_some() {
        return Ok(Line::Header);
    }
    if let (Some(manifest), Some(sha256)) = (value.get("manifest"), value.get("sha256").and_then(Value::as_str)) {
        let manifest: Manifest = serde_json::from_value(manifest.clone()).context("the manifest")?;
        return Ok(Line::Trailer { manifest, sha256: sha256.to_owned() });
    }
    bail!("a line is neither a table, a row nor the manifest")
}

fn open_lines(
    path: &Path,
) -> anyhow::Result<std::io::Lines<std::io::BufReader<flate2::read::GzDecoder<std::fs::File>>>> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    Ok(std::io::BufReader::with_capacity(1 << 16, flate2::read::GzDecoder::new(file)).lines())
}

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
struct Loader<'c> {
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
fn check_empty(conn: &mut DbConnection) -> anyhow::Result<()> {
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
fn in_write_transaction<T>(
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

enum TransactionError {
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
fn prepare_target(conn: &mut DbConnection, schema_version: &str) -> anyhow::Result<()> {
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
fn clear_seeded(conn: &mut DbConnection) -> anyhow::Result<()> {
    for table in SEEDED_TABLES {
        conn.batch_execute(&format!("DELETE FROM {}", quoted(table)))?;
    }
    Ok(())
}

/// Compares the loaded tables' rows and checksums with `expected`, inside the load's
/// transaction: an error rolls the whole load back.
fn check_loaded(conn: &mut DbConnection, expected: &BTreeMap<String, TableSum>, differ: &str) -> anyhow::Result<()> {
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
