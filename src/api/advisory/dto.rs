//! Request and response types of advisory cases.

pub use crate::usecases::advisory::AdvisoryCaseInput;
pub use crate::usecases::advisory::AdvisoryImportRecord;

crate::api::bulk::records_body! {
    /// Advisory cases as JSON.
    AdvisoryImportRecords of AdvisoryImportRecord
}
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::domain::codes::{AdvisoryKind, AdvisoryOutcome, AdvisoryStatus, ExpertRole, Requester, Visibility};
use crate::domain::import::{Cell, Column};
use crate::domain::json_int::Int64;
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::domain::validate::{self, clean};
use crate::error::{ApiError, FieldError};
use crate::models::advisory::{CaseData, CaseRow};
use crate::models::advisory_team::{Declaration, DraftInfo, DraftRow, ExpertRow, Who};

/// An advisory case (vụ việc tư vấn, phản biện, giám định xã hội). Staff see every case in
/// full, experts the cases they are on; anyone else sees public, closed cases only, with the
/// fields not marked *staff view*.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 12, "title": "Phản biện Đề án phát triển cây ăn quả tỉnh Sơn La giai đoạn 2021-2025", "kind": "critique",
    "requester": "peoples_committee", "requester_name": null, "request_reference": "Công văn 1234/UBND-KT",
    "request_date": "2020-03-02", "legal_basis": "Quyết định 14/2014/QĐ-TTg", "field": "Nông nghiệp",
    "received_on": "2020-03-05", "due_on": "2020-04-05", "speech_proposal": false, "under_contract": false, "fee": null,
    "confidentiality": "public", "status": "closed", "decline_reason": null, "submitted_on": "2020-03-30", "submitted_draft": 3,
    "outcome": "partially_adopted", "outcome_note": "Tiếp thu 5/7 kiến nghị", "outcome_reference": "Quyết định 888/QĐ-UBND",
    "closed_on": "2020-06-01", "days_to_respond": 25, "overdue": false, "version": 7,
    "created_at": "2020-03-05T08:00:00Z", "updated_at": "2020-06-01T08:00:00Z"
}))]
pub struct AdvisoryCase {
    /// Id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// What is asked for.
    pub kind: AdvisoryKind,
    /// Who asked.
    pub requester: Requester,
    /// The requester's name (a department, an enterprise, another body).
    pub requester_name: Option<String>,
    /// Reference of the request (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_reference: Option<String>,
    /// Date of the request.
    pub request_date: Option<NaiveDate>,
    /// Legal basis (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
    /// Field (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// When the union received the request.
    pub received_on: NaiveDate,
    /// When the opinion is due.
    pub due_on: Option<NaiveDate>,
    /// A draft-law comment that also proposes what National Assembly deputies say on the
    /// draft in the Assembly.
    pub speech_proposal: bool,
    /// Done under a contract (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub under_contract: Option<bool>,
    /// The contract's fee in VND (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<i64>,
    /// Who may read it (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidentiality: Option<Visibility>,
    /// Where it stands; changed only by the workflow operations.
    pub status: AdvisoryStatus,
    /// Why it was declined (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_reason: Option<String>,
    /// When the case was accepted, as recorded with the step (`null`: not accepted, or
    /// accepted before step dates were kept). Each step's date is the day it happened, never
    /// before an earlier step's; the audit log keeps when it was entered.
    pub accepted_on: Option<NaiveDate>,
    /// When it was declined (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declined_on: Option<NaiveDate>,
    /// When work on it started.
    pub started_on: Option<NaiveDate>,
    /// When the opinion was submitted.
    pub submitted_on: Option<NaiveDate>,
    /// The number of the draft submitted as the opinion (*staff view*; `null` for a case
    /// imported with its history).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submitted_draft: Option<i32>,
    /// What became of the opinion.
    pub outcome: Option<AdvisoryOutcome>,
    /// Note on the outcome (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome_note: Option<String>,
    /// Reference of the outcome, e.g. the provision that adopted it (*staff view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome_reference: Option<String>,
    /// When the outcome became known.
    pub outcome_on: Option<NaiveDate>,
    /// When the case was closed.
    pub closed_on: Option<NaiveDate>,
    /// Calendar days from `received_on` to `submitted_on`, or to today (the union's time
    /// zone) while the case is open; `null` for a case declined or closed without an opinion.
    pub days_to_respond: Option<i64>,
    /// Open and past `due_on`.
    pub overdue: bool,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl AdvisoryCase {
    /// The view of a stored row on `today`; `full` shows the staff-view fields.
    pub fn from_row(row: CaseRow, today: NaiveDate, full: bool) -> Result<Self, ApiError> {
        let data = row.data();
        let status = row.status;
        let outcome = row.outcome;
        let days_to_respond = row.days_to_respond(today);
        let overdue = crate::models::advisory::OPEN.contains(&status) && row.due_on.is_some_and(|d| d < today);
        let keep = |v: Option<String>| if full { v } else { None };
        Ok(AdvisoryCase {
            id: row.id,
            title: row.title,
            kind: data.kind,
            requester: data.requester,
            requester_name: row.requester_name,
            request_reference: keep(row.request_reference),
            request_date: row.request_date,
            legal_basis: keep(row.legal_basis),
            field: keep(row.field),
            received_on: row.received_on,
            due_on: row.due_on,
            speech_proposal: row.speech_proposal,
            under_contract: full.then_some(row.under_contract),
            fee: if full { row.fee } else { None },
            confidentiality: full.then_some(data.confidentiality),
            status,
            decline_reason: keep(row.decline_reason),
            accepted_on: row.accepted_on,
            declined_on: if full { row.declined_on } else { None },
            started_on: row.started_on,
            submitted_on: row.submitted_on,
            submitted_draft: if full { row.submitted_draft } else { None },
            outcome,
            outcome_note: keep(row.outcome_note),
            outcome_reference: keep(row.outcome_reference),
            outcome_on: row.outcome_on,
            closed_on: row.closed_on,
            days_to_respond,
            overdue,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Changes to a case as a JSON Merge Patch: left out stays, `null` clears; `title`, `kind`,
/// `requester`, `received_on`, `under_contract`, `confidentiality` and `speech_proposal`
/// cannot be cleared. The status changes only by the workflow operations.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"due_on": "2020-04-20", "confidentiality": "public"}))]
pub struct AdvisoryCasePatch {
    /// Title.
    #[serde(default)]
    #[schema(value_type = String)]
    pub title: Patch<String>,
    /// Kind.
    #[serde(default)]
    #[schema(value_type = AdvisoryKind)]
    pub kind: Patch<AdvisoryKind>,
    /// Requester.
    #[serde(default)]
    #[schema(value_type = Requester)]
    pub requester: Patch<Requester>,
    /// Requester's name.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub requester_name: Patch<String>,
    /// Request reference.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub request_reference: Patch<String>,
    /// Request date.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub request_date: Patch<NaiveDate>,
    /// Legal basis.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub legal_basis: Patch<String>,
    /// Field.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub field: Patch<String>,
    /// Received.
    #[serde(default)]
    #[schema(value_type = NaiveDate)]
    pub received_on: Patch<NaiveDate>,
    /// Due.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub due_on: Patch<NaiveDate>,
    /// Under a contract.
    #[serde(default)]
    #[schema(value_type = bool)]
    pub under_contract: Patch<bool>,
    /// Fee.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub fee: Patch<Int64>,
    /// Confidentiality.
    #[serde(default)]
    #[schema(value_type = Visibility)]
    pub confidentiality: Patch<Visibility>,
    /// Proposes what deputies say on the draft law (a draft-law comment only).
    #[serde(default)]
    #[schema(value_type = bool)]
    pub speech_proposal: Patch<bool>,
}

impl AdvisoryCasePatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, d: CaseData) -> Result<AdvisoryCaseInput, ApiError> {
        let mut input = AdvisoryCaseInput {
            title: d.title,
            kind: d.kind,
            requester: d.requester,
            requester_name: d.requester_name,
            request_reference: d.request_reference,
            request_date: d.request_date,
            legal_basis: d.legal_basis,
            field: d.field,
            received_on: d.received_on,
            due_on: d.due_on,
            under_contract: Some(d.under_contract),
            fee: d.fee.map(Int64),
            confidentiality: Some(d.confidentiality),
            speech_proposal: Some(d.speech_proposal),
        };
        let (mut under_contract, mut confidentiality) = (d.under_contract, d.confidentiality);
        let mut speech_proposal = d.speech_proposal;
        let mut errors = Vec::new();
        for result in [
            self.title.apply_required(&mut input.title, "title"),
            self.kind.apply_required(&mut input.kind, "kind"),
            self.requester.apply_required(&mut input.requester, "requester"),
            self.received_on.apply_required(&mut input.received_on, "received_on"),
            self.under_contract.apply_required(&mut under_contract, "under_contract"),
            self.confidentiality.apply_required(&mut confidentiality, "confidentiality"),
            self.speech_proposal.apply_required(&mut speech_proposal, "speech_proposal"),
        ] {
            if let Err(e) = result {
                errors.push(e);
            }
        }
        input.under_contract = Some(under_contract);
        input.confidentiality = Some(confidentiality);
        input.speech_proposal = Some(speech_proposal);
        self.requester_name.apply_to(&mut input.requester_name);
        self.request_reference.apply_to(&mut input.request_reference);
        self.request_date.apply_to(&mut input.request_date);
        self.legal_basis.apply_to(&mut input.legal_basis);
        self.field.apply_to(&mut input.field);
        self.due_on.apply_to(&mut input.due_on);
        self.fee.apply_to(&mut input.fee);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// Why a case is declined.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"reason": "Nội dung ngoài lĩnh vực chuyên môn của các hội thành viên"}))]
pub struct DeclineInput {
    /// Reason, 2 to 2,000 characters.
    #[validate(length(min = 2, max = 2000), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 2000)]
    pub reason: String,
    /// When it was declined (default today); not in the future, not before `received_on`.
    #[serde(default)]
    pub on: Option<NaiveDate>,
}

/// The date a step happened (default today, in the union's time zone): not in the future,
/// not before the date of an earlier step of the case.
#[derive(Debug, Clone, Default, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"on": "2020-03-30"}))]
pub struct StepDate {
    /// The date (default today).
    #[serde(default)]
    pub on: Option<NaiveDate>,
}

/// Submitting the opinion: when, and which draft.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"on": "2020-03-30", "draft": 3}))]
pub struct SubmitOpinionInput {
    /// When the opinion went to the requester (default today); not before `received_on`, not
    /// in the future.
    #[serde(default)]
    pub on: Option<NaiveDate>,
    /// The number of the draft submitted (default the latest).
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 1)]
    pub draft: Option<Int64>,
}

/// What became of a submitted opinion.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"outcome": "adopted", "note": "Tiếp thu vào dự thảo", "reference": "Điều 12 Luật Khoa học và Công nghệ 2013"}))]
pub struct OutcomeInput {
    /// The outcome.
    pub outcome: AdvisoryOutcome,
    /// A note, at most 2,000 characters.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
    /// A reference, at most 300 characters (e.g. the provision that adopted it).
    #[validate(length(max = 300))]
    #[serde(default)]
    #[schema(max_length = 300)]
    pub reference: Option<String>,
    /// When the outcome became known (default today); not in the future, not before
    /// `submitted_on`.
    #[serde(default)]
    pub on: Option<NaiveDate>,
}

/// Query parameters of the case list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AdvisoryListQuery {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Also count all matching cases (costs a query).
    pub include_total: Option<bool>,
    /// Only this kind.
    #[param(inline)]
    pub kind: Option<AdvisoryKind>,
    /// Only this requester.
    #[param(inline)]
    pub requester: Option<Requester>,
    /// Only this status.
    #[param(inline)]
    pub status: Option<AdvisoryStatus>,
    /// Only cases received in this year.
    #[param(minimum = 1, maximum = 9999)]
    pub year: Option<i32>,
    /// `true`: only open cases (`received`, `accepted`, `in_progress`) whose `due_on` is
    /// before today in the union's time zone.
    pub overdue: Option<bool>,
    /// Words of the title, field, requester name or reference, ignoring case and diacritics. At most 200 characters.
    #[param(max_length = 200)]
    pub q: Option<String>,
}

/// A page of cases, newest receipt first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AdvisoryCasePage {
    /// The cases on this page.
    pub items: Vec<AdvisoryCase>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// All matching cases, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}
/// A conflict-of-interest declaration of a person on a case.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ConflictDeclaration {
    /// `true`: the person declared a conflict of interest, and cannot write the opinion.
    pub has_conflict: bool,
    /// What the conflict is.
    pub note: Option<String>,
    /// When it was declared.
    pub declared_at: DateTime<Utc>,
}

/// A person on an advisory case: an expert (a user account with the expert role, linked to a
/// person) or a contributor without an account.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 4, "case_id": 12, "user_id": 31, "person_id": 2045, "full_name": "Lò Văn Pha", "role": "chair",
    "declaration": {"has_conflict": false, "note": null, "declared_at": "2020-03-10T02:00:00Z"},
    "version": 2, "created_at": "2020-03-09T08:00:00Z", "updated_at": "2020-03-10T02:00:00Z"
}))]
pub struct AdvisoryExpert {
    /// Id of the entry.
    pub id: i64,
    /// The case.
    pub case_id: i64,
    /// The expert's user account; `null` for a contributor without an account.
    pub user_id: Option<i64>,
    /// The person.
    pub person_id: i64,
    /// The person's name (as when added).
    pub full_name: String,
    /// The role on the case.
    pub role: ExpertRole,
    /// The conflict-of-interest declaration; `null` until declared. An expert writes drafts
    /// only after declaring no conflict.
    pub declaration: Option<ConflictDeclaration>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the entry was created.
    pub created_at: DateTime<Utc>,
    /// When the entry last changed.
    pub updated_at: DateTime<Utc>,
}

