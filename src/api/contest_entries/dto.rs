//! Request and response types of contest entries.

pub use crate::usecases::contest_entries::EntryAttachment;
pub use crate::usecases::contest_entries::EntryAuthorInput;
pub use crate::usecases::contest_entries::EntryImportRecord;

crate::api::bulk::records_body! {
    /// Contest entries as JSON.
    EntryImportRecords of EntryImportRecord
}
pub use crate::usecases::contest_entries::EntryInput;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use validator::Validate;

use crate::domain::codes::{AuthorRole, EntryStatus, MinorNames, Prize};
use crate::domain::import::{Cell, Column};
use crate::domain::json_int::{Int32, Int64};
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::domain::validate::{self, clean};
use crate::error::{ApiError, FieldError};
use crate::models::contest_entry::{AuthorRow, EntryData, EntryRow, View};
use crate::models::judging::National;

/// A person named on an entry.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EntryAuthor {
    /// Author, pupil or supervising teacher.
    pub role: AuthorRole,
    /// The person in the registry, when known (*full view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_id: Option<i64>,
    /// Name. In published results a pupil under 18 is named as the contest's `minor_names`
    /// says (full name, or initials).
    pub full_name: String,
    /// Workplace.
    pub workplace: Option<String>,
    /// School (pupils and supervisors).
    pub school: Option<String>,
    /// Grade, 1 to 12 (pupils).
    pub grade: Option<i32>,
    /// Birth date (*full view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
}

