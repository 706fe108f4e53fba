//! The reference data compiled into the binary: every code list of the API plus the lists
//! that come from data files (the ethnic groups). `/api/v1/reference` serves it as compiled
//! in; at start-up a copy is written to the database for SQL readers (`models::reference::sync`).

use super::codes::{
    AcademicTitle, AssociationKind, AssociationStatus, AwardKind, AwardLevel, BranchStatus, CodeList,
    CommendationIssuer, CommendationType, EducationLevel, Gender, HonourRoundStatus, HonourTitle, HonoureeDecision,
    MembershipStatus, NominationProgramme, NominationStatus, OrderClass, RecipientKind,
};
use super::codes::{ActivityKind, CouncilRole, OrganiserKind, ResearchLevel, ResearchStatus, UnionRole, Visibility};
use super::codes::{
    AdvisoryKind, AdvisoryOutcome, AdvisoryStatus, AuthorRole, ContestKind, EditionStatus, EntryStatus, ExpertRole,
    InternationalAward, MinorNames, Prize, Requester,
};
use crate::domain::codes::Role;
use crate::domain::codes::{NationalRanking, PublicationKind, UnionUnitKind};

/// The 54 ethnic groups of decision 1019/QĐ-TCTK (see `data/reference/ethnic_groups.SOURCE.md`).
const ETHNIC_GROUPS_CSV: &str = include_str!("../../data/reference/ethnic_groups.csv");

/// The source named for lists defined by this API rather than by an outside authority.
const API_SOURCE: &str = "lienhiep API";

/// One reference list with its values, as compiled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceListData {
    /// Machine name, e.g. `ethnic_groups`.
    pub name: String,
    /// Vietnamese title.
    pub title_vi: String,
    /// English title.
    pub title_en: String,
    /// Where the values come from.
    pub source: String,
    /// The values in display order.
    pub values: Vec<ReferenceValueData>,
}

/// One value of a reference list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceValueData {
    /// Stable code.
    pub code: String,
    /// Vietnamese label.
    pub label_vi: String,
    /// English label.
    pub label_en: String,
    /// Other names the value is known by.
    pub other_names: Vec<String>,
}

fn from_code_list<T: CodeList>() -> ReferenceListData {
    ReferenceListData {
        name: T::LIST.to_owned(),
        title_vi: T::TITLE_VI.to_owned(),
        title_en: T::TITLE_EN.to_owned(),
        source: API_SOURCE.to_owned(),
        values: T::all()
            .iter()
            .map(|v| ReferenceValueData {
                code: v.code().to_owned(),
                label_vi: v.label_vi().to_owned(),
                label_en: v.label_en().to_owned(),
                other_names: super::codes::aliases(T::LIST, v.code()).into_iter().map(str::to_owned).collect(),
            })
            .collect(),
    }
}

/// The ethnic groups, read from the compiled-in CSV file.
pub fn ethnic_groups() -> anyhow::Result<ReferenceListData> {
    #[derive(serde::Deserialize)]
    struct Row {
        code: String,
        name_vi: String,
        name_en: String,
        other_names: String,
    }
    let mut reader = csv::Reader::from_reader(ETHNIC_GROUPS_CSV.as_bytes());
    let mut values = Vec::new();
    for row in reader.deserialize::<Row>() {
        let row = row?;
        values.push(ReferenceValueData {
            code: row.code,
            label_vi: row.name_vi,
            label_en: row.name_en,
            other_names: row
                .other_names
                .split(';')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        });
    }
    Ok(ReferenceListData {
        name: "ethnic_groups".into(),
        title_vi: "Danh mục các dân tộc Việt Nam".into(),
        title_en: "Ethnic groups of Vietnam".into(),
        source: "General Statistics Office, decision 1019/QĐ-TCTK of 12 November 2008".into(),
        values,
    })
}