impl AdvisoryExpert {
    /// The view of a stored row.
    pub fn from_row(row: ExpertRow) -> Result<Self, ApiError> {
        let role = row.role;
        let declaration = match (row.has_conflict, row.declared_at) {
            (Some(has_conflict), Some(at)) => {
                Some(ConflictDeclaration { has_conflict, note: row.conflict_note, declared_at: rfc3339(at) })
            }
            _ => None,
        };
        Ok(AdvisoryExpert {
            id: row.id,
            case_id: row.case_id,
            user_id: row.user_id,
            person_id: row.person_id,
            full_name: row.full_name,
            role,
            declaration,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// The people on a case, chair first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AdvisoryExpertList {
    /// The experts and contributors.
    pub items: Vec<AdvisoryExpert>,
}

/// Puts a person on a case: give `user_id` for an expert (a user with the expert role, linked
/// to a person) or `person_id` for a contributor without an account, not both.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"user_id": 31, "role": "chair"}))]
pub struct AdvisoryExpertInput {
    /// The expert's user account.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub user_id: Option<Int64>,
    /// The person, for a contributor without an account.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Option<Int64>,
    /// The role: `chair` (one per case), `reviewer` (the default for an expert) or
    /// `secretary` for an expert; `contributor` (the default and only role) for a person
    /// without an account.
    #[serde(default)]
    pub role: Option<ExpertRole>,
}

impl AdvisoryExpertInput {
    /// Who is added and in which role.
    pub fn into_parts(self) -> Result<(Who, Option<ExpertRole>), ApiError> {
        let who = match (self.user_id, self.person_id) {
            (Some(u), None) => Who::User(u.0),
            (None, Some(p)) => Who::Person(p.0),
            (Some(_), Some(_)) => {
                return Err(ApiError::invalid("person_id", "not_allowed", "give user_id or person_id, not both"))
            }
            (None, None) => {
                return Err(ApiError::invalid(
                    "user_id",
                    "required",
                    "give user_id (an expert) or person_id (a contributor)",
                ))
            }
        };
        Ok((who, self.role))
    }
}

/// Changes the role of a person on a case, as a JSON Merge Patch.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"role": "secretary"}))]
pub struct AdvisoryExpertPatch {
    /// The role; cannot be cleared. An expert with an account cannot become a contributor,
    /// nor a contributor anything else.
    #[serde(default)]
    #[schema(value_type = ExpertRole)]
    pub role: Patch<ExpertRole>,
}

/// A conflict-of-interest declaration.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"has_conflict": false}))]
pub struct DeclarationInput {
    /// `true` declares a conflict of interest (the expert then cannot write the opinion);
    /// `false` declares none.
    pub has_conflict: bool,
    /// What the conflict is, 2 to 2,000 characters; required with `has_conflict: true`.
    #[validate(length(min = 2, max = 2000))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 2000)]
    pub note: Option<String>,
}

impl DeclarationInput {
    /// Checks the declaration; returns it with the note cleaned.
    pub fn into_declaration(self) -> Result<Declaration, ApiError> {
        let mut errors = validate::as_sent(&self);
        validate::plain_text([("note", self.note.as_deref())], &mut errors);
        let note = clean(self.note.clone());
        if self.has_conflict && note.is_none() {
            errors.push(FieldError::new("note", "required", "say what the conflict of interest is"));
        }
        validate::check(&self, errors)?;
        Ok(Declaration { has_conflict: self.has_conflict, note })
    }
}

/// A new version of the opinion.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"text": "Về cơ bản nhất trí với dự thảo Đề án; đề nghị bổ sung ...", "note": "Bổ sung ý kiến của chuyên gia thủy lợi"}))]
pub struct AdvisoryDraftInput {
    /// The opinion's text, 1 to 100,000 characters.
    #[validate(length(min = 1, max = 100000), custom(function = "validate::not_blank"))]
    #[schema(min_length = 1, max_length = 100000)]
    pub text: String,
    /// What changed since the last version, at most 500 characters.
    #[validate(length(max = 500))]
    #[serde(default)]
    #[schema(max_length = 500)]
    pub note: Option<String>,
}

impl AdvisoryDraftInput {
    /// Checks the draft; returns its text and cleaned note.
    pub fn into_parts(self) -> Result<(String, Option<String>), ApiError> {
        let mut errors = validate::as_sent(&self);
        validate::plain_text([("text", Some(self.text.as_str())), ("note", self.note.as_deref())], &mut errors);
        validate::check(&self, errors)?;
        Ok((self.text, clean(self.note)))
    }
}

/// A version of a case's opinion. Drafts never change; the one submitted is the opinion.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "case_id": 12, "number": 3, "text": "Về cơ bản nhất trí với dự thảo Đề án; đề nghị bổ sung ...", "chars": 58,
    "note": "Bổ sung ý kiến của chuyên gia thủy lợi", "author_user_id": 31, "author_name": "Lò Văn Pha",
    "submitted": true, "created_at": "2020-03-28T09:15:00Z"
}))]
pub struct AdvisoryDraft {
    /// The case.
    pub case_id: i64,
    /// Version number within the case, from 1.
    pub number: i32,
    /// The text.
    pub text: String,
    /// Length of the text in characters.
    pub chars: i32,
    /// What changed since the last version.
    pub note: Option<String>,
    /// The author's user account.
    pub author_user_id: Option<i64>,
    /// The author: the expert's name, or the staff account's name.
    pub author_name: String,
    /// This draft was submitted as the opinion.
    pub submitted: bool,
    /// When it was written.
    pub created_at: DateTime<Utc>,
}

