//! Machine clients: other systems that get tokens with the client credentials grant.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::auth::{secret, Role};
use crate::db::schema::{api_client_associations as aca, api_client_roles as acr, api_clients as ac};
use crate::db::version::{IfMatch, OrStale};
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::CodeList;
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};

/// Audit entity type.
pub const ENTITY: &str = "api_client";

/// The roles a machine client may hold.
pub const CLIENT_ROLES: &[Role] = &[Role::Staff, Role::AssociationManager, Role::StatisticsReader];

/// A row of `api_clients`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = ac)]
pub struct ApiClientRow {
    /// Id.
    pub id: i64,
    /// Public client id.
    pub client_id: String,
    /// SHA-256 of the secret.
    pub secret_hash: String,
    /// Name.
    pub name: String,
    /// Enabled.
    pub enabled: bool,
    /// Last token issued.
    pub last_used_at: Option<NaiveDateTime>,
    /// Version.
    pub version: i32,
    /// Created.
    pub created_at: NaiveDateTime,
    /// Changed.
    pub updated_at: NaiveDateTime,
}

/// A client with roles and scope.
#[derive(Debug, Clone)]
pub struct ApiClient {
    /// The row.
    pub row: ApiClientRow,
    /// Roles.
    pub roles: Vec<Role>,
    /// Association scope.
    pub association_ids: Vec<i64>,
}

/// What create and update set.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ApiClientData {
    /// Name.
    pub name: String,
    /// Roles.
    pub roles: Vec<Role>,
    /// Association scope.
    pub association_ids: Vec<i64>,
    /// Enabled.
    pub enabled: bool,
}

fn load(conn: &mut DbConnection, row: ApiClientRow) -> QueryResult<ApiClient> {
    let roles: Vec<Role> =
        acr::table.filter(acr::client_pk.eq(row.id)).select(acr::role).order(acr::role).load(conn)?;
    let association_ids = aca::table
        .filter(aca::client_pk.eq(row.id))
        .select(aca::association_id)
        .order(aca::association_id)
        .load(conn)?;
    Ok(ApiClient { roles, association_ids, row })
}

/// 404 unless client `id` exists.
pub fn get(conn: &mut DbConnection, id: i64) -> Result<ApiClient, ApiError> {
    let row = ac::table
        .find(id)
        .select(ApiClientRow::as_select())
        .first(conn)
        .optional()?
        .ok_or_else(|| ApiError::NotFound(format!("no API client with id {id}")))?;
    Ok(load(conn, row)?)
}

/// Every client, oldest first.
pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<ApiClient>> {
    let rows = ac::table.order(ac::id.asc()).select(ApiClientRow::as_select()).load(conn)?;
    // Roles and scope of every client in two queries, not two per client.
    let roles: Vec<(i64, Role)> =
        acr::table.select((acr::client_pk, acr::role)).order((acr::client_pk, acr::role)).load(conn)?;
    let scopes: Vec<(i64, i64)> = aca::table
        .select((aca::client_pk, aca::association_id))
        .order((aca::client_pk, aca::association_id))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| ApiClient {
            roles: roles.iter().filter(|(pk, _)| *pk == row.id).map(|(_, r)| *r).collect(),
            association_ids: scopes.iter().filter(|(pk, _)| *pk == row.id).map(|(_, a)| *a).collect(),
            row,
        })
        .collect())
}

fn write_roles_and_scope(conn: &mut DbConnection, pk: i64, data: &ApiClientData) -> QueryResult<()> {
    diesel::delete(acr::table.filter(acr::client_pk.eq(pk))).execute(conn)?;
    diesel::delete(aca::table.filter(aca::client_pk.eq(pk))).execute(conn)?;
    for role in &data.roles {
        diesel::insert_into(acr::table).values((acr::client_pk.eq(pk), acr::role.eq(role))).execute(conn)?;
    }
    for id in &data.association_ids {
        diesel::insert_into(aca::table).values((aca::client_pk.eq(pk), aca::association_id.eq(id))).execute(conn)?;
    }
    Ok(())
}

fn audit_view(data: &ApiClientData) -> serde_json::Value {
    serde_json::json!({
        "name": data.name,
        "roles": data.roles.iter().map(|r| r.code()).collect::<Vec<_>>(),
        "association_ids": data.association_ids,
        "enabled": data.enabled,
    })
}

