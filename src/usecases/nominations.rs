//! The input of the nominations use cases and its rules, shared by the API, the
//! demo data and the command line.

use serde::Deserialize;
use utoipa::ToSchema;
use validator::Validate;

use crate::domain::codes::NominationProgramme;
use crate::domain::json_int::{Int32, Int64};
use crate::domain::validate::{self, clean};
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::nomination::NominationData;

/// A new nomination (status `drafted`).
#[derive(Debug, Clone, Deserialize, Validate, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(example = json!({"programme": "golden_book_creativity", "year": 2019, "nominee_name": "Quàng Văn Bình", "workplace": "Trường THCS Tô Hiệu"}))]
pub struct NominationInput {
    /// The programme.
    pub programme: NominationProgramme,
    /// The programme's name, 2 to 200 characters; required when `programme` is `other`.
    #[validate(length(min = 2, max = 200))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 200)]
    pub programme_name: Option<String>,
    /// Year, 1945 to 2100.
    #[validate(range(min = 1945, max = 2100))]
    #[schema(value_type = i32, minimum = 1945, maximum = 2100)]
    pub year: Int32,
    /// The nominee, when known to the roster (name and workplace are taken from them when left out).
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub person_id: Option<Int64>,
    /// Nominee's name, 2 to 200 characters; required without `person_id`.
    #[validate(length(min = 2, max = 200))]
    #[serde(default)]
    #[schema(min_length = 2, max_length = 200)]
    pub nominee_name: Option<String>,
    /// Workplace, at most 300 characters.
    #[validate(length(max = 300))]
    #[serde(default)]
    #[schema(max_length = 300)]
    pub workplace: Option<String>,
    /// The proposing association.
    #[serde(default)]
    #[schema(value_type = Option<i64>)]
    pub association_id: Option<Int64>,
    /// Reference of the programme's decision, at most 200 characters.
    #[validate(length(max = 200))]
    #[serde(default)]
    #[schema(max_length = 200)]
    pub decision_reference: Option<String>,
    /// Notes, at most 4,000 characters.
    #[validate(length(max = 4000))]
    #[serde(default)]
    #[schema(max_length = 4000)]
    pub notes: Option<String>,
}

impl NominationInput {
    /// Checks every rule and returns the normalised content.
    pub fn into_data(self) -> Result<NominationData, ApiError> {
        let sent = validate::as_sent(&self);
        let mut input = self;
        input.programme_name = clean(input.programme_name);
        input.nominee_name = clean(input.nominee_name).map(|n| vn::normalize_name(&n));
        input.workplace = clean(input.workplace);
        input.decision_reference = clean(input.decision_reference);
        input.notes = clean(input.notes);
        let mut extra = Vec::new();
        validate::plain_text(
            [
                ("programme_name", input.programme_name.as_deref()),
                ("nominee_name", input.nominee_name.as_deref()),
                ("workplace", input.workplace.as_deref()),
                ("decision_reference", input.decision_reference.as_deref()),
                ("notes", input.notes.as_deref()),
            ],
            &mut extra,
        );
        if input.programme == NominationProgramme::Other && input.programme_name.is_none() {
            extra.push(FieldError::new("programme_name", "required", "name the programme when it is 'other'"));
        }
        extra.extend(sent);
        validate::check(&input, extra)?;
        Ok(NominationData {
            programme: input.programme,
            programme_name: input.programme_name,
            year: input.year.0,
            person_id: input.person_id.map(|p| p.0),
            nominee_name: input.nominee_name,
            workplace: input.workplace,
            association_id: input.association_id.map(|a| a.0),
            decision_reference: input.decision_reference,
            notes: input.notes,
        })
    }
}
