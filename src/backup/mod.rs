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

mod format;
mod load;
mod snapshot;

pub use format::*;
pub use load::*;
pub use snapshot::*;