/// Every reference list, in display order.
pub fn catalogue() -> anyhow::Result<Vec<ReferenceListData>> {
    Ok(vec![
        ethnic_groups()?,
        from_code_list::<EducationLevel>(),
        from_code_list::<AcademicTitle>(),
        from_code_list::<HonourTitle>(),
        from_code_list::<AssociationKind>(),
        from_code_list::<UnionUnitKind>(),
        from_code_list::<NationalRanking>(),
        from_code_list::<AssociationStatus>(),
        from_code_list::<BranchStatus>(),
        from_code_list::<Gender>(),
        from_code_list::<MembershipStatus>(),
        from_code_list::<AwardLevel>(),
        from_code_list::<AwardKind>(),
        from_code_list::<HonourRoundStatus>(),
        from_code_list::<HonoureeDecision>(),
        from_code_list::<NominationProgramme>(),
        from_code_list::<NominationStatus>(),
        from_code_list::<RecipientKind>(),
        from_code_list::<CommendationType>(),
        from_code_list::<OrderClass>(),
        from_code_list::<CommendationIssuer>(),
        from_code_list::<ActivityKind>(),
        from_code_list::<OrganiserKind>(),
        from_code_list::<UnionRole>(),
        from_code_list::<Visibility>(),
        from_code_list::<CouncilRole>(),
        from_code_list::<ResearchLevel>(),
        from_code_list::<ResearchStatus>(),
        from_code_list::<PublicationKind>(),
        from_code_list::<AdvisoryKind>(),
        from_code_list::<Requester>(),
        from_code_list::<AdvisoryStatus>(),
        from_code_list::<AdvisoryOutcome>(),
        from_code_list::<ExpertRole>(),
        from_code_list::<ContestKind>(),
        from_code_list::<EditionStatus>(),
        from_code_list::<EntryStatus>(),
        from_code_list::<AuthorRole>(),
        from_code_list::<Prize>(),
        from_code_list::<InternationalAward>(),
        from_code_list::<MinorNames>(),
        from_code_list::<Role>(),
        from_code_list::<super::statistics::Metric>(),
        from_code_list::<super::statistics::FigureSource>(),
        from_code_list::<super::statistics::IndicatorUnit>(),
    ])
}

/// Ethnic groups by folded name (Vietnamese label, English label and other names) and code.
fn ethnic_lookup() -> &'static std::collections::HashMap<String, String> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<String, String>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        if let Ok(list) = ethnic_groups() {
            for v in list.values {
                map.insert(v.code.clone(), v.code.clone());
                map.insert(crate::domain::vn::match_key(&v.label_vi), v.code.clone());
                map.insert(crate::domain::vn::match_key(&v.label_en), v.code.clone());
                for other in &v.other_names {
                    map.entry(crate::domain::vn::match_key(other)).or_insert_with(|| v.code.clone());
                }
            }
        }
        map
    })
}

/// The code of an ethnic group given by code (`03`, `3`) or by name (Vietnamese, English or
/// another name it is known by, ignoring case and diacritics).
pub fn ethnic_group_code(text: &str) -> Option<String> {
    let text = text.trim();
    if let Ok(n) = text.parse::<u8>() {
        return ethnic_lookup().get(&format!("{n:02}")).cloned();
    }
    ethnic_lookup().get(&crate::domain::vn::match_key(text)).cloned()
}

