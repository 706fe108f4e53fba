//! The input of the activities use cases and its rules, shared by the API, the
//! demo data and the command line.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::{
    ActivityKind, CouncilRole, OrganiserKind, PublicationKind, ResearchLevel, ResearchStatus, UnionRole, Visibility,
};
use crate::domain::json_int::{Int32, Int64};
use crate::domain::validate::{self, clean};
use crate::error::{ApiError, FieldError};
use crate::models::activity::{ActivityData, Link};

/// A new activity. The organiser fields follow `organiser_kind` (`association` needs
/// `association_id`, `partner` needs `partner_name`, `union` takes neither), and each kind has
/// its own fields, allowed for that kind only: `council_participation` needs `council_name`,
/// `projects_evaluated` and `council_role`; `research_project` needs `research_level` and
/// `research_status`; `social_activity` needs `beneficiaries` or `amount`; `publication` may
/// give `publication_kind`, `articles` and `visits`.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "kind": "workshop", "title": "Hội thảo khoa học về phát triển cây ăn quả vùng cao", "organiser_kind": "union",
    "starts_on": "2019-10-18", "place": "Mộc Châu", "participants": 120, "union_role": "led",
    "links": [{"url": "https://lienhiephoi.sonla.gov.vn/hoi-thao-cay-an-qua", "title": "Tin bài"}]
}))]
pub struct ActivityInput {
    /// Kind.
    pub kind: ActivityKind,
    /// Title, 2 to 300 characters.
    #[validate(length(min = 2, max = 300), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 300)]
    pub title: String,
    /// Who organised it.
    pub organiser_kind: OrganiserKind,
    /// The organising association (organiser `association`).
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Option<Int64>,
    /// The organising partner, 2 to 300 characters (organiser `partner`).
    #[validate(length(min = 2, max = 300))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 300)]
    pub partner_name: Option<String>,
    /// The date, or the start of the period.
    pub starts_on: NaiveDate,
    /// The end of the period; not before `starts_on`.
    #[serde(default)]
    pub ends_on: Option<NaiveDate>,
    /// Place, at most 300 characters.
    #[validate(length(max = 300))]
    #[serde(default)]
    #[schema(max_length = 300)]
    pub place: Option<String>,
    /// Participants, 0 to 1,000,000.
    #[validate(range(min = 0, max = 1_000_000))]
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1_000_000)]
    pub participants: Option<Int32>,
    /// The union's part in it: required when the union or a partner organised it; may be
    /// `null` for an association's own activity that the union had no part in.
    #[serde(default)]
    pub union_role: Option<UnionRole>,
    /// Outcome or notes, at most 4,000 characters.
    #[validate(length(max = 4000))]
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub outcome: Option<String>,
    /// Links, at most 20.
    #[validate(length(max = 20), nested)]
    #[serde(default)]
    #[schema(max_items = 20)]
    pub links: Vec<ActivityLink>,
    /// Who may read it (default `public`).
    #[serde(default)]
    pub visibility: Option<Visibility>,
    /// The council, 2 to 300 characters (council participation).
    #[validate(length(min = 2, max = 300))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 300)]
    pub council_name: Option<String>,
    /// Projects the council evaluated, 0 to 10,000 (council participation).
    #[validate(range(min = 0, max = 10_000))]
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 10_000)]
    pub projects_evaluated: Option<Int32>,
    /// The union's seat in the council (council participation).
    #[serde(default)]
    pub council_role: Option<CouncilRole>,
    /// Level (research project).
    #[serde(default)]
    pub research_level: Option<ResearchLevel>,
    /// Status (research project).
    #[serde(default)]
    pub research_status: Option<ResearchStatus>,
    /// People who benefited, 0 to 10,000,000 (social activity).
    #[validate(range(min = 0, max = 10_000_000))]
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 10_000_000)]
    pub beneficiaries: Option<Int32>,
    /// Money given in VND, 0 to 1,000,000,000,000,000 (social activity).
    #[validate(range(min = 0_i64, max = 1_000_000_000_000_000_i64))]
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 1_000_000_000_000_000_i64)]
    pub amount: Option<Int64>,
    /// Articles published, 0 to 1,000,000 (publication).
    #[validate(range(min = 0, max = 1_000_000))]
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1_000_000)]
    pub articles: Option<Int32>,
    /// Visits to the publication's online channel (forum, newsletter pages, portal) over the
    /// activity's period, 0 to 1,000,000,000,000 (publication).
    #[validate(range(min = 0_i64, max = 1_000_000_000_000_i64))]
    #[serde(default)]
    #[schema(value_type = Option<i64>, minimum = 0, maximum = 1_000_000_000_000_i64)]
    pub visits: Option<Int64>,
    /// What the publication is: a newsletter, an online forum, a journal, a website, a
    /// thematic publication (publication).
    #[serde(default)]
    pub publication_kind: Option<PublicationKind>,
}

