//! Syncing a roster from a table of rows (a file, or the demo data): each row read over the
//! member it updates and checked by the rules of a member written one at a time, then the
//! whole table planned and applied by `models::roster`.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::domain::codes::{AcademicTitle, CodeList, EducationLevel, Gender, HonourTitle, MembershipStatus};
use crate::domain::import::{parse_code, parse_date, restore_phone, row_error, Lang, RowError};
use crate::domain::json_int::{Int32, Int64};
use crate::domain::national_id::IdHashKey;
use crate::domain::roster::{self, Column, SourceRow};
use crate::domain::vn;
use crate::error::{ApiError, FieldError};
use crate::models::audit::WriteContext;
use crate::models::member::Member;
use crate::models::roster::{self as model, Branches, Mode, Options};
use crate::usecases::members::MemberInput;

/// Plans and applies a roster table to an association with the row rules of
/// `POST /associations/{id}/roster/sync`: for the endpoint, its jobs and the demo data, which
/// loads members through this bulk path. Each row is read over the member it updates and
/// checked by the rules of a member written one at a time ([`MemberInput::into_data`]).
pub fn sync_table(
    conn: &mut crate::db::DbConnection,
    ctx: &WriteContext,
    association_id: i64,
    table: roster::Table,
    options: Options,
    key: &IdHashKey,
    progress: &model::OnProgress<'_>,
) -> Result<model::SyncReport, ApiError> {
    let prepare = |row: &SourceRow, current: Option<&Member>, branches: &Branches| {
        prepare_row(row, current, branches, options.mode, options.lang, options.today, key)
    };
    model::sync(conn, ctx, association_id, table, options, &prepare, progress)
}

/// The editable content of a stored member as the input a row starts from.
fn input_of(current: &Member) -> MemberInput {
    let (m, p) = current;
    let person = p.data();
    MemberInput {
        full_name: p.full_name.clone(),
        gender: person.gender,
        birth_date: p.birth_date,
        birth_year: p.birth_year.map(Int32),
        ethnicity: p.ethnicity.clone(),
        education_level: person.education_level,
        academic_title: person.academic_title,
        honour_titles: person.honour_titles.iter().filter_map(|c| HonourTitle::from_code(c)).collect(),
        field_of_expertise: p.field_of_expertise.clone(),
        workplace: p.workplace.clone(),
        position: p.position.clone(),
        phone: p.phone.clone(),
        email: p.email.clone(),
        national_id: None,
        external_id: m.external_id.clone(),
        member_number: m.member_number.clone(),
        branch_id: m.branch_id.map(Int64),
        joined_on: m.joined_on,
        status: Some(m.data().status),
    }
}

fn empty_input() -> MemberInput {
    MemberInput {
        full_name: String::new(),
        gender: None,
        birth_date: None,
        birth_year: None,
        ethnicity: None,
        education_level: None,
        academic_title: None,
        honour_titles: Vec::new(),
        field_of_expertise: None,
        workplace: None,
        position: None,
        phone: None,
        email: None,
        national_id: None,
        external_id: None,
        member_number: None,
        branch_id: None,
        joined_on: None,
        status: None,
    }
}

/// A year written alone (`1975`, four digits from 1000), as a date cell may hold when only the
/// year is known.
fn bare_year(text: &str) -> Option<i32> {
    let text = text.trim();
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
        .filter(|y| *y >= 1000)
}