/// An entry of a contest edition. Staff and the managers of its association see it in full;
/// its judges without the authors' personal details; anyone else only an eligible entry of
/// an edition whose results are published.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 41, "edition_id": 5, "title": "Máy sấy cà phê bằng năng lượng mặt trời", "field": "Nông nghiệp",
    "summary": "Giải pháp sấy cà phê quy mô hộ gia đình ...", "association_id": 3,
    "authors": [{"role": "author", "person_id": 2045, "full_name": "Lò Văn Pha", "workplace": "HTX Chiềng Ban", "school": null, "grade": null}],
    "attachments": [{"url": "https://drive.example.vn/ho-so/may-say.pdf", "title": "Thuyết minh giải pháp", "media_type": "application/pdf", "size_bytes": 1843200}],
    "status": "eligible", "ineligible_reason": null, "prize": null, "rank": null, "final_score": null, "national": null,
    "version": 3, "created_at": "2026-04-02T08:00:00Z", "updated_at": "2026-09-01T08:00:00Z"
}))]
pub struct ContestEntry {
    /// Id.
    pub id: i64,
    /// The edition.
    pub edition_id: i64,
    /// Title.
    pub title: String,
    /// Field.
    pub field: Option<String>,
    /// Summary.
    pub summary: Option<String>,
    /// The association that submitted it.
    pub association_id: Option<i64>,
    /// The authors, in order.
    pub authors: Vec<EntryAuthor>,
    /// Links to the entry's documents.
    pub attachments: Vec<EntryAttachment>,
    /// Where it stands.
    pub status: EntryStatus,
    /// Why it is ineligible (*full view*).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ineligible_reason: Option<String>,
    /// The provincial prize; before the results are published only staff see it.
    pub prize: Option<Prize>,
    /// The rank, once results are published.
    pub rank: Option<i32>,
    /// The weighted mean score, once results are published.
    pub final_score: Option<f64>,
    /// The result at the national contest, for a provincial winner sent on.
    pub national: Option<NationalResult>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When it was submitted.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// Initials of a name: "Nguyễn Văn An" → "N. V. A.".
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{}.", c.to_uppercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

impl ContestEntry {
    /// The view of a stored entry: `minors` says how a public view names pupils under 18 on
    /// `on` (the publication date); `results` shows the prize, rank, score and national
    /// result (to staff, and to everyone once the results are published).
    pub fn from_row(
        row: EntryRow,
        authors: &[AuthorRow],
        view: View,
        minors: MinorNames,
        on: NaiveDate,
        results: bool,
    ) -> Result<Self, ApiError> {
        let full = view == View::Full;
        let authors = authors
            .iter()
            .map(|a| {
                let role = a.role;
                let hide = view == View::Public && minors == MinorNames::Initials && a.is_minor(on);
                Ok(EntryAuthor {
                    role,
                    person_id: if full { a.person_id } else { None },
                    full_name: if hide { initials(&a.full_name) } else { a.full_name.clone() },
                    workplace: a.workplace.clone(),
                    school: a.school.clone(),
                    grade: a.grade,
                    birth_date: if full { a.birth_date } else { None },
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        let attachments = row
            .attachments()?
            .into_iter()
            .map(|a| EntryAttachment {
                url: a.url,
                title: a.title,
                media_type: a.media_type,
                size_bytes: a.size_bytes.map(Int64),
            })
            .collect();
        Ok(ContestEntry {
            id: row.id,
            edition_id: row.edition_id,
            title: row.title.clone(),
            field: row.field.clone(),
            summary: row.summary.clone(),
            association_id: row.association_id,
            authors,
            attachments,
            status: row.status,
            ineligible_reason: if full { row.ineligible_reason.clone() } else { None },
            prize: if results { row.prize } else { None },
            rank: row.rank.filter(|_| results),
            final_score: row.final_score.filter(|_| results),
            national: match row.national_sent_on.filter(|_| results) {
                Some(sent_on) => Some(NationalResult {
                    sent_on,
                    prize: row.national_prize,
                    labour_creativity_certificate: row.labour_creativity_certificate,
                    applied: row.applied,
                    commercialised: row.commercialised,
                    note: row.national_note.clone(),
                }),
                None => None,
            },
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Changes to an entry as a JSON Merge Patch: left out stays, `null` clears; `title`,
/// `authors` and `attachments` (each a whole list) cannot be cleared; only staff change
/// `association_id`.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"summary": "Bản tóm tắt đã bổ sung số liệu thử nghiệm"}))]
pub struct EntryPatch {
    /// Title.
    #[serde(default)]
    #[schema(value_type = String)]
    pub title: Patch<String>,
    /// Field.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub field: Patch<String>,
    /// Summary.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub summary: Patch<String>,
    /// The association.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Patch<Int64>,
    /// The whole list of authors.
    #[serde(default)]
    #[schema(value_type = Vec<EntryAuthorInput>)]
    pub authors: Patch<Vec<EntryAuthorInput>>,
    /// The whole list of attachments.
    #[serde(default)]
    #[schema(value_type = Vec<EntryAttachment>)]
    pub attachments: Patch<Vec<EntryAttachment>>,
}

impl EntryPatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, d: EntryData) -> Result<EntryInput, ApiError> {
        let mut input = EntryInput {
            title: d.title,
            field: d.field,
            summary: d.summary,
            association_id: d.association_id.map(Int64),
            authors: d
                .authors
                .into_iter()
                .map(|a| EntryAuthorInput {
                    role: a.role,
                    person_id: a.person_id.map(Int64),
                    full_name: Some(a.full_name),
                    workplace: a.workplace,
                    school: a.school,
                    grade: a.grade.map(Int32),
                    birth_date: a.birth_date,
                })
                .collect(),
            attachments: d
                .attachments
                .into_iter()
                .map(|a| EntryAttachment {
                    url: a.url,
                    title: a.title,
                    media_type: a.media_type,
                    size_bytes: a.size_bytes.map(Int64),
                })
                .collect(),
        };
        let mut errors = Vec::new();
        for result in [
            self.title.apply_required(&mut input.title, "title"),
            self.authors.apply_required(&mut input.authors, "authors"),
            self.attachments.apply_required(&mut input.attachments, "attachments"),
        ] {
            if let Err(e) = result {
                errors.push(e);
            }
        }
        self.field.apply_to(&mut input.field);
        self.summary.apply_to(&mut input.summary);
        self.association_id.apply_to(&mut input.association_id);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// The union's decision on an entry's eligibility.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"eligible": false, "reason": "Giải pháp đã đoạt giải ở kỳ trước"}))]
pub struct EligibilityInput {
    /// `true`: eligible, judged and ranked; `false`: ineligible, with the reason.
    pub eligible: bool,
    /// Why it is ineligible, 2 to 2,000 characters; required with `eligible: false`.
    #[validate(length(min = 2, max = 2000))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 2000)]
    pub reason: Option<String>,
}

impl EligibilityInput {
    /// Checks the decision.
    pub fn into_decision(self) -> Result<crate::models::contest_entry::Decision, ApiError> {
        use crate::models::contest_entry::Decision;
        let mut errors = validate::as_sent(&self);
        validate::plain_text([("reason", self.reason.as_deref())], &mut errors);
        let reason = clean(self.reason.clone());
        match (self.eligible, &reason) {
            (false, None) => errors.push(FieldError::new("reason", "required", "say why the entry is ineligible")),
            (true, Some(_)) => errors.push(FieldError::new("reason", "not_allowed", "an eligible entry has no reason")),
            _ => {}
        }
        validate::check(&self, errors)?;
        Ok(match reason {
            Some(r) => Decision::Ineligible(r),
            None => Decision::Eligible,
        })
    }
}

/// Query parameters of the entry list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EntryListQuery {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Also count all matching entries (costs a query).
    pub include_total: Option<bool>,
    /// Only this status.
    #[param(inline)]
    pub status: Option<EntryStatus>,
    /// Only this association's entries.
    pub association_id: Option<i64>,
    /// Words of the title, field or authors' names (pupils' names are not searched),
    /// ignoring case and diacritics. At most 200 characters.
    #[param(max_length = 200)]
    pub q: Option<String>,
}

/// A page of entries, in submission order.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct EntryPage {
    /// The entries on this page.
    pub items: Vec<ContestEntry>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// All matching entries, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

/// When a past edition's results were published (default 31 December of its year).
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EntryImportQuery {
    /// The date of publication; not in the future.
    pub published_on: Option<NaiveDate>,
}
/// The national result of an entry sent on to the national contest.
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"sent_on": "2026-12-01", "prize": "third", "labour_creativity_certificate": true, "applied": true, "commercialised": false, "note": "Giải Ba Hội thi Sáng tạo kỹ thuật toàn quốc lần thứ 18"}))]
pub struct NationalResult {
    /// When it was sent on; not before the provincial results were published, not in the future.
    pub sent_on: NaiveDate,
    /// The national prize, if any.
    #[serde(default)]
    pub prize: Option<Prize>,
    /// A Labour Creativity Certificate (Bằng Lao động sáng tạo) came with it.
    #[serde(default)]
    pub labour_creativity_certificate: bool,
    /// Applied in practice.
    #[serde(default)]
    pub applied: bool,
    /// Commercialised.
    #[serde(default)]
    pub commercialised: bool,
    /// A note, at most 2,000 characters.
    #[validate(length(max = 2000))]
    #[serde(default)]
    #[schema(max_length = 2000)]
    pub note: Option<String>,
}

impl NationalResult {
    /// Checks the result.
    pub fn into_national(self, today: NaiveDate) -> Result<National, ApiError> {
        let mut errors = validate::as_sent(&self);
        validate::plain_text([("note", self.note.as_deref())], &mut errors);
        validate::not_future("sent_on", Some(self.sent_on), today, &mut errors);
        validate::check(&self, errors)?;
        Ok(National {
            sent_on: self.sent_on,
            prize: self.prize,
            labour_creativity_certificate: self.labour_creativity_certificate,
            applied: self.applied,
            commercialised: self.commercialised,
            note: clean(self.note),
        })
    }
}

/// The columns of an entry import file.
pub const IMPORT_COLUMNS: &[Column] = &[
    Column {
        key: "title",
        header: "Tên giải pháp",
        aliases: &["Tên đề tài", "Tên sản phẩm", "Tiêu đề"],
        cell: Cell::Text,
    },
    Column { key: "field", header: "Lĩnh vực", aliases: &[], cell: Cell::Text },
    Column { key: "summary", header: "Tóm tắt", aliases: &[], cell: Cell::Text },
    Column {
        key: "association_id",
        header: "Mã hội",
        aliases: &["Hội", "Tên hội", "Hội thành viên"],
        cell: Cell::Association,
    },
    Column { key: "authors", header: "Tác giả", aliases: &["Học sinh", "Nhóm tác giả"], cell: Cell::List },
    Column { key: "school", header: "Trường", aliases: &[], cell: Cell::Text },
    Column {
        key: "prize", header: "Giải", aliases: &["Giải thưởng", "Giải tỉnh"], cell: Cell::code::<Prize>()
    },
    Column { key: "rank", header: "Xếp hạng", aliases: &["Thứ hạng"], cell: Cell::Integer },
    Column { key: "final_score", header: "Điểm", aliases: &["Tổng điểm"], cell: Cell::Number },
    Column { key: "national_prize", header: "Giải toàn quốc", aliases: &[], cell: Cell::code::<Prize>() },
    Column {
        key: "labour_creativity_certificate", header: "Bằng lao động sáng tạo", aliases: &[], cell: Cell::Flag
    },
    Column { key: "applied", header: "Ứng dụng", aliases: &["Đã ứng dụng"], cell: Cell::Flag },
    Column { key: "commercialised", header: "Thương mại hóa", aliases: &[], cell: Cell::Flag },
];