impl ActivityInput {
    /// Checks every rule and returns the normalised content.
    pub fn into_data(self) -> Result<ActivityData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.title = crate::domain::vn::normalize_name(&input.title);
        input.partner_name = clean(input.partner_name);
        input.place = clean(input.place);
        input.outcome = clean(input.outcome);
        input.council_name = clean(input.council_name);
        for link in &mut input.links {
            link.title = clean(link.title.take());
        }
        let mut extra: Vec<FieldError> = Vec::new();
        validate::plain_text(
            [
                ("title", Some(input.title.as_str())),
                ("partner_name", input.partner_name.as_deref()),
                ("place", input.place.as_deref()),
                ("outcome", input.outcome.as_deref()),
                ("council_name", input.council_name.as_deref()),
            ],
            &mut extra,
        );
        let mut rule = |field: &str, code: &str, message: String| extra.push(FieldError::new(field, code, message));
        if input.union_role.is_none() && input.organiser_kind != OrganiserKind::Association {
            let message = "say the union's part in it (only an association's own activity may have none)";
            rule("union_role", "required", message.into());
        }
        match input.organiser_kind {
            OrganiserKind::Union => {
                if input.association_id.is_some() {
                    rule("association_id", "not_allowed", "an activity of the union names no association".into());
                }
                if input.partner_name.is_some() {
                    rule("partner_name", "not_allowed", "an activity of the union names no partner".into());
                }
            }
            OrganiserKind::Association => {
                if input.association_id.is_none() {
                    rule("association_id", "required", "name the organising association".into());
                }
                if input.partner_name.is_some() {
                    rule("partner_name", "not_allowed", "an association's activity names no partner".into());
                }
            }
            OrganiserKind::Partner => {
                if input.partner_name.is_none() {
                    rule("partner_name", "required", "name the organising partner".into());
                }
                if input.association_id.is_some() {
                    rule("association_id", "not_allowed", "a partner's activity names no association".into());
                }
            }
        }
        if input.ends_on.is_some_and(|end| end < input.starts_on) {
            rule("ends_on", "range", "must not be before starts_on".into());
        }
        let kind = input.kind;
        let label = kind.to_string();
        let mut only_for = |field: &str, present: bool, owner: ActivityKind| {
            if present && kind != owner {
                rule(field, "not_allowed", format!("applies to {owner} only, not to {label}"));
            }
        };
        only_for("council_name", input.council_name.is_some(), ActivityKind::CouncilParticipation);
        only_for("projects_evaluated", input.projects_evaluated.is_some(), ActivityKind::CouncilParticipation);
        only_for("council_role", input.council_role.is_some(), ActivityKind::CouncilParticipation);
        only_for("research_level", input.research_level.is_some(), ActivityKind::ResearchProject);
        only_for("research_status", input.research_status.is_some(), ActivityKind::ResearchProject);
        only_for("beneficiaries", input.beneficiaries.is_some(), ActivityKind::SocialActivity);
        only_for("amount", input.amount.is_some(), ActivityKind::SocialActivity);
        only_for("articles", input.articles.is_some(), ActivityKind::Publication);
        only_for("visits", input.visits.is_some(), ActivityKind::Publication);
        only_for("publication_kind", input.publication_kind.is_some(), ActivityKind::Publication);
        let mut required = |field: &str, present: bool| {
            if !present {
                extra.push(FieldError::new(field, "required", format!("a {kind} needs {field}")));
            }
        };
        match kind {
            ActivityKind::CouncilParticipation => {
                required("council_name", input.council_name.is_some());
                required("projects_evaluated", input.projects_evaluated.is_some());
                required("council_role", input.council_role.is_some());
            }
            ActivityKind::ResearchProject => {
                required("research_level", input.research_level.is_some());
                required("research_status", input.research_status.is_some());
            }
            ActivityKind::SocialActivity if input.beneficiaries.is_none() && input.amount.is_none() => {
                extra.push(FieldError::new(
                    "beneficiaries",
                    "required",
                    "a social_activity needs beneficiaries or amount",
                ));
            }
            _ => {}
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(ActivityData {
            kind: input.kind,
            title: input.title,
            organiser_kind: input.organiser_kind,
            association_id: input.association_id.map(|a| a.0),
            partner_name: input.partner_name,
            starts_on: input.starts_on,
            ends_on: input.ends_on,
            place: input.place,
            participants: input.participants.map(|n| n.0),
            union_role: input.union_role,
            outcome: input.outcome,
            links: input.links.into_iter().map(|l| Link { url: l.url, title: l.title }).collect(),
            visibility: input.visibility.unwrap_or(Visibility::Public),
            council_name: input.council_name,
            projects_evaluated: input.projects_evaluated.map(|n| n.0),
            council_role: input.council_role,
            research_level: input.research_level,
            research_status: input.research_status,
            beneficiaries: input.beneficiaries.map(|n| n.0),
            amount: input.amount.map(|n| n.0),
            articles: input.articles.map(|n| n.0),
            visits: input.visits.map(|n| n.0),
            publication_kind: input.publication_kind,
        })
    }
}

/// A link about an activity (programme, report, article, photos).
#[derive(Debug, Clone, Serialize, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActivityLink {
    /// Absolute `http` or `https` URL, at most 300 characters.
    #[validate(custom(function = "validate::http_url"))]
    #[schema(pattern = r"^https?://[^\s/?#\[\]@\\]+", max_length = 300)]
    pub url: String,
    /// What it is, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub title: Option<String>,
}