/// What a row makes of a member: the member it updates (or a new one) with the row's
/// columns read over it, checked by the same rules as `POST /associations/{id}/members`.
#[allow(clippy::too_many_arguments)]
fn prepare_row(
    row: &SourceRow,
    current: Option<&Member>,
    branches: &Branches,
    mode: Mode,
    lang: Lang,
    today: NaiveDate,
    key: &IdHashKey,
) -> Result<(crate::models::member::PersonData, crate::models::member::MembershipData), Vec<RowError>> {
    let mut errors: Vec<RowError> = Vec::new();
    let mut input = current.map_or_else(empty_input, input_of);
    if let Some(c) = current {
        if mode == Mode::Snapshot && !row.has(Column::Status) && c.0.status == MembershipStatus::Left {
            // Back in the full roster: active again.
            input.status = Some(MembershipStatus::Active);
        }
    }
    let mut national_hash = current.and_then(|c| c.1.national_id_hash.clone());
    let mut left_on = current.and_then(|c| c.0.left_on);
    // A birth date given as a bare year ("1975", as old rosters know it) is the birth year.
    let year_as_birth_date = row.get(Column::BirthDate).and_then(|(_, v)| v).and_then(bare_year);
    for (column, header, value) in &row.cells {
        let mut bad = |code: &str, message: &str| {
            let mut error = row_error(lang, row.number, Some(header), code, message);
            if *column != Column::NationalId {
                error.value.clone_from(value);
            }
            errors.push(error);
        };
        let value = value.as_deref();
        match column {
            Column::ExternalId => input.external_id = value.map(str::to_owned),
            Column::FullName => match value {
                Some(v) => input.full_name = v.to_owned(),
                None => bad("required", "full_name is required"),
            },
            Column::Gender => match value.map(parse_code::<Gender>) {
                Some(None) => bad("code", "must be male, female or other (Nam, Nữ, Khác)"),
                v => input.gender = v.flatten(),
            },
            Column::BirthDate if year_as_birth_date.is_some() => {
                input.birth_date = None;
                if row.get(Column::BirthYear).is_none_or(|(_, v)| v.is_none()) {
                    input.birth_year = year_as_birth_date.map(Int32);
                }
            }
            Column::BirthDate => match value.map(parse_date) {
                Some(None) => bad("date", "must be a date (yyyy-mm-dd or dd/mm/yyyy) or a year (yyyy)"),
                v => {
                    input.birth_date = v.flatten();
                    if !row.has(Column::BirthYear) {
                        input.birth_year = None;
                    }
                }
            },
            Column::BirthYear => match value.map(|v| v.trim().parse::<i32>()) {
                Some(Err(_)) => bad("number", "must be a year, e.g. 1975"),
                None if year_as_birth_date.is_some() => {}
                v => {
                    input.birth_year = v.and_then(Result::ok).map(Int32);
                    let year = input.birth_year.map(|y| y.0);
                    if !row.has(Column::BirthDate) && input.birth_date.is_some_and(|d| Some(d.year()) != year) {
                        // The file knows only the year, and says another one.
                        input.birth_date = None;
                    }
                }
            },
            Column::Ethnicity => match value.map(crate::domain::reference::ethnic_group_code) {
                Some(None) => bad("code", "must be a code 01–54 or a name of /api/v1/reference/ethnic_groups"),
                v => input.ethnicity = v.flatten(),
            },
            Column::EducationLevel => match value.map(parse_code::<EducationLevel>) {
                Some(None) => bad("code", "must be a code or label of /api/v1/reference/education_levels"),
                v => input.education_level = v.flatten(),
            },
            Column::AcademicTitle => match value.map(parse_code::<AcademicTitle>) {
                Some(None) => bad("code", "must be associate_professor or professor (Phó Giáo sư, Giáo sư)"),
                v => input.academic_title = v.flatten(),
            },
            Column::HonourTitles => {
                let mut titles = Vec::new();
                for part in value.unwrap_or("").split([';', '|', '\n']).map(str::trim).filter(|p| !p.is_empty()) {
                    match parse_code::<HonourTitle>(part) {
                        Some(t) => titles.push(t),
                        None => bad("code", &format!("{part}: not a code or label of /api/v1/reference/honour_titles")),
                    }
                }
                input.honour_titles = titles;
            }
            Column::FieldOfExpertise => input.field_of_expertise = value.map(str::to_owned),
            Column::Workplace => input.workplace = value.map(str::to_owned),
            Column::Position => input.position = value.map(str::to_owned),
            Column::Phone => input.phone = value.map(|v| restore_phone(v).into_owned()),
            Column::Email => input.email = value.map(str::to_owned),
            Column::NationalId => {
                input.national_id = value.map(str::to_owned);
                national_hash = None;
            }
            Column::MemberNumber => input.member_number = value.map(str::to_owned),
            Column::Branch => match value {
                None => input.branch_id = None,
                Some(name) => match branches.get(&vn::normalize_name(name).to_lowercase()) {
                    Some(id) => input.branch_id = Some(Int64(*id)),
                    None => bad("branch", &format!("the association has no branch named {name}")),
                },
            },
            Column::JoinedOn => match value.map(parse_date) {
                Some(None) => bad("date", "must be a date: yyyy-mm-dd or dd/mm/yyyy"),
                v => input.joined_on = v.flatten(),
            },
            Column::LeftOn => match value.map(parse_date) {
                Some(None) => bad("date", "must be a date: yyyy-mm-dd or dd/mm/yyyy"),
                v => left_on = v.flatten(),
            },
            Column::Status => match value.map(parse_code::<MembershipStatus>) {
                Some(None) => bad("code", "must be active, left or deceased"),
                v => input.status = v.flatten(),
            },
        }
    }
    if current.is_none() && !row.has(Column::FullName) {
        errors.push(row_error(
            lang,
            row.number,
            Some("full_name"),
            "required",
            "full_name is required for a new member",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let headers: HashMap<&str, String> = Column::ALL.iter().map(|c| (c.key(), row.header(*c))).collect();
    let header_of = |field: &str| {
        let key = if field == "branch_id" { "branch" } else { field };
        headers.get(key).cloned().unwrap_or_else(|| field.to_owned())
    };
    let left_given =
        if input.status.unwrap_or(MembershipStatus::Active) == MembershipStatus::Active { None } else { left_on };
    match input.into_data(today, &|n| key.hash(n), left_given) {
        Ok((mut person, membership)) => {
            if !row.has(Column::NationalId) {
                person.national_id_hash = national_hash;
            }
            Ok((person, membership))
        }
        Err(ApiError::Validation(fields)) => Err(fields
            .into_iter()
            .map(|f: FieldError| {
                let mut error = row_error(lang, row.number, Some(&header_of(&f.field)), &f.code, &f.message);
                let key = if f.field == "branch_id" { "branch" } else { f.field.as_str() };
                error.value = Column::ALL
                    .into_iter()
                    .find(|c| c.key() == key && *c != Column::NationalId)
                    .and_then(|c| row.get(c))
                    .and_then(|(_, v)| v.map(str::to_owned));
                error
            })
            .collect()),
        Err(other) => Err(vec![row_error(lang, row.number, None, "invalid", &other.to_string())]),
    }
}
