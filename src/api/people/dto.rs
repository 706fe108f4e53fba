//! Request and response types of duplicate people and merges.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::json_int::Int64;
use crate::domain::time::rfc3339;
use crate::models::person::{DuplicateGroup as GroupRow, Evidence, MergeRow};

/// Why people look like one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DuplicateEvidence {
    /// The same national ID (compared as keyed hashes; the number is never stored).
    NationalId,
    /// The same name, ignoring case and diacritics, and the same birth date.
    NameAndBirthDate,
}

/// A membership of a person in a duplicate group.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DuplicateMembership {
    /// Membership id.
    pub id: i64,
    /// The association.
    pub association_id: i64,
    /// The association's own key.
    pub external_id: Option<String>,
    /// `active`, `left` or `deceased`.
    pub status: String,
}

/// A person in a duplicate group, with what tells people apart.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DuplicatePerson {
    /// Person id.
    pub id: i64,
    /// Full name.
    pub full_name: String,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Gender code.
    pub gender: Option<String>,
    /// Workplace.
    pub workplace: Option<String>,
    /// Whether a national ID is on record.
    pub has_national_id: bool,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// The person's memberships.
    pub memberships: Vec<DuplicateMembership>,
}

/// People that look like one.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DuplicateGroup {
    /// Why they look like one.
    pub evidence: DuplicateEvidence,
    /// The people, oldest first.
    pub people: Vec<DuplicatePerson>,
}

impl DuplicateGroup {
    /// The view of a group.
    pub fn from_row(group: GroupRow) -> Self {
        DuplicateGroup {
            evidence: match group.evidence {
                Evidence::NationalId => DuplicateEvidence::NationalId,
                Evidence::NameAndBirthDate => DuplicateEvidence::NameAndBirthDate,
            },
            people: group
                .people
                .into_iter()
                .map(|(p, memberships)| DuplicatePerson {
                    id: p.id,
                    full_name: p.full_name,
                    birth_date: p.birth_date,
                    gender: p.gender.map(|g| g.to_string()),
                    workplace: p.workplace,
                    has_national_id: p.national_id_hash.is_some(),
                    created_at: rfc3339(p.created_at),
                    memberships: memberships
                        .into_iter()
                        .map(|m| DuplicateMembership {
                            id: m.id,
                            association_id: m.association_id,
                            external_id: m.external_id,
                            status: m.status.to_string(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// A page of duplicate groups.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct DuplicatePage {
    /// The groups: those sharing a national ID first, then those sharing name and birth date.
    pub items: Vec<DuplicateGroup>,
    /// Pass as `cursor` for the next page; `null` on the last.
    pub next_cursor: Option<String>,
    /// All groups, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

/// Query of the duplicate list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct DuplicateQuery {
    /// Groups per page, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Also count all groups (costs a query).
    pub include_total: Option<bool>,
}

/// People to merge into one.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"keep_person_id": 981, "merge_person_ids": [1204]}))]
pub struct MergeInput {
    /// The person to keep: its data stays as it is.
    #[schema(value_type = i64)]
    pub keep_person_id: Int64,
    /// The people merged into it (1 to 20): their memberships move to the kept person.
    #[schema(value_type = Vec<i64>, min_items = 1, max_items = 20)]
    pub merge_person_ids: Vec<Int64>,
}

/// A membership a merge moved.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct MovedMembership {
    /// Membership id.
    pub membership_id: i64,
    /// The person it belonged to before the merge.
    pub from_person_id: i64,
}

/// A merge of people, which can be undone.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Merge {
    /// Id.
    pub id: i64,
    /// The person kept.
    pub kept_person_id: i64,
    /// The people merged into it (kept, marked merged, until the merge is undone).
    pub merged_person_ids: Vec<i64>,
    /// The memberships that moved.
    pub moved_memberships: Vec<MovedMembership>,
    /// Who merged.
    pub actor: String,
    /// When.
    pub created_at: DateTime<Utc>,
    /// When it was undone.
    pub undone_at: Option<DateTime<Utc>>,
    /// Who undid it.
    pub undone_by: Option<String>,
}

impl Merge {
    /// The view of a stored merge.
    pub fn from_row(row: MergeRow) -> Self {
        Merge {
            id: row.id,
            kept_person_id: row.kept_person_id,
            merged_person_ids: row.merged(),
            moved_memberships: row
                .moved()
                .into_iter()
                .map(|(membership_id, from_person_id)| MovedMembership { membership_id, from_person_id })
                .collect(),
            actor: row.actor,
            created_at: rfc3339(row.created_at),
            undone_at: row.undone_at.map(rfc3339),
            undone_by: row.undone_by,
        }
    }
}
