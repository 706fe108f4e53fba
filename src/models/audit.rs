//! The audit log: every write records who did what to which record, in the same transaction
//! as the write. Personal data is masked in the recorded changes.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde_json::{Map, Value};

use crate::auth::Principal;
use crate::db::schema::audit_log;
use crate::db::DbConnection;
use crate::telemetry::RequestContext;

/// The value recorded in place of personal data.
pub const MASK: &str = "***";

/// Fields that are bookkeeping, not content: never recorded as changes.
const IGNORED_FIELDS: &[&str] = &["version", "created_at", "updated_at", "sort_key", "search_text", "name_key"];

/// Who is writing, and when: built on the async side (where the request context is) and
/// moved into the blocking database work.
#[derive(Debug, Clone)]
pub struct WriteContext {
    /// The acting user, if a person.
    pub actor_user_id: Option<i64>,
    /// The acting subject, e.g. `user:12 (an.nguyen)`.
    pub actor: String,
    /// The request id.
    pub request_id: Option<String>,
    /// The instant of the write (UTC, microseconds).
    pub now: NaiveDateTime,
}

impl WriteContext {
    /// The context of a write by `principal` in the current request.
    pub fn new(principal: &Principal) -> Self {
        WriteContext {
            actor_user_id: principal.user_id,
            actor: principal.actor_label(),
            request_id: RequestContext::current().map(|c| c.request_id),
            now: crate::domain::time::now(),
        }
    }

    /// The context of a write by the system itself (command line, start-up).
    pub fn system(what: &str) -> Self {
        WriteContext {
            actor_user_id: None,
            actor: format!("system ({what})"),
            request_id: None,
            now: crate::domain::time::now(),
        }
    }
}

/// A row of `audit_log`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct AuditRow {
    /// Id.
    pub id: i64,
    /// When.
    pub occurred_at: NaiveDateTime,
    /// Acting user.
    pub actor_user_id: Option<i64>,
    /// Acting subject.
    pub actor: String,
    /// What was done, e.g. `association.update`.
    pub action: String,
    /// Kind of record.
    pub entity_type: String,
    /// Its id.
    pub entity_id: String,
    /// The request.
    pub request_id: Option<String>,
    /// Changed fields as JSON: `{"field": {"from": …, "to": …}}`.
    pub changes: String,
}

#[derive(Insertable)]
#[diesel(table_name = audit_log)]
struct NewAudit<'a> {
    occurred_at: NaiveDateTime,
    actor_user_id: Option<i64>,
    actor: &'a str,
    action: &'a str,
    entity_type: &'a str,
    entity_id: &'a str,
    request_id: Option<&'a str>,
    changes: &'a str,
}

/// Records one write. Call inside the write's transaction.
pub fn record(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    action: &str,
    entity_type: &str,
    entity_id: &str,
    changes: &Value,
) -> QueryResult<()> {
    let changes = changes.to_string();
    diesel::insert_into(audit_log::table)
        .values(NewAudit {
            occurred_at: ctx.now,
            actor_user_id: ctx.actor_user_id,
            actor: &ctx.actor,
            action,
            entity_type,
            entity_id,
            request_id: ctx.request_id.as_deref(),
            changes: &changes,
        })
        .execute(conn)?;
    crate::db::data_changed(conn)
}

/// A record's content as JSON for [`changes`].
pub fn to_json(value: &impl serde::Serialize) -> Result<Value, crate::error::ApiError> {
    serde_json::to_value(value).map_err(|e| crate::error::ApiError::Internal(e.into()))
}

