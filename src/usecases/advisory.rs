//! The input of the advisory use cases and its rules, shared by the API, the
//! demo data and the command line.

use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::{AdvisoryKind, AdvisoryOutcome, AdvisoryStatus, Requester, Visibility};
use crate::domain::json_int::Int64;
use crate::domain::validate::{self, clean};
use crate::error::{ApiError, FieldError};
use crate::models::advisory::{step_dates, CaseData, History, StepDates};

/// One historical case to import: the fields of a new case, plus where it stands.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "title": "Góp ý dự thảo Luật Khoa học và Công nghệ (sửa đổi)", "kind": "draft_law_comment",
    "requester": "national_assembly_delegation", "received_on": "2013-03-01", "confidentiality": "public",
    "status": "closed", "submitted_on": "2013-03-20", "outcome": "adopted", "closed_on": "2013-06-18"
}))]
pub struct AdvisoryImportRecord {
    /// Title.
    pub title: String,
    /// Kind.
    pub kind: AdvisoryKind,
    /// Requester.
    pub requester: Requester,
    /// Requester's name.
    #[serde(default)]
    pub requester_name: Option<String>,
    /// Request reference.
    #[serde(default)]
    pub request_reference: Option<String>,
    /// Request date.
    #[serde(default)]
    pub request_date: Option<NaiveDate>,
    /// Legal basis.
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// Field.
    #[serde(default)]
    pub field: Option<String>,
    /// Received.
    pub received_on: NaiveDate,
    /// Due.
    #[serde(default)]
    pub due_on: Option<NaiveDate>,
    /// Under a contract.
    #[serde(default)]
    pub under_contract: Option<bool>,
    /// Fee.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub fee: Option<Int64>,
    /// Proposes what deputies say on the draft law in the Assembly (a draft-law comment only).
    #[serde(default)]
    pub speech_proposal: Option<bool>,
    /// Confidentiality.
    #[serde(default)]
    pub confidentiality: Option<Visibility>,
    /// Where it stands (default `received`).
    #[serde(default)]
    pub status: Option<AdvisoryStatus>,
    /// Why it was declined (status `declined`, or `closed` after a decline).
    #[serde(default)]
    pub decline_reason: Option<String>,
    /// When it was accepted (from `accepted` on, unless declined; optional).
    #[serde(default)]
    pub accepted_on: Option<NaiveDate>,
    /// When it was declined (a declined case, or closed after a decline; optional).
    #[serde(default)]
    pub declined_on: Option<NaiveDate>,
    /// When work started (from `in_progress` on, unless declined; optional).
    #[serde(default)]
    pub started_on: Option<NaiveDate>,
    /// When the opinion was submitted (required from `opinion_submitted` on, unless declined).
    #[serde(default)]
    pub submitted_on: Option<NaiveDate>,
    /// The outcome (required for `outcome_recorded`).
    #[serde(default)]
    pub outcome: Option<AdvisoryOutcome>,
    /// Note on the outcome.
    #[serde(default)]
    pub outcome_note: Option<String>,
    /// Reference of the outcome.
    #[serde(default)]
    pub outcome_reference: Option<String>,
    /// When the outcome became known (with an outcome; optional).
    #[serde(default)]
    pub outcome_on: Option<NaiveDate>,
    /// When it was closed (required for `closed`).
    #[serde(default)]
    pub closed_on: Option<NaiveDate>,
}

