//! Response types of the operational endpoints.

use serde::Serialize;
use utoipa::ToSchema;

/// The state of the service. Nothing else: anyone may ask, so the answer tells no version or
/// database kind (the version is in the service's log at start).
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"status": "ok"}))]
pub struct HealthStatus {
    /// `ok` when the check passed.
    pub status: String,
}
