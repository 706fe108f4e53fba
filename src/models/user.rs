//! Users: people who log in, with their roles and association scope.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::auth::Role;
use crate::db::schema::{user_associations, user_roles, users};
use crate::db::version::OrStale;
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::CodeList;
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "user";

/// A row of `users`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct UserRow {
    /// Id.
    pub id: i64,
    /// Login name.
    pub username: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Linked person.
    pub person_id: Option<i64>,
    /// May log in.
    pub enabled: bool,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
    /// Must change the password before anything else.
    pub must_change_password: bool,
    /// Last successful login.
    pub last_login_at: Option<NaiveDateTime>,
}

/// A user with roles and scope.
#[derive(Debug, Clone)]
pub struct UserAccount {
    /// The row.
    pub user: UserRow,
    /// Roles, in code order.
    pub roles: Vec<Role>,
    /// Associations of scoped roles.
    pub association_ids: Vec<i64>,
}

fn load_account(conn: &mut DbConnection, user: UserRow) -> QueryResult<UserAccount> {
    let roles: Vec<Role> = user_roles::table
        .filter(user_roles::user_id.eq(user.id))
        .select(user_roles::role)
        .order(user_roles::role)
        .load(conn)?;
    let association_ids: Vec<i64> = user_associations::table
        .filter(user_associations::user_id.eq(user.id))
        .select(user_associations::association_id)
        .order(user_associations::association_id)
        .load(conn)?;
    Ok(UserAccount { user, roles, association_ids })
}

/// The account with this username, if any.
pub fn find_by_username(conn: &mut DbConnection, username: &str) -> QueryResult<Option<UserAccount>> {
    let user = users::table.filter(users::username.eq(username)).select(UserRow::as_select()).first(conn).optional()?;
    user.map(|u| load_account(conn, u)).transpose()
}

/// The account with this id, if any.
pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<UserAccount>> {
    let user = users::table.find(id).select(UserRow::as_select()).first(conn).optional()?;
    user.map(|u| load_account(conn, u)).transpose()
}

/// The person that user `id`, who must hold `role`, is linked to, with their name: the
/// field error (on `field`) says why not — no such user, not holding the role, not linked
/// to a person, or linked to a person merged into another.
pub fn linked_person(
    conn: &mut DbConnection,
    id: i64,
    role: Role,
    field: &str,
) -> Result<(i64, crate::models::person::PersonRef), ApiError> {
    let account =
        find(conn, id)?.ok_or_else(|| ApiError::invalid(field, "unknown", format!("there is no user with id {id}")))?;
    if !account.roles.contains(&role) {
        return Err(ApiError::invalid(
            field,
            format!("not_{}", role.code()),
            format!("user {id} does not hold the {} role", role.code()),
        ));
    }
    let Some(person_id) = account.user.person_id else {
        return Err(ApiError::invalid(
            field,
            "no_person",
            format!("user {id} is not linked to a person: set its person_id first"),
        ));
    };
    let person =
        crate::models::person::referenced(conn, person_id, field)?.map_err(|e| ApiError::Validation(vec![e]))?;
    Ok((person_id, person))
}

/// What a new user is.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Login name.
    pub username: String,
    /// Argon2id hash of the password.
    pub password_hash: String,
    /// Roles.
    pub roles: Vec<Role>,
    /// Associations of scoped roles.
    pub association_ids: Vec<i64>,
    /// Linked person.
    pub person_id: Option<i64>,
    /// The password is temporary: change it at first login.
    pub must_change_password: bool,
}

/// Creates a user with roles and scope, and its audit record. The associations must exist;
/// a taken username is a 409.
pub fn create(conn: &mut DbConnection, ctx: &WriteContext, new: &NewUser) -> Result<UserAccount, ApiError> {
    write_transaction(conn, |conn| {
        crate::models::association::ensure_exist(conn, &new.association_ids)?;
        let user: UserRow = diesel::insert_into(users::table)
            .values((
                users::username.eq(&new.username),
                users::password_hash.eq(&new.password_hash),
                users::person_id.eq(new.person_id),
                users::enabled.eq(true),
                users::must_change_password.eq(new.must_change_password),
                users::version.eq(1),
                users::created_at.eq(ctx.now),
                users::updated_at.eq(ctx.now),
            ))
            .returning(users::all_columns)
            .get_result(conn)
            .map_err(|e| ApiError::on_unique_violation(e, || format!("the username '{}' is taken", new.username)))?;
        let mut roles = new.roles.clone();
        roles.sort_by_key(|r| r.code());
        roles.dedup();
        for role in &roles {
            diesel::insert_into(user_roles::table)
                .values((user_roles::user_id.eq(user.id), user_roles::role.eq(role)))
                .execute(conn)?;
        }
        let mut scope = new.association_ids.clone();
        scope.sort_unstable();
        scope.dedup();
        for association_id in &scope {
            diesel::insert_into(user_associations::table)
                .values((user_associations::user_id.eq(user.id), user_associations::association_id.eq(association_id)))
                .execute(conn)?;
        }
        let after = serde_json::json!({
            "username": new.username,
            "roles": roles.iter().map(|r| r.code()).collect::<Vec<_>>(),
            "association_ids": scope,
            "person_id": new.person_id,
            "enabled": true,
        });
        audit::record(conn, ctx, "user.create", ENTITY, &user.id.to_string(), &audit::changes(None, &after, &[]))?;
        Ok(UserAccount { user, roles, association_ids: scope })
    })
}

