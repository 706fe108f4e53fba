//! Request and response types of the union's own records.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::codes::UnionUnitKind;
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::error::ApiError;
use crate::models::union_profile::{CommitteeMember, ProfileData, ProfileRow, ProvinceRow, StaffRow, TermRow, UnitRow};
pub use crate::usecases::union_profile::{
    CommitteeMemberInput, ProfileInput, ProvinceInput, StaffByEducation, StaffInput, TermInput, UnitInput,
};

/// The union's profile.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"name": "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La", "short_name": "Liên hiệp hội Sơn La",
    "founded_on": "2010-05-24", "founding_decision": "Quyết định thành lập của Chủ tịch UBND tỉnh (2010)",
    "address": null, "phone": null, "email": null, "website": "https://lienhiephoi.sonla.gov.vn",
    "version": 3, "updated_at": "2026-12-07T08:00:00Z"}))]
pub struct UnionProfile {
    /// Full name.
    pub name: String,
    /// Short name.
    pub short_name: Option<String>,
    /// Founding date; the statistics count the union's years from its year
    /// (`union_age_years`).
    pub founded_on: Option<NaiveDate>,
    /// The founding decision (number, date, issuer).
    pub founding_decision: Option<String>,
    /// Postal address.
    pub address: Option<String>,
    /// Office phone.
    pub phone: Option<String>,
    /// Office email.
    pub email: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl UnionProfile {
    /// The view of the stored profile.
    pub fn from_row(row: ProfileRow) -> Self {
        UnionProfile {
            name: row.name,
            short_name: row.short_name,
            founded_on: row.founded_on,
            founding_decision: row.founding_decision,
            address: row.address,
            phone: row.phone,
            email: row.email,
            website: row.website,
            version: row.version,
            updated_at: rfc3339(row.updated_at),
        }
    }
}

/// Changes to the profile as a JSON Merge Patch: left out stays, `null` clears (the name
/// cannot be cleared).
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"founded_on": "2010-05-24", "website": "https://lienhiephoi.sonla.gov.vn"}))]
pub struct ProfilePatch {
    /// Full name, 2 to 300 characters.
    #[serde(default)]
    #[schema(value_type = String, min_length = 2, max_length = 300)]
    pub name: Patch<String>,
    /// Short name, at most 100 characters.
    #[serde(default)]
    #[schema(value_type = Option<String>, max_length = 100)]
    pub short_name: Patch<String>,
    /// Founding date; not in the future.
    #[serde(default)]
    #[schema(value_type = Option<NaiveDate>)]
    pub founded_on: Patch<NaiveDate>,
    /// The founding decision, at most 300 characters.
    #[serde(default)]
    #[schema(value_type = Option<String>, max_length = 300)]
    pub founding_decision: Patch<String>,
    /// Postal address, at most 300 characters.
    #[serde(default)]
    #[schema(value_type = Option<String>, max_length = 300)]
    pub address: Patch<String>,
    /// Office phone.
    #[serde(default)]
    #[schema(value_type = Option<String>, pattern = r"^[0-9+ .()\-]{8,30}$")]
    pub phone: Patch<String>,
    /// Office email.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Email, max_length = 254)]
    pub email: Patch<String>,
    /// Website: an absolute http or https URL.
    #[serde(default)]
    #[schema(value_type = Option<String>, pattern = r"^https?://[^\s/?#\[\]@\\]+", max_length = 300)]
    pub website: Patch<String>,
}

impl ProfilePatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, current: ProfileData) -> Result<ProfileInput, ApiError> {
        let mut input = ProfileInput {
            name: current.name,
            short_name: current.short_name,
            founded_on: current.founded_on,
            founding_decision: current.founding_decision,
            address: current.address,
            phone: current.phone,
            email: current.email,
            website: current.website,
        };
        if let Err(e) = self.name.apply_required(&mut input.name, "name") {
            return Err(ApiError::Validation(vec![e]));
        }
        self.short_name.apply_to(&mut input.short_name);
        self.founded_on.apply_to(&mut input.founded_on);
        self.founding_decision.apply_to(&mut input.founding_decision);
        self.address.apply_to(&mut input.address);
        self.phone.apply_to(&mut input.phone);
        self.email.apply_to(&mut input.email);
        self.website.apply_to(&mut input.website);
        Ok(input)
    }
}

/// A member of a standing committee.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct CommitteeMemberView {
    /// Full name.
    pub name: String,
    /// Position.
    pub position: Option<String>,
}

/// A congress term of the union (nhiệm kỳ).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"number": 2, "congress_on": "2015-10-16", "first_year": 2015, "last_year": 2020,
    "standing_committee": [{"name": "Nguyễn Văn An", "position": "Chủ tịch"}], "executive_committee_size": 25,
    "fatherland_front_delegates": 1, "note": "Đại hội lần thứ II", "version": 1,
    "created_at": "2026-12-07T08:00:00Z", "updated_at": "2026-12-07T08:00:00Z"}))]