impl AdvisoryDraft {
    /// The view of a stored draft; `submitted_draft` is the case's.
    pub fn from_row(row: DraftRow, submitted_draft: Option<i32>) -> Self {
        AdvisoryDraft {
            case_id: row.case_id,
            number: row.number,
            text: row.body,
            chars: row.chars,
            note: row.note,
            author_user_id: row.author_user_id,
            author_name: row.author_name,
            submitted: submitted_draft == Some(row.number),
            created_at: rfc3339(row.created_at),
        }
    }
}

/// A version of a case's opinion, without its text.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AdvisoryDraftSummary {
    /// Version number within the case, from 1.
    pub number: i32,
    /// Length of the text in characters.
    pub chars: i32,
    /// What changed since the last version.
    pub note: Option<String>,
    /// The author's user account.
    pub author_user_id: Option<i64>,
    /// The author: the expert's name, or the staff account's name.
    pub author_name: String,
    /// This draft was submitted as the opinion.
    pub submitted: bool,
    /// When it was written.
    pub created_at: DateTime<Utc>,
}

/// The versions of a case's opinion, oldest first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AdvisoryDraftList {
    /// The drafts, without their text (`GET …/drafts/{number}` has it).
    pub items: Vec<AdvisoryDraftSummary>,
    /// The number of the draft submitted as the opinion; `null` until submitted.
    pub submitted_draft: Option<i32>,
}