/// A valid username: 3 to 64 of letters, digits, `.`, `_`, `-`, `@`.
pub fn valid_username(name: &str) -> bool {
    (3..=64).contains(&name.len())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'))
}

/// Creates a user from the command line: checks the username, roles and password policy.
pub fn create_from_cli(
    conn: &mut DbConnection,
    username: &str,
    password: &str,
    roles: &[String],
    association_ids: &[i64],
    person_id: Option<i64>,
) -> anyhow::Result<UserAccount> {
    if !valid_username(username) {
        anyhow::bail!("the username must be 3 to 64 of letters, digits, '.', '_', '-', '@'");
    }
    let roles = roles
        .iter()
        .map(|code| Role::from_code(code).ok_or_else(|| anyhow::anyhow!("unknown role '{code}'")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    if roles.contains(&Role::AssociationManager) && association_ids.is_empty() {
        anyhow::bail!("association_manager needs at least one --association-id");
    }
    crate::auth::password::check_policy(password, username).map_err(|m| anyhow::anyhow!("the password {m}"))?;
    let new = NewUser {
        username: username.to_owned(),
        password_hash: crate::auth::password::hash_password(password)?,
        roles,
        association_ids: association_ids.to_vec(),
        person_id,
        must_change_password: false,
    };
    create(conn, &WriteContext::system("command line"), &new).map_err(|e| match e {
        ApiError::Validation(errors) => anyhow::anyhow!(
            "{}",
            errors.iter().map(|e| format!("{}: {}", e.field, e.message)).collect::<Vec<_>>().join("; ")
        ),
        ApiError::Conflict { detail, .. } => anyhow::anyhow!("{detail}"),
        other => anyhow::anyhow!("{other}"),
    })
}

/// How many users there are (only the enabled or the disabled ones with `enabled`).
pub fn count(conn: &mut DbConnection, enabled: Option<bool>) -> QueryResult<i64> {
    let mut query = users::table.into_boxed::<crate::db::MultiBackend>();
    if let Some(enabled) = enabled {
        query = query.filter(users::enabled.eq(enabled));
    }
    query.count().get_result(conn)
}

/// Every user, by id, after `after_id`.
pub fn list(
    conn: &mut DbConnection,
    after_id: Option<i64>,
    limit: i64,
    enabled: Option<bool>,
) -> QueryResult<Vec<UserAccount>> {
    let mut query = users::table.into_boxed::<crate::db::MultiBackend>();
    if let Some(after) = after_id {
        query = query.filter(users::id.gt(after));
    }
    if let Some(enabled) = enabled {
        query = query.filter(users::enabled.eq(enabled));
    }
    let rows = query.order(users::id.asc()).limit(limit).select(UserRow::as_select()).load(conn)?;
    // Roles and scope of the whole page in two queries, not two per user.
    let ids: Vec<i64> = rows.iter().map(|u| u.id).collect();
    let roles: Vec<(i64, Role)> = user_roles::table
        .filter(user_roles::user_id.eq_any(&ids))
        .select((user_roles::user_id, user_roles::role))
        .order((user_roles::user_id, user_roles::role))
        .load(conn)?;
    let scopes: Vec<(i64, i64)> = user_associations::table
        .filter(user_associations::user_id.eq_any(&ids))
        .select((user_associations::user_id, user_associations::association_id))
        .order((user_associations::user_id, user_associations::association_id))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|user| UserAccount {
            roles: roles.iter().filter(|(id, _)| *id == user.id).map(|(_, r)| *r).collect(),
            association_ids: scopes.iter().filter(|(id, _)| *id == user.id).map(|(_, a)| *a).collect(),
            user,
        })
        .collect())
}

/// 404 unless user `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<UserAccount, ApiError> {
    find(conn, id)?.ok_or_else(|| ApiError::NotFound(format!("no user with id {id}")))
}