/// Creates a client; returns it with its secret (shown once, stored hashed).
pub fn create(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    data: &ApiClientData,
) -> Result<(ApiClient, String), ApiError> {
    let secret = secret::generate()?;
    let client_id = format!("lh_{}", uuid::Uuid::new_v4().simple());
    let client = write_transaction(conn, |conn| {
        crate::models::association::ensure_exist(conn, &data.association_ids)?;
        let row: ApiClientRow = diesel::insert_into(ac::table)
            .values((
                ac::client_id.eq(&client_id),
                ac::secret_hash.eq(secret::hash(&secret)),
                ac::name.eq(&data.name),
                ac::enabled.eq(data.enabled),
                ac::version.eq(1),
                ac::created_at.eq(ctx.now),
                ac::updated_at.eq(ctx.now),
            ))
            .returning(ac::all_columns)
            .get_result(conn)?;
        write_roles_and_scope(conn, row.id, data)?;
        let mut changes = audit::changes(None, &audit_view(data), &[]);
        changes["client_id"] = serde_json::json!({"from": null, "to": client_id});
        audit::record(conn, ctx, "api_client.create", ENTITY, &row.id.to_string(), &changes)?;
        Ok::<_, ApiError>(load(conn, row)?)
    })?;
    Ok((client, secret))
}

/// Updates a client (see `association::update` for the pattern).
pub fn update(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    id: i64,
    if_match: IfMatch,
    edit: impl FnOnce(&ApiClient) -> Result<ApiClientData, ApiError>,
) -> Result<ApiClient, ApiError> {
    write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        let before = ApiClientData {
            name: current.row.name.clone(),
            roles: current.roles.clone(),
            association_ids: current.association_ids.clone(),
            enabled: current.row.enabled,
        };
        let data = edit(&current)?;
        if_match.check(current.row.version)?;
        if data == before {
            return Ok(current);
        }
        crate::models::association::ensure_exist(conn, &data.association_ids)?;
        crate::versioned_update!(count conn, ac, id = id, version = current.row.version, now = ctx.now, set = (
            ac::name.eq(&data.name),
            ac::enabled.eq(data.enabled),
        ))?
        .or_stale("the API client")?;
        write_roles_and_scope(conn, id, &data)?;
        let changes = audit::changes(Some(&audit_view(&before)), &audit_view(&data), &[]);
        audit::record(conn, ctx, "api_client.update", ENTITY, &id.to_string(), &changes)?;
        get(conn, id)
    })
}

/// Replaces the secret; returns the new one (shown once).
pub fn rotate_secret(conn: &mut DbConnection, ctx: &WriteContext, id: i64) -> Result<(ApiClient, String), ApiError> {
    let secret = secret::generate()?;
    let client = write_transaction(conn, |conn| {
        let current = get(conn, id)?;
        diesel::update(ac::table.find(id))
            .set((
                ac::secret_hash.eq(secret::hash(&secret)),
                ac::version.eq(current.row.version + 1),
                ac::updated_at.eq(ctx.now),
            ))
            .execute(conn)?;
        let changes =
            serde_json::json!({"secret": {"from": crate::models::audit::MASK, "to": crate::models::audit::MASK}});
        audit::record(conn, ctx, "api_client.rotate_secret", ENTITY, &id.to_string(), &changes)?;
        get(conn, id)
    })?;
    Ok((client, secret))
}

/// The enabled client with these credentials, marked as used now; `None` otherwise.
pub fn authenticate(
    conn: &mut DbConnection,
    client_id: &str,
    client_secret: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<ApiClient>> {
    let row = ac::table.filter(ac::client_id.eq(client_id)).select(ApiClientRow::as_select()).first(conn).optional()?;
    let Some(row) = row else {
        return Ok(None);
    };
    if !row.enabled || !secret::constant_time_eq(&row.secret_hash, &secret::hash(client_secret)) {
        return Ok(None);
    }
    diesel::update(ac::table.find(row.id)).set(ac::last_used_at.eq(now)).execute(conn)?;
    Ok(Some(load(conn, row)?))
}