impl AdvisoryDraftList {
    /// The list of a case's drafts.
    pub fn new(rows: Vec<DraftInfo>, submitted_draft: Option<i32>) -> Self {
        let items = rows
            .into_iter()
            .map(|r| AdvisoryDraftSummary {
                number: r.number,
                chars: r.chars,
                note: r.note,
                author_user_id: r.author_user_id,
                author_name: r.author_name,
                submitted: submitted_draft == Some(r.number),
                created_at: rfc3339(r.created_at),
            })
            .collect();
        AdvisoryDraftList { items, submitted_draft }
    }
}

/// The columns of a case import file.
pub const IMPORT_COLUMNS: &[Column] = &[
    Column { key: "title", header: "Tên vụ việc", aliases: &["Nội dung", "Tiêu đề"], cell: Cell::Text },
    Column { key: "kind", header: "Loại", aliases: &[], cell: Cell::code::<AdvisoryKind>() },
    Column { key: "requester", header: "Cơ quan đề nghị", aliases: &[], cell: Cell::code::<Requester>() },
    Column { key: "requester_name", header: "Tên cơ quan", aliases: &[], cell: Cell::Text },
    Column { key: "request_reference", header: "Số văn bản", aliases: &[], cell: Cell::Text },
    Column { key: "request_date", header: "Ngày văn bản", aliases: &[], cell: Cell::Date },
    Column { key: "legal_basis", header: "Căn cứ", aliases: &[], cell: Cell::Text },
    Column { key: "field", header: "Lĩnh vực", aliases: &[], cell: Cell::Text },
    Column { key: "received_on", header: "Ngày tiếp nhận", aliases: &[], cell: Cell::Date },
    Column { key: "due_on", header: "Hạn trả lời", aliases: &[], cell: Cell::Date },
    Column { key: "under_contract", header: "Theo hợp đồng", aliases: &["Hợp đồng"], cell: Cell::Flag },
    Column { key: "fee", header: "Kinh phí", aliases: &["Phí tư vấn"], cell: Cell::Integer },
    Column {
        key: "speech_proposal",
        header: "Đề xuất phát biểu",
        aliases: &["Đề xuất nội dung phát biểu"],
        cell: Cell::Flag,
    },
    Column { key: "confidentiality", header: "Phạm vi", aliases: &[], cell: Cell::code::<Visibility>() },
    Column { key: "status", header: "Trạng thái", aliases: &[], cell: Cell::code::<AdvisoryStatus>() },
    Column { key: "decline_reason", header: "Lý do từ chối", aliases: &[], cell: Cell::Text },
    Column { key: "accepted_on", header: "Ngày nhận thực hiện", aliases: &[], cell: Cell::Date },
    Column { key: "declined_on", header: "Ngày từ chối", aliases: &[], cell: Cell::Date },
    Column { key: "started_on", header: "Ngày bắt đầu", aliases: &[], cell: Cell::Date },
    Column { key: "submitted_on", header: "Ngày gửi ý kiến", aliases: &[], cell: Cell::Date },
    Column { key: "outcome", header: "Kết quả", aliases: &[], cell: Cell::code::<AdvisoryOutcome>() },
    Column { key: "outcome_note", header: "Ghi chú kết quả", aliases: &[], cell: Cell::Text },
    Column { key: "outcome_reference", header: "Văn bản tiếp thu", aliases: &[], cell: Cell::Text },
    Column { key: "outcome_on", header: "Ngày có kết quả", aliases: &[], cell: Cell::Date },
    Column { key: "closed_on", header: "Ngày kết thúc", aliases: &[], cell: Cell::Date },
];
