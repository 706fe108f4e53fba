//! Request and response types of machine clients.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::Role;
use crate::domain::json_int::Int64;
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::error::FieldError;
use crate::models::api_client::{ApiClient as Model, CLIENT_ROLES};

/// A machine client as the API shows it (never the secret).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 2, "client_id": "lh_6f1c0d2e8b7a4c3d9e0f1a2b3c4d5e6f", "name": "Sở KH&CN: thống kê",
    "roles": ["statistics_reader"], "association_ids": [], "enabled": true, "last_used_at": null, "version": 1,
    "created_at": "2026-11-27T08:00:00Z", "updated_at": "2026-11-27T08:00:00Z"
}))]
pub struct ApiClient {
    /// Id.
    pub id: i64,
    /// The public client id to send to the token endpoint.
    pub client_id: String,
    /// Who or what the client is.
    pub name: String,
    /// Roles: `statistics_reader` (a provincial system), `association_manager` (an
    /// association's own system), or `staff`.
    pub roles: Vec<Role>,
    /// With `association_manager`: the associations it acts for.
    pub association_ids: Vec<i64>,
    /// Whether it may get tokens.
    pub enabled: bool,
    /// When it last got a token.
    pub last_used_at: Option<DateTime<Utc>>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

impl ApiClient {
    /// The view of a stored client.
    pub fn from_model(m: Model) -> Self {
        ApiClient {
            id: m.row.id,
            client_id: m.row.client_id,
            name: m.row.name,
            roles: m.roles,
            association_ids: m.association_ids,
            enabled: m.row.enabled,
            last_used_at: m.row.last_used_at.map(rfc3339),
            version: m.row.version,
            created_at: rfc3339(m.row.created_at),
            updated_at: rfc3339(m.row.updated_at),
        }
    }
}

/// A client with its secret, answered once when created or when the secret is replaced.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ApiClientWithSecret {
    /// The client.
    #[serde(flatten)]
    pub client: ApiClient,
    /// The secret: shown only now, stored only as a hash. Keep it safe.
    pub client_secret: String,
}

/// A new machine client.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name": "Sở KH&CN: thống kê", "roles": ["statistics_reader"]}))]
pub struct ApiClientInput {
    /// Who or what the client is, 2 to 100 characters.
    #[schema(min_length = 2, max_length = 100)]
    pub name: String,
    /// Roles (at least one of `staff`, `association_manager`, `statistics_reader`).
    #[schema(min_items = 1)]
    pub roles: Vec<Role>,
    /// With `association_manager`: the associations it acts for.
    #[serde(default)]
    #[schema(value_type = Vec<i64>)]
    pub association_ids: Vec<Int64>,
}

/// Changes to a client as a JSON Merge Patch.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"enabled": false}))]
pub struct ApiClientPatch {
    /// Name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub name: Patch<String>,
    /// Roles.
    #[serde(default)]
    #[schema(value_type = Vec<Role>)]
    pub roles: Patch<Vec<Role>>,
    /// Association scope.
    #[serde(default)]
    #[schema(value_type = Option<Vec<i64>>)]
    pub association_ids: Patch<Vec<Int64>>,
    /// Whether it may get tokens.
    #[serde(default)]
    #[schema(value_type = bool)]
    pub enabled: Patch<bool>,
}

/// The clients.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ApiClientList {
    /// Every client, oldest first.
    pub items: Vec<ApiClient>,
}

/// Checks name, roles and scope of a client.
pub fn check(name: &str, roles: &[Role], association_ids: &[i64], errors: &mut Vec<FieldError>) {
    crate::domain::validate::plain_text([("name", Some(name))], errors);
    let len = name.trim().chars().count();
    if !(2..=100).contains(&len) {
        errors.push(FieldError::new("name", "length", "must be 2 to 100 characters long"));
    }
    if roles.iter().any(|r| !CLIENT_ROLES.contains(r)) {
        errors.push(FieldError::new(
            "roles",
            "role",
            "a machine client may hold staff, association_manager or statistics_reader",
        ));
    }
    crate::api::users::dto::check_roles(roles, association_ids, errors);
}
