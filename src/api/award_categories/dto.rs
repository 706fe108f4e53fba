//! Request and response types of award categories.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::{AwardKind, AwardLevel};
use crate::domain::json_int::Int32;
use crate::domain::patch::Patch;
use crate::domain::time::rfc3339;
use crate::domain::validate;
use crate::error::{ApiError, FieldError};
use crate::models::award_category::{CategoryData, CategoryRow};

/// An award category: an achievement that qualifies an honouree (Labour Hero, Doctorate, …).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[schema(example = json!({
    "id": 4, "code": "labour_hero", "name_vi": "Anh hùng Lao động", "name_en": "Labour Hero",
    "level": "national", "kind": "title", "position": 40, "version": 1,
    "created_at": "2026-11-28T08:00:00Z", "updated_at": "2026-11-28T08:00:00Z"
}))]
pub struct AwardCategory {
    /// Id.
    pub id: i64,
    /// Stable code, fixed at creation. The seeded categories use the codes of the
    /// `honour_titles` code list.
    pub code: String,
    /// Vietnamese name.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Level.
    pub level: AwardLevel,
    /// Kind.
    pub kind: AwardKind,
    /// Display position (lists are in this order).
    pub position: i32,
    /// Version; the `ETag` is `"v<version>"`.
    pub version: i32,
    /// When the record was created.
    pub created_at: DateTime<Utc>,
    /// When the record last changed.
    pub updated_at: DateTime<Utc>,
}

impl AwardCategory {
    /// The view of a stored row.
    pub fn from_row(row: CategoryRow) -> Result<Self, ApiError> {
        let data = row.data();
        Ok(AwardCategory {
            id: row.id,
            code: row.code,
            name_vi: row.name_vi,
            name_en: row.name_en,
            level: data.level,
            kind: data.kind,
            position: row.position,
            version: row.version,
            created_at: rfc3339(row.created_at),
            updated_at: rfc3339(row.updated_at),
        })
    }
}

/// A new award category.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"code": "provincial_science_prize", "name_vi": "Giải thưởng khoa học và công nghệ tỉnh", "name_en": "Provincial Science and Technology Prize", "level": "provincial", "kind": "prize"}))]
pub struct AwardCategoryInput {
    /// Code: 2 to 64 lower-case letters, digits and `_`, starting with a letter; unique.
    #[validate(length(min = 2, max = 64))]
    #[schema(min_length = 2, max_length = 64, pattern = "^[a-z][a-z0-9_]*$")]
    pub code: String,
    /// Vietnamese name, 2 to 200 characters.
    #[validate(length(min = 2, max = 200), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 200)]
    pub name_vi: String,
    /// English name, 2 to 200 characters.
    #[validate(length(min = 2, max = 200), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 200)]
    pub name_en: String,
    /// Level.
    pub level: AwardLevel,
    /// Kind.
    pub kind: AwardKind,
    /// Display position, 0 to 1,000,000 (default: after the last).
    #[validate(range(min = 0, max = 1_000_000))]
    #[serde(default)]
    #[schema(value_type = Option<i32>, minimum = 0, maximum = 1_000_000)]
    pub position: Option<Int32>,
}

impl AwardCategoryInput {
    /// Checks every rule and returns the content (`next_position` when none is given).
    pub fn into_data(self, next_position: i32) -> Result<CategoryData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.name_vi = crate::domain::vn::normalize_name(&input.name_vi);
        input.name_en = crate::domain::vn::normalize_name(&input.name_en);
        let mut extra: Vec<FieldError> = Vec::new();
        validate::code_format("code", &input.code, &mut extra);
        validate::plain_text(
            [("name_vi", Some(input.name_vi.as_str())), ("name_en", Some(input.name_en.as_str()))],
            &mut extra,
        );
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(CategoryData {
            code: input.code,
            name_vi: input.name_vi,
            name_en: input.name_en,
            level: input.level,
            kind: input.kind,
            position: input.position.map_or(next_position, |p| p.0),
        })
    }
}

/// Changes to a category as a JSON Merge Patch: left out stays. The code cannot change;
/// nothing can be cleared.
#[derive(Debug, Clone, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"name_en": "Hero of Labour", "position": 35}))]
pub struct AwardCategoryPatch {
    /// Vietnamese name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub name_vi: Patch<String>,
    /// English name.
    #[serde(default)]
    #[schema(value_type = String)]
    pub name_en: Patch<String>,
    /// Level.
    #[serde(default)]
    #[schema(value_type = AwardLevel)]
    pub level: Patch<AwardLevel>,
    /// Kind.
    #[serde(default)]
    #[schema(value_type = AwardKind)]
    pub kind: Patch<AwardKind>,
    /// Display position.
    #[serde(default)]
    #[schema(value_type = i32)]
    pub position: Patch<Int32>,
}

impl AwardCategoryPatch {
    /// Applies the patch to the current content, as a complete input to validate again.
    pub fn apply(self, current: CategoryData) -> Result<AwardCategoryInput, ApiError> {
        let mut input = AwardCategoryInput {
            code: current.code,
            name_vi: current.name_vi,
            name_en: current.name_en,
            level: current.level,
            kind: current.kind,
            position: Some(Int32(current.position)),
        };
        let mut errors = Vec::new();
        let mut position = Int32(current.position);
        for result in [
            self.name_vi.apply_required(&mut input.name_vi, "name_vi"),
            self.name_en.apply_required(&mut input.name_en, "name_en"),
            self.level.apply_required(&mut input.level, "level"),
            self.kind.apply_required(&mut input.kind, "kind"),
            self.position.apply_required(&mut position, "position"),
        ] {
            if let Err(e) = result {
                errors.push(e);
            }
        }
        input.position = Some(position);
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(ApiError::Validation(errors))
        }
    }
}

/// Every award category, in display order.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct AwardCategoryList {
    /// The categories.
    pub items: Vec<AwardCategory>,
}
