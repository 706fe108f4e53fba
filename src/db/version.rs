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