/// [`ethnic_group_code`] as a code that lives as long as the program (the codes are `01` to
/// `54`), as the import machinery's code-list cells give codes.
pub fn ethnic_group_code_of(text: &str) -> Option<&'static str> {
    const CODES: [&str; 54] = [
        "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18",
        "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
        "37", "38", "39", "40", "41", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54",
    ];
    let code = ethnic_group_code(text)?;
    CODES.iter().copied().find(|c| *c == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every spelling of every value of every list (code, labels, other names) names that
    /// value only: no two values of a list share a folded spelling, and every alias in
    /// `aliases.csv` names a value that exists.
    #[test]
    fn no_spelling_names_two_values_of_a_list() {
        let catalogue = catalogue().expect("catalogue");
        for list in &catalogue {
            let mut seen: std::collections::HashMap<String, &str> = std::collections::HashMap::new();
            for v in &list.values {
                let names = [&v.code, &v.label_vi, &v.label_en].into_iter().chain(&v.other_names);
                for name in names {
                    let key = crate::domain::vn::match_key(name);
                    assert!(!key.is_empty(), "{}: {name:?} has no letters or digits", list.name);
                    if let Some(other) = seen.insert(key, &v.code) {
                        assert_eq!(other, v.code, "{}: {name:?} names both {other} and {}", list.name, v.code);
                    }
                }
            }
        }
        for line in include_str!("../../data/reference/aliases.csv").lines().skip(1) {
            let mut parts = line.splitn(3, ',');
            let (list, code) = (parts.next().expect("list"), parts.next().expect("code"));
            let found =
                catalogue.iter().find(|l| l.name == list).is_some_and(|l| l.values.iter().any(|v| v.code == code));
            assert!(found, "aliases.csv names {list}/{code}, which does not exist");
            assert!(parts.next().is_some_and(|a| !a.trim().is_empty()), "{line}: no aliases");
        }
    }

    /// The spellings of issue 31 and every alias read as their value, whatever the case,
    /// diacritics, spaces or punctuation.
    #[test]
    fn aliases_and_variant_spellings_read_as_their_value() {
        use crate::domain::codes::{code_from_label, AcademicTitle, EducationLevel, Gender, MembershipStatus};
        let cases: [(&str, Option<&str>); 12] = [
            ("Trung cấp", code_from_label::<EducationLevel>("Trung cấp")),
            ("secondary", code_from_label::<EducationLevel>("trung cap")),
            ("bachelor", code_from_label::<EducationLevel>("ĐH")),
            ("master", code_from_label::<EducationLevel>("Thạc sỹ")),
            ("doctor", code_from_label::<EducationLevel>("PGS. TS")),
            ("doctor_of_science", code_from_label::<EducationLevel>("doctor of science")),
            ("associate_professor", code_from_label::<AcademicTitle>("P.G.S")),
            ("left", code_from_label::<MembershipStatus>("Đã rời hội")),
            ("left", code_from_label::<MembershipStatus>("da-thoi-sinh-hoat")),
            ("female", code_from_label::<Gender>(" NỮ ")),
            ("", code_from_label::<Gender>(" - ")),
            ("", code_from_label::<EducationLevel>("Trung")),
        ];
        let expected = [
            "secondary",
            "secondary",
            "bachelor",
            "master",
            "doctor",
            "doctor_of_science",
            "associate_professor",
            "left",
            "left",
            "female",
            "",
            "",
        ];
        for ((text, got), want) in cases.iter().zip(expected) {
            assert_eq!(got.unwrap_or(""), want, "{text}");
        }
        for list in catalogue().expect("catalogue") {
            for v in &list.values {
                for alias in &v.other_names {
                    let got = match list.name.as_str() {
                        "education_levels" => code_from_label::<EducationLevel>(alias).map(str::to_owned),
                        "academic_titles" => code_from_label::<AcademicTitle>(alias).map(str::to_owned),
                        "genders" => code_from_label::<Gender>(alias).map(str::to_owned),
                        "membership_statuses" => code_from_label::<MembershipStatus>(alias).map(str::to_owned),
                        "ethnic_groups" => ethnic_group_code(alias),
                        other => panic!("aliases for {other}: add it here"),
                    };
                    assert_eq!(got.as_deref(), Some(v.code.as_str()), "{}: {alias}", list.name);
                }
            }
        }
        assert_eq!(ethnic_group_code("Khơ Mú").as_deref(), Some("23"));
        assert_eq!(ethnic_group_code("khmu").as_deref(), Some("23"));
    }

    #[test]
    fn ethnic_groups_are_the_54_of_decision_1019_with_unique_codes() {
        let list = ethnic_groups().expect("the CSV parses");
        assert_eq!(list.values.len(), 54);
        let codes: Vec<String> = list.values.iter().map(|v| v.code.clone()).collect();
        let expected: Vec<String> = (1..=54).map(|n| format!("{n:02}")).collect();
        assert_eq!(codes, expected, "codes are 01..54 in order, each once");
        let first: Vec<&str> = list.values.iter().take(7).map(|v| v.label_vi.as_str()).collect();
        assert_eq!(first, ["Kinh", "Tày", "Thái", "Mường", "Khơ me", "Hoa", "Nùng"]);
        assert!(list.values.iter().all(|v| !v.label_vi.is_empty() && !v.label_en.is_empty()));
    }

    #[test]
    fn catalogue_names_are_unique() {
        let lists = catalogue().expect("catalogue builds");
        let mut names: Vec<&str> = lists.iter().map(|l| l.name.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), lists.len());
    }
}
