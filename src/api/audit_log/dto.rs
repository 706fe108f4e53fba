//! Response types of the audit log.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::time::rfc3339;
use crate::models::audit::AuditRow;

/// One write, as recorded.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 41, "occurred_at": "2026-11-27T08:00:00Z", "actor": "user:12 (an.nguyen)", "action": "association.update",
    "entity_type": "association", "entity_id": "3", "request_id": "3f2a0c1e-9b7d-4c55-8a0e-2f1d6c7b9a10",
    "changes": {"chairperson": {"from": "Nguyễn Văn An", "to": "Trần Thị Bình"}, "phone": {"from": "***", "to": "***"}}
}))]
pub struct AuditEntry {
    /// Id (increasing).
    pub id: i64,
    /// When.
    pub occurred_at: DateTime<Utc>,
    /// Who: `user:<id> (<username>)`, `client:<client_id> (<name>)` or `system (…)`.
    pub actor: String,
    /// What, e.g. `association.create`, `association.update`, `user.disable`.
    pub action: String,
    /// Kind of record.
    pub entity_type: String,
    /// Its id.
    pub entity_id: String,
    /// The request that made the change.
    pub request_id: Option<String>,
    /// Changed fields: `{"field": {"from": …, "to": …}}`; personal data shows as `***`.
    pub changes: serde_json::Value,
}

impl AuditEntry {
    /// The view of a stored row.
    pub fn from_row(row: AuditRow) -> Self {
        AuditEntry {
            id: row.id,
            occurred_at: rfc3339(row.occurred_at),
            actor: row.actor,
            action: row.action,
            entity_type: row.entity_type,
            entity_id: row.entity_id,
            request_id: row.request_id,
            changes: serde_json::from_str(&row.changes).unwrap_or(serde_json::Value::Null),
        }
    }
}

/// Query parameters of the audit log.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only writes by this subject, e.g. `user:12` or `client:lh_…`.
    #[param(max_length = 200)]
    pub actor: Option<String>,
    /// Only this kind of record, e.g. `association`.
    #[param(max_length = 64)]
    pub entity_type: Option<String>,
    /// Only this record id (with `entity_type`).
    #[param(max_length = 64)]
    pub entity_id: Option<String>,
    /// From this instant on (RFC 3339).
    pub from: Option<DateTime<Utc>>,
    /// Before this instant (RFC 3339).
    pub to: Option<DateTime<Utc>>,
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Also count all matching records (costs a query).
    pub include_total: Option<bool>,
}

/// A page of audit records, newest first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AuditPage {
    /// The records.
    pub items: Vec<AuditEntry>,
    /// Pass as `cursor` for the next (older) page; `null` on the last.
    pub next_cursor: Option<String>,
    /// All matching records, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
