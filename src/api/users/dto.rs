//! Request and response types of users.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::Role;
use crate::domain::codes::CodeList;
use crate::domain::json_int::Int64;
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::error::{ApiError, FieldError};
use crate::models::user::UserAccount;

/// A user as the API shows it (never the password).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 12, "username": "an.nguyen", "roles": ["association_manager"], "association_ids": [3], "person_id": null,
    "enabled": true, "must_change_password": false, "last_login_at": "2026-11-27T08:00:00Z", "version": 2,
    "created_at": "2026-11-20T08:00:00Z", "updated_at": "2026-11-21T08:00:00Z"
}))]
pub struct User {
    /// Id.
    pub id: i64,
    /// Login name.
    pub username: String,
    /// Roles.
    pub roles: Vec<Role>,
    /// The associations `association_manager` applies to.
    pub association_ids: Vec<i64>,
    /// The person (member) this user is, if linked.
    pub person_id: Option<i64>,
    /// Whether the user may log in. Disabling refuses refresh at once; access tokens already
    /// issued stay valid until they expire (at most `LIENHIEP_ACCESS_TOKEN_TTL_SECS`, 15 minutes by default).
    pub enabled: bool,
    /// The password is temporary and must be changed at next login.
    pub must_change_password: bool,
    /// Last successful login.
    pub last_login_at: Option<DateTime<Utc>>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

impl User {
    /// The view of a stored account.
    pub fn from_account(a: UserAccount) -> Self {
        User {
            id: a.user.id,
            username: a.user.username,
            roles: a.roles,
            association_ids: a.association_ids,
            person_id: a.user.person_id,
            enabled: a.user.enabled,
            must_change_password: a.user.must_change_password,
            last_login_at: a.user.last_login_at.map(rfc3339),
            version: a.user.version,
            created_at: rfc3339(a.user.created_at),
            updated_at: rfc3339(a.user.updated_at),
        }
    }
}

/// A new user.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"username": "an.nguyen", "password": "temporary passphrase 1", "roles": ["association_manager"], "association_ids": [3]}))]
pub struct UserInput {
    /// Login name: 3 to 64 of letters, digits, `.`, `_`, `-`, `@`; unique.
    #[schema(pattern = r"^[A-Za-z0-9._@-]{3,64}$")]
    pub username: String,
    /// The first password: at least 10 characters, not the username, not a common password.
    #[schema(min_length = 10, max_length = 256)]
    pub password: String,
    /// Roles (at least one).
    #[schema(min_items = 1)]
    pub roles: Vec<Role>,
    /// With `association_manager`: the associations it manages (at least one).
    #[serde(default)]
    #[schema(value_type = Vec<i64>)]
    pub association_ids: Vec<Int64>,
    /// The person (member) this user is.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Option<Int64>,
    /// Make the user change the password at first login (default `true`).
    #[serde(default)]
    pub must_change_password: Option<bool>,
}

/// Checks roles and scope together.
pub fn check_roles(roles: &[Role], association_ids: &[i64], errors: &mut Vec<FieldError>) {
    if roles.is_empty() {
        errors.push(FieldError::new("roles", "length", "must name at least one role"));
    }
    let manager = roles.contains(&Role::AssociationManager);
    if manager && association_ids.is_empty() {
        errors.push(FieldError::new(
            "association_ids",
            "required",
            "association_manager needs at least one association",
        ));
    }
    if !manager && !association_ids.is_empty() {
        errors.push(FieldError::new("association_ids", "unused", "applies only to the association_manager role"));
    }
}

/// Checks a username.
pub fn check_username(username: &str, errors: &mut Vec<FieldError>) {
    if !crate::models::user::valid_username(username) {
        errors.push(FieldError::new("username", "format", "must be 3 to 64 of letters, digits, '.', '_', '-', '@'"));
    }
}

/// Changes to a user as a JSON Merge Patch. `roles` cannot be cleared; `null` for
/// `association_ids` empties the scope.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"roles": ["staff"], "association_ids": null}))]
pub struct UserPatch {
    /// Roles.
    #[serde(default)]
    #[schema(value_type = Vec<Role>)]
    pub roles: Patch<Vec<Role>>,
    /// The associations `association_manager` applies to.
    #[serde(default)]
    #[schema(value_type = Option<Vec<i64>>)]
    pub association_ids: Patch<Vec<Int64>>,
    /// The linked person.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Patch<Int64>,
}

/// A temporary password set by an admin.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TemporaryPassword {
    /// The temporary password (policy as for any password); the user must change it at next login.
    #[schema(min_length = 10, max_length = 256)]
    pub password: String,
}

/// Query parameters of the user list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UserListQuery {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Also count all matching users (costs a query).
    pub include_total: Option<bool>,
    /// Only enabled (`true`) or disabled (`false`) users.
    pub enabled: Option<bool>,
}

/// A page of users, by id.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct UserPage {
    /// The users.
    pub items: Vec<User>,
    /// Pass as `cursor` for the next page; `null` on the last.
    pub next_cursor: Option<String>,
    /// All matching users, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

/// A 422 when `errors` is not empty.
pub fn fail_if_any(mut errors: Vec<FieldError>) -> Result<(), ApiError> {
    if errors.is_empty() {
        Ok(())
    } else {
        errors.sort_by(|a, b| a.field.cmp(&b.field));
        Err(ApiError::Validation(errors))
    }
}

/// Role codes, for messages.
pub fn codes(roles: &[Role]) -> Vec<&'static str> {
    roles.iter().map(|r| r.code()).collect()
}
