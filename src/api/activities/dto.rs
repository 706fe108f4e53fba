//! Request and response types of activities.

pub use crate::usecases::activities::ActivityInput;

crate::api::bulk::records_body! {
    /// Activities as JSON, each checked as a new activity.
    ActivityImportRecords of ActivityInput
}
pub use crate::usecases::activities::ActivityLink;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::domain::codes::{
    ActivityKind, CouncilRole, OrganiserKind, PublicationKind, ResearchLevel, ResearchStatus, UnionRole, Visibility,
};
use crate::domain::import::{Cell, Column};
use crate::domain::json_int::{Int32, Int64};
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::error::ApiError;
use crate::models::activity::{ActivityData, ActivityRow};

/// An activity of the union or of an association.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 31, "kind": "council_participation", "title": "Hội đồng tư vấn xác định nhiệm vụ KHCN cấp tỉnh năm 2019",
    "organiser_kind": "partner", "association_id": null, "partner_name": "Sở Khoa học và Công nghệ",
    "starts_on": "2019-03-12", "ends_on": null, "year": 2019, "place": "Sơn La", "participants": 9,
    "union_role": "took_part", "outcome": null, "links": [], "visibility": "public",
    "council_name": "Hội đồng KHCN tỉnh", "projects_evaluated": 4, "council_role": "reviewer",
    "research_level": null, "research_status": null, "beneficiaries": null, "amount": null, "articles": null, "visits": null, "publication_kind": null,
    "version": 1, "created_at": "2019-03-13T08:00:00Z", "updated_at": "2019-03-13T08:00:00Z"
}))]
pub struct Activity {
    /// Id.
    pub id: i64,
    /// Kind.
    pub kind: ActivityKind,
    /// Title.
    pub title: String,
    /// Who organised it.
    pub organiser_kind: OrganiserKind,
    /// The organising association (organiser `association`).
    pub association_id: Option<i64>,
    /// The organising partner (organiser `partner`).
    pub partner_name: Option<String>,
    /// The date, or the start of the period.
    pub starts_on: NaiveDate,
    /// The end of the period.
    pub ends_on: Option<NaiveDate>,
    /// Year of `starts_on`: the year the activity counts in.
    pub year: i32,
    /// Place.
    pub place: Option<String>,
    /// Number of participants.
    pub participants: Option<i32>,
    /// The union's part in it; `null` for an association's own activity the union had no
    /// part in.
    pub union_role: Option<UnionRole>,
    /// Outcome or notes.
    pub outcome: Option<String>,
    /// Links.
    pub links: Vec<ActivityLink>,
    /// Who may read it.
    pub visibility: Visibility,
    /// The council (council participation).
    pub council_name: Option<String>,
    /// Projects the council evaluated (council participation).
    pub projects_evaluated: Option<i32>,
    /// The union's seat in the council (council participation).
    pub council_role: Option<CouncilRole>,
    /// Level (research project).
    pub research_level: Option<ResearchLevel>,
    /// Status (research project).
    pub research_status: Option<ResearchStatus>,
    /// People who benefited (social activity).
    pub beneficiaries: Option<i32>,
    /// Money given, in VND (social activity).
    pub amount: Option<i64>,
    /// Articles published (publication).
    pub articles: Option<i32>,
    /// Visits to its online channel over the activity's period (publication).
    pub visits: Option<i64>,
    /// What the publication is (publication).
    pub publication_kind: Option<PublicationKind>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl Activity {
    /// The view of a stored row.
    pub fn from_row(row: ActivityRow) -> Result<Self, ApiError> {
        let d = row.data()?;
        Ok(Activity {
            id: row.id,
            kind: d.kind,
            title: d.title,
            organiser_kind: d.organiser_kind,
            association_id: d.association_id,
            partner_name: d.partner_name,
            starts_on: d.starts_on,
            ends_on: d.ends_on,
            year: row.year,
            place: d.place,
            participants: d.participants,
            union_role: d.union_role,
            outcome: d.outcome,
            links: d.links.into_iter().map(|l| ActivityLink { url: l.url, title: l.title }).collect(),
            visibility: d.visibility,
            council_name: d.council_name,
            projects_evaluated: d.projects_evaluated,
            council_role: d.council_role,
            research_level: d.research_level,
            research_status: d.research_status,
            beneficiaries: d.beneficiaries,
            amount: d.amount,
            articles: d.articles,
            visits: d.visits,
            publication_kind: d.publication_kind,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// Changes to an activity as a JSON Merge Patch: left out stays, `null` clears; `kind`,
/// `title`, `organiser_kind`, `starts_on`, `visibility` and `links` cannot be
/// cleared. The result is checked as a whole, like a new activity (changing `kind` means
/// clearing the old kind's fields in the same patch).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"participants": 135, "outcome": "Kiến nghị gửi UBND tỉnh"}))]
pub struct ActivityPatch {
    /// Kind.
    #[serde(default)]
    #[schema(value_type = ActivityKind)]
    pub kind: Patch<ActivityKind>,
    /// Title.
    #[serde(default)]
    #[schema(value_type = String)]
    pub title: Patch<String>,
    /// Organiser.
    #[serde(default)]
    #[schema(value_type = OrganiserKind)]
    pub organiser_kind: Patch<OrganiserKind>,
    /// Association.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Patch<Int64>,
    /// Partner.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub partner_name: Patch<String>,
    /// Start.
    #[serde(default)]
    #[schema(value_type = NaiveDate)]
    pub starts_on: Patch<NaiveDate>,
    /// End.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub ends_on: Patch<NaiveDate>,
    /// Place.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub place: Patch<String>,
    /// Participants.
    #[serde(default)]
    #[schema(value_type = Option<i32>)]
    pub participants: Patch<Int32>,
    /// The union's role (`null`: none, for an association's own activity).
    #[serde(default)]
    #[schema(value_type = Option<UnionRole>)]
    pub union_role: Patch<UnionRole>,
    /// Outcome.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub outcome: Patch<String>,
    /// Links (the whole list).
    #[serde(default)]
    #[schema(value_type = Vec<ActivityLink>)]
    pub links: Patch<Vec<ActivityLink>>,
    /// Visibility.
    #[serde(default)]
    #[schema(value_type = Visibility)]
    pub visibility: Patch<Visibility>,
    /// Council.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub council_name: Patch<String>,
    /// Projects evaluated.
    #[serde(default)]
    #[schema(value_type = Option<i32>)]
    pub projects_evaluated: Patch<Int32>,
    /// Council role.
    #[serde(default)]
    #[schema(value_type = Option<CouncilRole>)]
    pub council_role: Patch<CouncilRole>,
    /// Research level.
    #[serde(default)]
    #[schema(value_type = Option<ResearchLevel>)]
    pub research_level: Patch<ResearchLevel>,
    /// Research status.
    #[serde(default)]
    #[schema(value_type = Option<ResearchStatus>)]
    pub research_status: Patch<ResearchStatus>,
    /// Beneficiaries.
    #[serde(default)]
    #[schema(value_type = Option<i32>)]
    pub beneficiaries: Patch<Int32>,
    /// Amount.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub amount: Patch<Int64>,
    /// Articles.
    #[serde(default)]
    #[schema(value_type = Option<i32>)]
    pub articles: Patch<Int32>,
    /// Visits.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub visits: Patch<Int64>,
    /// Publication kind.
    #[serde(default)]
    #[schema(value_type = Option<PublicationKind>)]
    pub publication_kind: Patch<PublicationKind>,
}

impl ActivityPatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, d: ActivityData) -> Result<ActivityInput, ApiError> {
        let mut input = ActivityInput {
            kind: d.kind,
            title: d.title,
            organiser_kind: d.organiser_kind,
            association_id: d.association_id.map(Int64),
            partner_name: d.partner_name,
            starts_on: d.starts_on,
            ends_on: d.ends_on,
            place: d.place,
            participants: d.participants.map(Int32),
            union_role: d.union_role,
            outcome: d.outcome,
            links: d.links.into_iter().map(|l| ActivityLink { url: l.url, title: l.title }).collect(),
            visibility: Some(d.visibility),
            council_name: d.council_name,
            projects_evaluated: d.projects_evaluated.map(Int32),
            council_role: d.council_role,
            research_level: d.research_level,
            research_status: d.research_status,
            beneficiaries: d.beneficiaries.map(Int32),
            amount: d.amount.map(Int64),
            articles: d.articles.map(Int32),
            visits: d.visits.map(Int64),
            publication_kind: d.publication_kind,
        };
        let mut visibility = d.visibility;
        let mut errors = Vec::new();
        for result in [
            self.kind.apply_required(&mut input.kind, "kind"),
            self.title.apply_required(&mut input.title, "title"),
            self.organiser_kind.apply_required(&mut input.organiser_kind, "organiser_kind"),
            self.starts_on.apply_required(&mut input.starts_on, "starts_on"),
            self.links.apply_required(&mut input.links, "links"),
            self.visibility.apply_required(&mut visibility, "visibility"),
        ] {
            if let Err(e) = result {
                errors.push(e);
            }
        }
        input.visibility = Some(visibility);
        self.association_id.apply_to(&mut input.association_id);
        self.partner_name.apply_to(&mut input.partner_name);
        self.ends_on.apply_to(&mut input.ends_on);
        self.place.apply_to(&mut input.place);
        self.participants.apply_to(&mut input.participants);
        self.union_role.apply_to(&mut input.union_role);
        self.outcome.apply_to(&mut input.outcome);
        self.council_name.apply_to(&mut input.council_name);
        self.projects_evaluated.apply_to(&mut input.projects_evaluated);
        self.council_role.apply_to(&mut input.council_role);
        self.research_level.apply_to(&mut input.research_level);
        self.research_status.apply_to(&mut input.research_status);
        self.beneficiaries.apply_to(&mut input.beneficiaries);
        self.amount.apply_to(&mut input.amount);
        self.articles.apply_to(&mut input.articles);
        self.visits.apply_to(&mut input.visits);
        self.publication_kind.apply_to(&mut input.publication_kind);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// Query parameters of the activity list.
#[derive(Debug, Clone, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ActivityListQuery {
    /// Page size, 1 to 500 (default 50).
    #[param(minimum = 1, maximum = 500)]
    pub limit: Option<i64>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Also count all matching activities (costs a query).
    pub include_total: Option<bool>,
    /// Only this kind.
    #[param(inline)]
    pub kind: Option<ActivityKind>,
    /// Only activities that started in this year.
    #[param(minimum = 1, maximum = 9999)]
    pub year: Option<i32>,
    /// Only this kind of organiser.
    #[param(inline)]
    pub organiser_kind: Option<OrganiserKind>,
    /// Only activities of this association.
    pub association_id: Option<i64>,
    /// Only this role of the union.
    #[param(inline)]
    pub union_role: Option<UnionRole>,
    /// Only activities that started on or after this date.
    pub from: Option<NaiveDate>,
    /// Only activities that started on or before this date.
    pub to: Option<NaiveDate>,
    /// Words of the title, place, partner or council, ignoring case and diacritics. At most 200 characters.
    #[param(max_length = 200)]
    pub q: Option<String>,
}

/// A page of activities, newest first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ActivityPage {
    /// The activities on this page.
    pub items: Vec<Activity>,
    /// Pass as `cursor` to get the next page; `null` on the last page.
    pub next_cursor: Option<String>,
    /// All matching activities, when `include_total=true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

/// An activity as an import file gives it: [`ActivityInput`], links as bare URLs too.
#[derive(Debug, Clone)]
pub struct ImportedActivity(pub ActivityInput);

impl<'de> Deserialize<'de> for ImportedActivity {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut value = serde_json::Value::deserialize(deserializer)?;
        if let Some(serde_json::Value::Array(links)) = value.get_mut("links") {
            for link in links.iter_mut() {
                if let serde_json::Value::String(url) = link {
                    *link = serde_json::json!({"url": url});
                }
            }
        }
        ActivityInput::deserialize(value).map(ImportedActivity).map_err(serde::de::Error::custom)
    }
}

/// The columns of an activity import file.
pub const IMPORT_COLUMNS: &[Column] = &[
    Column { key: "kind", header: "Loại hoạt động", aliases: &["Loại"], cell: Cell::code::<ActivityKind>() },
    Column { key: "title", header: "Tên hoạt động", aliases: &["Tiêu đề", "Nội dung"], cell: Cell::Text },
    Column {
        key: "organiser_kind", header: "Đơn vị tổ chức", aliases: &[], cell: Cell::code::<OrganiserKind>()
    },
    Column {
        key: "association_id",
        header: "Mã hội",
        aliases: &["Hội", "Tên hội", "Hội thành viên"],
        cell: Cell::Association,
    },
    Column { key: "partner_name", header: "Đối tác", aliases: &[], cell: Cell::Text },
    Column { key: "starts_on", header: "Ngày", aliases: &["Từ ngày", "Ngày bắt đầu"], cell: Cell::Date },
    Column { key: "ends_on", header: "Đến ngày", aliases: &["Ngày kết thúc"], cell: Cell::Date },
    Column { key: "place", header: "Địa điểm", aliases: &[], cell: Cell::Text },
    Column { key: "participants", header: "Số người tham gia", aliases: &["Số người"], cell: Cell::Integer },
    Column {
        key: "union_role",
        header: "Vai trò",
        aliases: &["Vai trò của Liên hiệp hội"],
        cell: Cell::code::<UnionRole>(),
    },
    Column { key: "outcome", header: "Kết quả", aliases: &["Ghi chú"], cell: Cell::Text },
    Column { key: "links", header: "Liên kết", aliases: &[], cell: Cell::List },
    Column {
        key: "visibility", header: "Phạm vi công khai", aliases: &["Phạm vi"], cell: Cell::code::<Visibility>()
    },
    Column { key: "council_name", header: "Hội đồng", aliases: &["Tên hội đồng"], cell: Cell::Text },
    Column {
        key: "projects_evaluated", header: "Số đề tài đánh giá", aliases: &["Số đề tài"], cell: Cell::Integer
    },
    Column {
        key: "council_role", header: "Vai trò trong hội đồng", aliases: &[], cell: Cell::code::<CouncilRole>()
    },
    Column { key: "research_level", header: "Cấp đề tài", aliases: &[], cell: Cell::code::<ResearchLevel>() },
    Column {
        key: "research_status",
        header: "Tình trạng đề tài",
        aliases: &["Tình trạng"],
        cell: Cell::code::<ResearchStatus>(),
    },
    Column { key: "beneficiaries", header: "Số người thụ hưởng", aliases: &[], cell: Cell::Integer },
    Column { key: "amount", header: "Số tiền", aliases: &["Kinh phí"], cell: Cell::Integer },
    Column { key: "articles", header: "Số bài", aliases: &[], cell: Cell::Integer },
    Column { key: "visits", header: "Lượt truy cập", aliases: &["Lượt xem"], cell: Cell::Integer },
    Column {
        key: "publication_kind", header: "Loại ấn phẩm", aliases: &[], cell: Cell::code::<PublicationKind>()
    },
];
