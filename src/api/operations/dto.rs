//! Response types of the operational endpoints.

use serde::Serialize;
use utoipa::ToSchema;

/// The state of the service.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"status": "ok", "version": "0.1.0"}))]
pub struct HealthStatus {
    /// `ok` when the check passed.
    pub status: String,
    /// Version of the running service.
    pub version: String,
    /// For readiness: the database backend in use (`sqlite` or `postgresql`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
}