impl AdvisoryImportRecord {
    /// Checks the case and that its history is complete and in order.
    pub fn into_parts(self, today: NaiveDate) -> Result<(CaseData, History), ApiError> {
        let status = self.status.unwrap_or(AdvisoryStatus::Received);
        let case = AdvisoryCaseInput {
            title: self.title,
            kind: self.kind,
            requester: self.requester,
            requester_name: self.requester_name,
            request_reference: self.request_reference,
            request_date: self.request_date,
            legal_basis: self.legal_basis,
            field: self.field,
            received_on: self.received_on,
            due_on: self.due_on,
            under_contract: self.under_contract,
            fee: self.fee,
            confidentiality: self.confidentiality,
            speech_proposal: self.speech_proposal,
        };
        let (checked, mut errors) = match case.into_data(today) {
            Ok(data) => (Some(data), Vec::new()),
            Err(ApiError::Validation(e)) => (None, e),
            Err(other) => return Err(other),
        };
        let mut rule = |field: &str, code: &str, message: &str| errors.push(FieldError::new(field, code, message));
        let declined = self.decline_reason.is_some();
        let answered_statuses = [AdvisoryStatus::OpinionSubmitted, AdvisoryStatus::OutcomeRecorded];
        if status == AdvisoryStatus::Declined && !declined {
            rule("decline_reason", "required", "a declined case needs its reason");
        }
        if declined && !matches!(status, AdvisoryStatus::Declined | AdvisoryStatus::Closed) {
            rule("decline_reason", "not_allowed", "only a declined (or then closed) case has a decline reason");
        }
        let answered = answered_statuses.contains(&status) || (status == AdvisoryStatus::Closed && !declined);
        match (answered, self.submitted_on) {
            (true, None) => rule("submitted_on", "required", "a case past in_progress has the date of its opinion"),
            (false, Some(_)) => rule("submitted_on", "not_allowed", "this status has no submitted opinion"),
            _ => {}
        }
        let closed_after = |s: AdvisoryStatus| status == s || (status == AdvisoryStatus::Closed && !declined);
        let accepted = [AdvisoryStatus::Accepted, AdvisoryStatus::InProgress].into_iter().any(closed_after) || answered;
        let started = closed_after(AdvisoryStatus::InProgress) || answered;
        for (field, date, reached) in [
            ("accepted_on", self.accepted_on, accepted),
            ("declined_on", self.declined_on, declined),
            ("started_on", self.started_on, started),
        ] {
            if date.is_some() && !reached {
                rule(field, "not_allowed", "the case's status has not reached this step");
            }
        }
        let with_outcome = status == AdvisoryStatus::OutcomeRecorded || (status == AdvisoryStatus::Closed && !declined);
        if status == AdvisoryStatus::OutcomeRecorded && self.outcome.is_none() {
            rule("outcome", "required", "outcome_recorded needs the outcome");
        }
        if self.outcome.is_some() && !with_outcome {
            rule("outcome", "not_allowed", "this status has no outcome yet");
        }
        if self.outcome_on.is_some() && !with_outcome {
            rule("outcome_on", "not_allowed", "this status has no outcome yet");
        }
        match (status == AdvisoryStatus::Closed, self.closed_on) {
            (true, None) => rule("closed_on", "required", "a closed case has its closing date"),
            (false, Some(_)) => rule("closed_on", "not_allowed", "only a closed case has a closing date"),
            _ => {}
        }
        let steps = StepDates {
            accepted_on: self.accepted_on,
            declined_on: self.declined_on,
            started_on: self.started_on,
            submitted_on: self.submitted_on,
            outcome_on: self.outcome_on,
            closed_on: self.closed_on,
        };
        let dates = step_dates(self.received_on, &steps);
        for (field, date) in &dates[1..] {
            validate::not_future(field, *date, today, &mut errors);
        }
        validate::steps_in_order(&dates, &mut errors);
        let texts = [
            ("decline_reason", self.decline_reason.as_deref(), 2000),
            ("outcome_note", self.outcome_note.as_deref(), 2000),
            ("outcome_reference", self.outcome_reference.as_deref(), 300),
        ];
        for (field, text, max) in texts {
            if text.is_some_and(|t| t.chars().count() > max) {
                errors.push(FieldError::new(field, "length", format!("must be at most {max} characters long")));
            }
        }
        validate::plain_text(texts.iter().map(|(f, t, _)| (*f, *t)), &mut errors);
        if !errors.is_empty() {
            errors.sort_by(|a, b| (&a.field, &a.code).cmp(&(&b.field, &b.code)));
            return Err(ApiError::Validation(errors));
        }
        let Some(data) = checked else {
            return Err(ApiError::Validation(errors));
        };
        let history = History {
            status: Some(status),
            decline_reason: clean(self.decline_reason),
            outcome: if with_outcome { Some(self.outcome.unwrap_or(AdvisoryOutcome::Unknown)) } else { None },
            outcome_note: clean(self.outcome_note),
            outcome_reference: clean(self.outcome_reference),
            steps,
        };
        Ok((data, history))
    }
}