/// What an admin may change on a user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserChanges {
    /// Roles.
    pub roles: Vec<Role>,
    /// Association scope.
    pub association_ids: Vec<i64>,
    /// Linked person.
    pub person_id: Option<i64>,
}

fn audit_view(roles: &[Role], association_ids: &[i64], person_id: Option<i64>, enabled: bool) -> serde_json::Value {
    serde_json::json!({
        "roles": roles.iter().map(|r| r.code()).collect::<Vec<_>>(),
        "association_ids": association_ids,
        "person_id": person_id,
        "enabled": enabled,
    })
}

/// Changes roles, scope and person of a user (with `If-Match`), with its audit record.
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: crate::db::version::IfMatch,
    edit: impl FnOnce(&UserAccount) -> Result<UserChanges, ApiError>,
) -> Result<UserAccount, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        let mut changes = edit(&current)?;
        if_match.check(current.user.version)?;
        changes.roles.sort_by_key(|r| r.code());
        changes.roles.dedup();
        changes.association_ids.sort_unstable();
        changes.association_ids.dedup();
        let before = UserChanges {
            roles: current.roles.clone(),
            association_ids: current.association_ids.clone(),
            person_id: current.user.person_id,
        };
        if changes == before {
            return Ok(current);
        }
        crate::models::association::ensure_exist(conn, &changes.association_ids)?;
        crate::versioned_update!(count conn, users, id = id, version = current.user.version, now = ctx.now, set = (
            users::person_id.eq(changes.person_id),
        ))?
        .or_stale("the user")?;
        diesel::delete(user_roles::table.filter(user_roles::user_id.eq(id))).execute(conn)?;
        diesel::delete(user_associations::table.filter(user_associations::user_id.eq(id))).execute(conn)?;
        for role in &changes.roles {
            diesel::insert_into(user_roles::table)
                .values((user_roles::user_id.eq(id), user_roles::role.eq(role)))
                .execute(conn)?;
        }
        for aid in &changes.association_ids {
            diesel::insert_into(user_associations::table)
                .values((user_associations::user_id.eq(id), user_associations::association_id.eq(aid)))
                .execute(conn)?;
        }
        let enabled = current.user.enabled;
        let diff = audit::changes(
            Some(&audit_view(&before.roles, &before.association_ids, before.person_id, enabled)),
            &audit_view(&changes.roles, &changes.association_ids, changes.person_id, enabled),
            &[],
        );
        audit::record(conn, ctx, "user.update", ENTITY, &id.to_string(), &diff)?;
        get(conn, id)
    })
}

/// Disables or re-enables a user. Disabling revokes every refresh token at once.
pub fn set_enabled(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    enabled: bool,
) -> Result<UserAccount, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        if current.user.enabled == enabled {
            return Ok(current);
        }
        diesel::update(users::table.find(id))
            .set((
                users::enabled.eq(enabled),
                users::version.eq(current.user.version + 1),
                users::updated_at.eq(ctx.now),
            ))
            .execute(conn)?;
        if !enabled {
            crate::models::refresh_token::revoke_user(conn, id, ctx.now)?;
        }
        let action = if enabled { "user.enable" } else { "user.disable" };
        let diff = serde_json::json!({"enabled": {"from": current.user.enabled, "to": enabled}});
        audit::record(conn, ctx, action, ENTITY, &id.to_string(), &diff)?;
        get(conn, id)
    })
}

/// Sets a new password hash. `temporary` makes the user change it at next login. Every
/// refresh token of the user is revoked.
pub fn set_password(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    hash: &str,
    temporary: bool,
) -> Result<UserAccount, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        diesel::update(users::table.find(id))
            .set((
                users::password_hash.eq(hash),
                users::must_change_password.eq(temporary),
                users::version.eq(current.user.version + 1),
                users::updated_at.eq(ctx.now),
            ))
            .execute(conn)?;
        crate::models::refresh_token::revoke_user(conn, id, ctx.now)?;
        let action = if temporary { "user.set_temporary_password" } else { "user.change_password" };
        let diff = serde_json::json!({"password": {"from": audit::MASK, "to": audit::MASK}, "must_change_password": {"from": current.user.must_change_password, "to": temporary}});
        audit::record(conn, ctx, action, ENTITY, &id.to_string(), &diff)?;
        get(conn, id)
    })
}

/// Notes a successful login.
pub fn record_login(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<()> {
    diesel::update(users::table.find(id)).set(users::last_login_at.eq(now)).execute(conn)?;
    Ok(())
}

/// Whether user `id` exists and is enabled.
pub fn is_enabled(conn: &mut DbConnection, id: i64) -> QueryResult<bool> {
    Ok(users::table.find(id).select(users::enabled).first::<bool>(conn).optional()?.unwrap_or(false))
}
