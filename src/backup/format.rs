//! The backup format: its tables, column kinds, checksums and lines.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

use anyhow::{bail, Context};
use serde_json::Value;
use sha2::{Digest, Sha256};

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
    "entry_international_awards",
    "entry_scores",
    "entry_score_changes",
    "data_version",
    "association_annual_reports",
    "association_national_standing",
    "indicators",
    "indicator_values",
    "id_hash_keys",
    "union_profile",
    "union_terms",
    "union_staff",
    "union_province_figures",
    "union_units",
];

/// Tables a backup leaves out: short-lived records that mean nothing after a restore
/// (idempotency keys of the last day, failed logins for throttling), and the member figures
/// that triggers derive from memberships (a restore rebuilds them as it loads the rows).
pub const TRANSIENT_TABLES: &[&str] = &["idempotency_keys", "login_attempts", "member_figures"];

/// Tables a freshly migrated database already fills (reference lists, the data version, the
/// feed counters, the national-ID key chain, the catalogues migrations seed): a restore
/// replaces their rows, children first. Any change made through the API leaves an audit
/// record, so a target whose other tables (the audit log among them) are empty is new.
pub(super) const SEEDED_TABLES: &[&str] = &[
    "union_profile",
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
pub(super) const SELF_REFERENCES: &[(&str, &str)] = &[("persons", "merged_into")];

/// Rows per read and per insert.
pub(super) const BATCH: usize = 2_000;

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
    pub(super) fn from_declared(declared: &str) -> anyhow::Result<Kind> {
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
    pub(super) declared: String,
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
pub(super) struct Summer {
    pub(super) rows: u64,
    pub(super) sum: u128,
}

impl Summer {
    pub(super) fn add(&mut self, line: &str) {
        let digest = Sha256::digest(line.as_bytes());
        let mut first = [0u8; 16];
        first.copy_from_slice(&digest[..16]);
        self.sum = self.sum.wrapping_add(u128::from_le_bytes(first));
        self.rows += 1;
    }

    pub(super) fn finish(&self) -> TableSum {
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

pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One line of a backup, as read back.
pub(super) enum Line {
    Header,
    Table { name: String, columns: Vec<(String, Kind)> },
    Row(String),
    Trailer { manifest: Manifest, sha256: String },
}

pub(super) fn parse_line(line: &str) -> anyhow::Result<Line> {
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

pub(super) fn open_lines(
    path: &Path,
) -> anyhow::Result<std::io::Lines<std::io::BufReader<flate2::read::GzDecoder<std::fs::File>>>> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    Ok(std::io::BufReader::with_capacity(1 << 16, flate2::read::GzDecoder::new(file)).lines())
}