/// A new advisory case (status `received`).
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "title": "Phản biện Đề án phát triển cây ăn quả", "kind": "critique", "requester": "peoples_committee",
    "request_reference": "Công văn 1234/UBND-KT", "request_date": "2020-03-02", "received_on": "2020-03-05",
    "due_on": "2020-04-05", "field": "Nông nghiệp", "confidentiality": "public"
}))]
pub struct AdvisoryCaseInput {
    /// Title, 2 to 300 characters.
    #[validate(length(min = 2, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 300)]
    pub title: String,
    /// What is asked for.
    pub kind: AdvisoryKind,
    /// Who asked.
    pub requester: Requester,
    /// The requester's name, 2 to 300 characters; required for `department`, `enterprise` and `other`.
    #[validate(length(min = 2, max = 300))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 300)]
    pub requester_name: Option<String>,
    /// Reference of the request, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub request_reference: Option<String>,
    /// Date of the request; not after `received_on`.
    #[serde(default)]
    pub request_date: Option<NaiveDate>,
    /// Legal basis, at most 2,000 characters.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub legal_basis: Option<String>,
    /// Field, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub field: Option<String>,
    /// When the union received the request; not in the future.
    pub received_on: NaiveDate,
    /// When the opinion is due; not before `received_on`.
    #[serde(default)]
    pub due_on: Option<NaiveDate>,
    /// Done under a contract (default `false`).
    #[serde(default)]
    pub under_contract: Option<bool>,
    /// The contract's fee in VND, 0 to 10,000,000,000,000; only under a contract.
    #[validate(range(min = 0_i64, max = 10_000_000_000_000_i64))]
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 10_000_000_000_000_i64)]
    pub fee: Option<Int64>,
    /// Who may read it once closed (default `internal`).
    #[serde(default)]
    pub confidentiality: Option<Visibility>,
    /// A draft-law comment that also proposes what National Assembly deputies say on the
    /// draft in the Assembly (default `false`; only for `draft_law_comment`).
    #[serde(default)]
    pub speech_proposal: Option<bool>,
}

impl AdvisoryCaseInput {
    /// Checks every rule and returns the normalised content.
    pub fn into_data(self, today: NaiveDate) -> Result<CaseData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.title = crate::domain::vn::normalize_name(&input.title);
        input.requester_name = clean(input.requester_name);
        input.request_reference = clean(input.request_reference);
        input.legal_basis = clean(input.legal_basis);
        input.field = clean(input.field);
        let mut extra: Vec<FieldError> = Vec::new();
        validate::plain_text(
            [
                ("title", Some(input.title.as_str())),
                ("requester_name", input.requester_name.as_deref()),
                ("request_reference", input.request_reference.as_deref()),
                ("legal_basis", input.legal_basis.as_deref()),
                ("field", input.field.as_deref()),
            ],
            &mut extra,
        );
        let named = matches!(input.requester, Requester::Department | Requester::Enterprise | Requester::Other);
        if named && input.requester_name.is_none() {
            extra.push(FieldError::new("requester_name", "required", "name the department, enterprise or body"));
        }
        validate::not_future("received_on", Some(input.received_on), today, &mut extra);
        if input.request_date.is_some_and(|d| d > input.received_on) {
            extra.push(FieldError::new("request_date", "range", "must not be after received_on"));
        }
        if input.due_on.is_some_and(|d| d < input.received_on) {
            extra.push(FieldError::new("due_on", "range", "must not be before received_on"));
        }
        let under_contract = input.under_contract.unwrap_or(false);
        if input.fee.is_some() && !under_contract {
            extra.push(FieldError::new("fee", "not_allowed", "a fee needs under_contract: true"));
        }
        let speech_proposal = input.speech_proposal.unwrap_or(false);
        if speech_proposal && input.kind != AdvisoryKind::DraftLawComment {
            extra.push(FieldError::new("speech_proposal", "not_allowed", "only a draft_law_comment proposes a speech"));
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(CaseData {
            title: input.title,
            kind: input.kind,
            requester: input.requester,
            requester_name: input.requester_name,
            request_reference: input.request_reference,
            request_date: input.request_date,
            legal_basis: input.legal_basis,
            field: input.field,
            received_on: input.received_on,
            due_on: input.due_on,
            under_contract,
            fee: input.fee.map(|f| f.0),
            confidentiality: input.confidentiality.unwrap_or(Visibility::Internal),
            speech_proposal,
        })
    }
}