/// The changes between two JSON objects (`before` is `None` for a creation), as
/// `{"field": {"from": …, "to": …}}`, with the `personal` fields masked.
pub fn changes(before: Option<&Value>, after: &Value, personal: &[&str]) -> Value {
    let empty = Map::new();
    let before = before.and_then(Value::as_object).unwrap_or(&empty);
    let after = after.as_object().unwrap_or(&empty);
    let mut out = Map::new();
    let mut keys: Vec<&String> = before.keys().chain(after.keys()).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        if IGNORED_FIELDS.contains(&key.as_str()) {
            continue;
        }
        let from = before.get(key).unwrap_or(&Value::Null);
        let to = after.get(key).unwrap_or(&Value::Null);
        if from == to {
            continue;
        }
        let mask =
            |v: &Value| if personal.contains(&key.as_str()) && !v.is_null() { Value::from(MASK) } else { v.clone() };
        let mut change = Map::new();
        change.insert("from".into(), mask(from));
        change.insert("to".into(), mask(to));
        out.insert(key.clone(), Value::Object(change));
    }
    Value::Object(out)
}

/// The audit records of one entity, oldest first.
pub fn for_entity(conn: &mut DbConnection, entity_type: &str, entity_id: &str) -> QueryResult<Vec<AuditRow>> {
    audit_log::table
        .filter(audit_log::entity_type.eq(entity_type).and(audit_log::entity_id.eq(entity_id)))
        .order(audit_log::id.asc())
        .select(AuditRow::as_select())
        .load(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn changes_list_only_differences_and_mask_personal_data() {
        let before = json!({"name": "A", "phone": "0912", "email": null, "version": 1, "same": 5});
        let after = json!({"name": "B", "phone": "0913", "email": "x@y.vn", "version": 2, "same": 5});
        let diff = changes(Some(&before), &after, &["phone", "email"]);
        assert_eq!(
            diff,
            json!({
                "email": {"from": null, "to": "***"},
                "name": {"from": "A", "to": "B"},
                "phone": {"from": "***", "to": "***"}
            })
        );
        let created = changes(None, &json!({"name": "A", "note": null}), &[]);
        assert_eq!(created, json!({"name": {"from": null, "to": "A"}}));
    }
}

/// Filters of the audit-log list.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// The acting subject, e.g. `user:12` or `client:lh_…`.
    pub actor: Option<String>,
    /// Kind of record.
    pub entity_type: Option<String>,
    /// Record id.
    pub entity_id: Option<String>,
    /// From this instant on (inclusive).
    pub from: Option<NaiveDateTime>,
    /// Before this instant (exclusive).
    pub to: Option<NaiveDateTime>,
}

/// The records that pass `filter`.
fn filtered(filter: &AuditFilter) -> audit_log::BoxedQuery<'static, crate::db::MultiBackend> {
    let mut query = audit_log::table.into_boxed::<crate::db::MultiBackend>();
    if let Some(actor) = &filter.actor {
        let mut pattern = String::new();
        for c in actor.chars() {
            if matches!(c, '%' | '_' | '\\') {
                pattern.push('\\');
            }
            pattern.push(c);
        }
        pattern.push_str(" (%");
        query = query.filter(audit_log::actor.like(pattern).escape('\\'));
    }
    if let Some(t) = &filter.entity_type {
        query = query.filter(audit_log::entity_type.eq(t.clone()));
    }
    if let Some(id) = &filter.entity_id {
        query = query.filter(audit_log::entity_id.eq(id.clone()));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_log::occurred_at.ge(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(audit_log::occurred_at.lt(to));
    }
    query
}

/// How many records pass `filter` (the list's `include_total`).
pub fn count(conn: &mut DbConnection, filter: &AuditFilter) -> QueryResult<i64> {
    filtered(filter).count().get_result(conn)
}

/// A page of audit records, newest first, before id `before`.
pub fn list(
    conn: &mut DbConnection,
    filter: &AuditFilter,
    before: Option<i64>,
    limit: i64,
) -> QueryResult<Vec<AuditRow>> {
    let mut query = filtered(filter);
    if let Some(before) = before {
        query = query.filter(audit_log::id.lt(before));
    }
    query.order(audit_log::id.desc()).limit(limit).select(AuditRow::as_select()).load(conn)
}
