//! The input of the associations use cases and its rules, shared by the API, the
//! demo data and the command line.

use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::AssociationKind;
use crate::domain::validate::{self, clean};
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::association::AssociationData;

/// A new association. The status starts `active`.
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({
    "name": "Hội Khuyến học tỉnh Sơn La", "short_name": "Hội Khuyến học", "kind": "member_association",
    "founded_on": "2005-06-01", "joined_on": "2010-04-21", "special_status": true,
    "email": "khuyenhoc@sonla.example.vn", "website": "https://khuyenhoc.sonla.example.vn"
}))]
pub struct AssociationInput {
    /// Full name, 2 to 200 characters, unique (ignoring case).
    #[validate(length(min = 2, max = 200), custom(function = "validate::not_blank"))]
    #[schema(min_length = 2, max_length = 200)]
    pub name: String,
    /// Short name, at most 50 characters.
    #[validate(length(max = 50))]
    #[serde(default)]
    #[schema(max_length = 50)]
    pub short_name: Option<String>,
    /// `member_association` or `collective_member`.
    pub kind: AssociationKind,
    /// Field of activity, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub field_of_activity: Option<String>,
    /// Founding date; not in the future.
    #[serde(default)]
    pub founded_on: Option<NaiveDate>,
    /// Date it joined the union; not in the future and not before `founded_on`.
    #[serde(default)]
    pub joined_on: Option<NaiveDate>,
    /// A special association (hội đặc thù). Default `false`.
    #[serde(default)]
    pub special_status: bool,
    /// Postal address, at most 300 characters.
    #[validate(length(max = 300))]
    #[serde(default)]
    #[schema(max_length = 300)]
    pub address: Option<String>,
    /// Office phone: 8 to 15 digits, with optional `+`, spaces, dots, dashes, parentheses.
    #[validate(custom(function = "validate::phone"))]
    #[serde(default)]
    #[schema(pattern = r"^[0-9+ .()\-]{8,30}$")]
    pub phone: Option<String>,
    /// Office email.
    #[validate(email, length(max = 254))]
    #[serde(default)]
    #[schema(format = Email, max_length = 254)]
    pub email: Option<String>,
    /// Website: an absolute http or https URL.
    #[validate(custom(function = "validate::http_url"))]
    #[serde(default)]
    #[schema(pattern = r"^https?://[^\s/?#\[\]@\\]+", max_length = 300)]
    pub website: Option<String>,
    /// Name of the chairperson, at most 100 characters.
    #[validate(length(max = 100))]
    #[serde(default)]
    #[schema(max_length = 100)]
    pub chairperson: Option<String>,
    /// Description, at most 5000 characters.
    #[validate(length(max = 5000))]
    #[serde(default)]
    #[schema(max_length = 5000)]
    pub description: Option<String>,
}

impl AssociationInput {
    /// Checks every rule (lengths, formats, dates in the union's time zone) and returns the
    /// normalised content, or a 422 listing each broken rule.
    pub fn into_data(self, today: NaiveDate) -> Result<AssociationData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.short_name = clean(input.short_name);
        input.field_of_activity = clean(input.field_of_activity);
        input.address = clean(input.address);
        input.phone = clean(input.phone);
        input.email = clean(input.email).map(|e| e.to_lowercase());
        input.website = clean(input.website);
        input.chairperson = clean(input.chairperson).map(|c| vn::normalize_name(&c));
        input.description = clean(input.description);
        input.name = vn::normalize_name(&input.name);
        let mut extra: Vec<FieldError> = Vec::new();
        validate::plain_text(
            [
                ("name", Some(input.name.as_str())),
                ("short_name", input.short_name.as_deref()),
                ("field_of_activity", input.field_of_activity.as_deref()),
                ("address", input.address.as_deref()),
                ("phone", input.phone.as_deref()),
                ("email", input.email.as_deref()),
                ("website", input.website.as_deref()),
                ("chairperson", input.chairperson.as_deref()),
                ("description", input.description.as_deref()),
            ],
            &mut extra,
        );
        validate::not_future("founded_on", input.founded_on, today, &mut extra);
        validate::not_future("joined_on", input.joined_on, today, &mut extra);
        validate::not_before("joined_on", input.joined_on, "founded_on", input.founded_on, &mut extra);
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(AssociationData {
            name: input.name,
            short_name: input.short_name,
            kind: input.kind,
            field_of_activity: input.field_of_activity,
            founded_on: input.founded_on,
            joined_on: input.joined_on,
            special_status: input.special_status,
            address: input.address,
            phone: input.phone,
            email: input.email,
            website: input.website,
            chairperson: input.chairperson,
            description: input.description,
        })
    }
}