pub struct UnionTerm {
    /// The congress's number (the congress of term II is 2).
    pub number: i32,
    /// The day the congress opened.
    pub congress_on: NaiveDate,
    /// First year of the term.
    pub first_year: i32,
    /// Last year of the term (planned, while it runs).
    pub last_year: i32,
    /// The standing committee (ban thường vụ).
    pub standing_committee: Vec<CommitteeMemberView>,
    /// Members of the executive committee (ban chấp hành).
    pub executive_committee_size: Option<i32>,
    /// Delegates of the union to the Fatherland Front's committee.
    pub fatherland_front_delegates: Option<i32>,
    /// Note.
    pub note: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl UnionTerm {
    /// The view of a stored term.
    pub fn from_row(row: TermRow) -> Result<Self, ApiError> {
        let data = row.data()?;
        Ok(UnionTerm {
            number: row.number,
            congress_on: data.congress_on,
            first_year: data.first_year,
            last_year: data.last_year,
            standing_committee: data
                .standing_committee
                .into_iter()
                .map(|CommitteeMember { name, position }| CommitteeMemberView { name, position })
                .collect(),
            executive_committee_size: data.executive_committee_size,
            fatherland_front_delegates: data.fatherland_front_delegates,
            note: data.note,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// The full-time staff of the union's office in a year.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"year": 2019, "full_time": 10, "by_education": {"master": 2, "bachelor": 7},
    "note": "3 lãnh đạo, 1 chuyên trách, 02 cán bộ nghỉ hưu", "version": 1,
    "created_at": "2026-12-07T08:00:00Z", "updated_at": "2026-12-07T08:00:00Z"}))]
pub struct UnionStaff {
    /// The year.
    pub year: i32,
    /// Full-time staff.
    pub full_time: i32,
    /// Of them, people by highest education level.
    pub by_education: StaffByEducation,
    /// Note.
    pub note: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl UnionStaff {
    /// The view of a stored record.
    pub fn from_row(row: StaffRow) -> Result<Self, ApiError> {
        let data = row.data()?;
        Ok(UnionStaff {
            year: row.year,
            full_time: data.full_time,
            by_education: StaffByEducation::from_levels(&data.by_education),
            note: data.note,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// A department, centre or council of the union itself.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"code": "tu_van", "name": "Trung tâm Tư vấn và Chuyển giao công nghệ", "kind": "centre",
    "established_year": 2015, "closed_year": null, "note": null, "version": 1,
    "created_at": "2026-12-07T08:00:00Z", "updated_at": "2026-12-07T08:00:00Z"}))]
pub struct UnionUnit {
    /// Code, chosen by staff (2 to 64 lower-case letters, digits and `_`).
    pub code: String,
    /// Name.
    pub name: String,
    /// Kind.
    pub kind: UnionUnitKind,
    /// Year it was set up.
    pub established_year: Option<i32>,
    /// Year it was closed; `null` while it works.
    pub closed_year: Option<i32>,
    /// Note.
    pub note: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl UnionUnit {
    /// The view of a stored record.
    pub fn from_row(row: UnitRow) -> Self {
        UnionUnit {
            code: row.code,
            name: row.name,
            kind: row.kind,
            established_year: row.established_year,
            closed_year: row.closed_year,
            note: row.note,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        }
    }
}

/// The congress terms, oldest first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct UnionTermList {
    /// The terms.
    pub items: Vec<UnionTerm>,
}

/// The staff records, oldest year first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct UnionStaffList {
    /// The records.
    pub items: Vec<UnionStaff>,
}

/// The departments and centres, by code.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct UnionUnitList {
    /// The units.
    pub items: Vec<UnionUnit>,
}

/// The province's own figures of a year, which the union measures itself against.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({"year": 2019, "st_intellectuals": 41700, "source": "Cục Thống kê tỉnh Sơn La, niên giám thống kê 2019",
    "note": null, "version": 1, "created_at": "2026-12-07T08:00:00Z", "updated_at": "2026-12-07T08:00:00Z"}))]
pub struct ProvinceFigures {
    /// The year.
    pub year: i32,
    /// S&T intellectuals (bachelor or higher) in the whole province; the statistics give the
    /// associations' share of them (`union_intellectual_share_percent`).
    pub st_intellectuals: i64,
    /// Where the figure comes from.
    pub source: Option<String>,
    /// Note.
    pub note: Option<String>,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When it was recorded.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

impl From<ProvinceRow> for ProvinceFigures {
    fn from(row: ProvinceRow) -> Self {
        ProvinceFigures {
            year: row.year,
            st_intellectuals: row.st_intellectuals,
            source: row.source,
            note: row.note,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        }
    }
}

/// The province figures, oldest year first.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ProvinceFiguresList {
    /// The records.
    pub items: Vec<ProvinceFigures>,
}
