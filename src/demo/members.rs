//! `lienhiep demo-data members`: realistic Vietnamese members for a province like Sơn La —
//! its ethnic mix, real family and given names, plausible degrees — inserted in chunks.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use diesel::prelude::*;

use super::Rng;
use crate::db::schema::{associations, member_search as t, memberships as m, persons as p};
use crate::db::{write_transaction, DbConnection};
use crate::domain::codes::{AssociationKind, CodeList, EducationLevel, Gender};
use crate::error::ApiError;
use crate::models::association::{self, AssociationData};
use crate::models::audit::{self, WriteContext};
use crate::models::member::{search_rows, sort_keys, split_name};

/// The demo associations and their share of members (per mille). The Study Promotion
/// Association holds most members, as in the union's report.
pub(crate) const ASSOCIATIONS: &[(&str, u32)] = &[
    ("Hội Khuyến học tỉnh Sơn La", 700),
    ("Hội Nông dân tỉnh Sơn La (hội viên trí thức)", 60),
    ("Hội Y học tỉnh Sơn La", 35),
    ("Hội Cựu giáo chức tỉnh Sơn La", 30),
    ("Hội Làm vườn tỉnh Sơn La", 25),
    ("Hội Đông y tỉnh Sơn La", 20),
    ("Hội Châm cứu tỉnh Sơn La", 15),
    ("Hội Kế hoạch hóa gia đình tỉnh Sơn La", 15),
    ("Hội Luật gia tỉnh Sơn La", 12),
    ("Hội Kiến trúc sư tỉnh Sơn La", 8),
    ("Hội Tin học tỉnh Sơn La", 10),
    ("Hội Dược học tỉnh Sơn La", 10),
    ("Hội Khoa học Lịch sử tỉnh Sơn La", 8),
    ("Hội Văn học Nghệ thuật các dân tộc tỉnh Sơn La", 12),
    ("Hội Nhà báo tỉnh Sơn La", 8),
    ("Hội Điều dưỡng tỉnh Sơn La", 10),
    ("Hội Xây dựng tỉnh Sơn La", 6),
    ("Hội Bảo vệ thiên nhiên và môi trường tỉnh Sơn La", 6),
];

/// Ethnic groups of Sơn La by approximate share of the population (per mille), with the family
/// names common in each.
const ETHNIC_MIX: &[(&str, u32)] = &[
    ("03", 535),
    ("01", 170),
    ("08", 168),
    ("04", 82),
    ("09", 20),
    ("23", 12),
    ("32", 6),
    ("37", 4),
    ("35", 2),
    ("40", 1),
];

const KINH_FAMILY: &[(&str, u32)] = &[
    ("Nguyễn", 380),
    ("Trần", 110),
    ("Lê", 95),
    ("Phạm", 70),
    ("Hoàng", 50),
    ("Phan", 45),
    ("Vũ", 39),
    ("Đặng", 21),
    ("Bùi", 20),
    ("Đỗ", 14),
    ("Hồ", 13),
    ("Ngô", 13),
    ("Dương", 10),
    ("Lý", 5),
    ("Đinh", 5),
    ("Trịnh", 5),
];
const THAI_FAMILY: &[(&str, u32)] = &[
    ("Lò", 30),
    ("Cầm", 18),
    ("Quàng", 14),
    ("Lường", 12),
    ("Tòng", 10),
    ("Điêu", 8),
    ("Vì", 8),
    ("Hoàng", 6),
    ("Lù", 4),
    ("Lự", 3),
];
const MONG_FAMILY: &[(&str, u32)] = &[
    ("Giàng", 30),
    ("Sùng", 20),
    ("Thào", 18),
    ("Vàng", 14),
    ("Mùa", 10),
    ("Hờ", 6),
    ("Lầu", 6),
    ("Lý", 5),
    ("Hạng", 4),
];
const MUONG_FAMILY: &[(&str, u32)] = &[("Đinh", 30), ("Bùi", 25), ("Quách", 15), ("Hà", 15), ("Xa", 10)];
const OTHER_FAMILY: &[(&str, u32)] = &[("Lò", 10), ("Bàn", 10), ("Triệu", 10), ("Lục", 5), ("Quàng", 5), ("Lý", 5)];

const MALE_MIDDLE: &[&str] = &["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thanh", "Ngọc", "Trung"];
const FEMALE_MIDDLE: &[&str] = &["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Bích", "Hồng"];
const MALE_GIVEN: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải", "Hùng", "Hoàng", "Khánh", "Long", "Minh", "Nam", "Phong",
    "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Vinh", "Toàn", "Tùng", "Lâm", "Kiên", "Hiếu", "Chiến", "Pọm", "Páo",
    "Sình", "Chứ",
];
const FEMALE_GIVEN: &[&str] = &[
    "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Nhung", "Phương",
    "Quỳnh", "Thảo", "Trang", "Uyên", "Xuân", "Yến", "Ánh", "Diệp", "Hiền", "Thủy", "Vân", "Mỷ", "Sua", "Dợ", "Mai",
    "Ngân",
];

/// Education levels by share (per ten thousand): about 8 in 100 are S&T intellectuals, as the
/// report's 20,000–25,000 of 300,000 members.
const EDUCATION: &[(EducationLevel, u32)] = &[
    (EducationLevel::None, 3000),
    (EducationLevel::Secondary, 5000),
    (EducationLevel::College, 1200),
    (EducationLevel::Bachelor, 650),
    (EducationLevel::Master, 120),
    (EducationLevel::Doctor, 25),
    (EducationLevel::DoctorOfScience, 5),
];

/// What the generator made, for tests and benchmarks to check figures against.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Members made.
    pub total: u64,
    /// By association name.
    pub by_association: BTreeMap<String, u64>,
    /// By gender code.
    pub by_gender: BTreeMap<String, u64>,
    /// By ethnic group code.
    pub by_ethnicity: BTreeMap<String, u64>,
    /// By education level code.
    pub by_education: BTreeMap<String, u64>,
    /// S&T intellectuals (bachelor or higher).
    pub intellectual: u64,
}

/// One made-up person: name, gender, birth date, ethnic group, education and the demo
/// association (index into [`ASSOCIATIONS`]) they belong to.
pub(crate) struct NewPerson {
    pub(crate) full_name: String,
    pub(crate) gender: Gender,
    pub(crate) birth_date: NaiveDate,
    pub(crate) ethnicity: &'static str,
    pub(crate) education: EducationLevel,
    pub(crate) association: usize,
}

/// The next person of `rng`.
pub(crate) fn person(rng: &mut Rng) -> NewPerson {
    let ethnicity = *rng.weighted(ETHNIC_MIX);
    let family = *rng.weighted(match ethnicity {
        "01" => KINH_FAMILY,
        "03" => THAI_FAMILY,
        "08" => MONG_FAMILY,
        "04" => MUONG_FAMILY,
        _ => OTHER_FAMILY,
    });
    let gender = if rng.below(100) < 48 { Gender::Female } else { Gender::Male };
    let (middle, given) = match gender {
        Gender::Female => (*rng.pick(FEMALE_MIDDLE), *rng.pick(FEMALE_GIVEN)),
        _ => (*rng.pick(MALE_MIDDLE), *rng.pick(MALE_GIVEN)),
    };
    let year = 1945 + rng.below(61) as i32;
    let birth_date = NaiveDate::from_yo_opt(year, 1 + rng.below(365) as u32).unwrap_or_default();
    let weights: Vec<(usize, u32)> = ASSOCIATIONS.iter().enumerate().map(|(i, (_, w))| (i, *w)).collect();
    NewPerson {
        full_name: format!("{family} {middle} {given}"),
        gender,
        birth_date,
        ethnicity,
        education: *rng.weighted(EDUCATION),
        association: *rng.weighted(&weights),
    }
}

/// A roster file of `count` people made from `seed`, as an association would send it: CSV
/// with the Vietnamese headers, labels instead of codes, dates as dd/mm/yyyy. External ids
/// are `HV-<seed>-<n>`. For benchmarks, tests and demo data through the sync path.
pub fn roster_csv(count: u64, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut writer = csv::Writer::from_writer(Vec::new());
    use crate::domain::roster::Column as C;
    let columns = [C::ExternalId, C::FullName, C::Gender, C::BirthDate, C::Ethnicity, C::EducationLevel, C::Phone];
    let _ = writer.write_record(columns.map(C::header_vi));
    for n in 1..=count {
        let np = person(&mut rng);
        let phone = if rng.below(3) == 0 { format!("09{:08}", rng.below(100_000_000)) } else { String::new() };
        let _ = writer.write_record([
            format!("HV-{seed}-{n:07}").as_str(),
            &np.full_name,
            np.gender.label_vi(),
            &np.birth_date.format("%d/%m/%Y").to_string(),
            np.ethnicity,
            np.education.label_vi(),
            &phone,
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The ids of the demo associations, created if missing.
fn demo_associations(conn: &mut DbConnection, ctx: &WriteContext) -> Result<Vec<i64>, ApiError> {
    let mut ids = Vec::new();
    for (name, _) in ASSOCIATIONS {
        let existing: Option<i64> = associations::table
            .filter(associations::name_key.eq(association::name_key(name)))
            .select(associations::id)
            .first(conn)
            .optional()?;
        let id = match existing {
            Some(id) => id,
            None => {
                let data = AssociationData {
                    name: (*name).to_owned(),
                    short_name: None,
                    kind: AssociationKind::MemberAssociation,
                    field_of_activity: None,
                    founded_on: None,
                    joined_on: None,
                    special_status: name.contains("Khuyến học"),
                    address: None,
                    phone: None,
                    email: None,
                    website: None,
                    chairperson: None,
                    description: Some("Demo data".into()),
                };
                association::insert(conn, ctx, &data, crate::domain::time::now().date())?.id
            }
        };
        ids.push(id);
    }
    Ok(ids)
}

/// Inserts `count` members made from `seed`, in chunks of `chunk` (each one transaction), and
/// returns what it made.
pub fn generate(conn: &mut DbConnection, count: u64, seed: u64, chunk: usize) -> Result<Counts, ApiError> {
    let ctx = WriteContext::system("demo-data members");
    let association_ids = demo_associations(conn, &ctx)?;
    let mut rng = Rng::new(seed);
    let mut counts = Counts::default();
    let mut made = 0u64;
    while made < count {
        let n = chunk.min(usize::try_from(count - made).unwrap_or(chunk));
        let batch: Vec<NewPerson> = (0..n).map(|_| person(&mut rng)).collect();
        let start = made;
        write_transaction(conn, |conn| insert_chunk(conn, &ctx, &batch, &association_ids, seed, start))?;
        for np in &batch {
            counts.total += 1;
            *counts.by_association.entry(ASSOCIATIONS[np.association].0.to_owned()).or_default() += 1;
            *counts.by_gender.entry(np.gender.code().to_owned()).or_default() += 1;
            *counts.by_ethnicity.entry(np.ethnicity.to_owned()).or_default() += 1;
            *counts.by_education.entry(np.education.code().to_owned()).or_default() += 1;
            if np.education.is_intellectual() {
                counts.intellectual += 1;
            }
        }
        made += n as u64;
    }
    let summary =
        serde_json::json!({"members": {"from": null, "to": counts.total}, "seed": {"from": null, "to": seed}});
    audit::record(conn, &ctx, "demo_data.members", "demo_data", "members", &summary)?;
    Ok(counts)
}

fn insert_chunk(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    batch: &[NewPerson],
    association_ids: &[i64],
    seed: u64,
    start: u64,
) -> Result<(), ApiError> {
    let persons: Vec<_> = batch
        .iter()
        .map(|np| {
            let (family, middle, given) = split_name(&np.full_name);
            (
                p::full_name.eq(np.full_name.clone()),
                p::family_name.eq(family),
                p::middle_name.eq(middle),
                p::given_name.eq(given),
                p::name_lower.eq(np.full_name.to_lowercase()),
                p::name_folded.eq(crate::domain::vn::fold(&np.full_name)),
                p::gender.eq(Some(np.gender.code())),
                p::birth_date.eq(Some(np.birth_date)),
                p::birth_year.eq(Some(chrono::Datelike::year(&np.birth_date))),
                p::ethnicity.eq(Some(np.ethnicity)),
                p::education_level.eq(Some(np.education.code())),
                p::honour_titles.eq(""),
                p::version.eq(1),
                p::created_at.eq(ctx.now),
                p::updated_at.eq(ctx.now),
            )
        })
        .collect();
    let ids: Vec<i64> =
        crate::with_backend!(conn, |c| diesel::insert_into(p::table).values(&persons).returning(p::id).get_results(c))?;
    let feeds: Vec<i64> = batch.iter().map(|np| association_ids[np.association]).collect();
    let seq = crate::models::member::change_number(conn, &feeds)?;
    let mut members = Vec::new();
    let mut keys = Vec::new();
    for (i, (np, id)) in batch.iter().zip(&ids).enumerate() {
        let (sort_given, sort_full) = sort_keys(&np.full_name);
        keys.push(sort_given.clone());
        members.push((
            m::person_id.eq(*id),
            m::association_id.eq(association_ids[np.association]),
            m::external_id.eq(Some(format!("DEMO-{seed}-{:07}", start + i as u64 + 1))),
            m::status.eq("active"),
            m::sort_given.eq(sort_given),
            m::sort_full.eq(sort_full),
            m::change_seq.eq(seq),
            m::created_seq.eq(seq),
            m::version.eq(1),
            m::created_at.eq(ctx.now),
            m::updated_at.eq(ctx.now),
        ));
    }
    let membership_ids: Vec<i64> =
        crate::with_backend!(conn, |c| diesel::insert_into(m::table).values(&members).returning(m::id).get_results(c))?;
    let mut rows = Vec::new();
    for ((np, membership_id), sort_given) in batch.iter().zip(&membership_ids).zip(&keys) {
        rows.extend(search_rows(*membership_id, &np.full_name, sort_given));
    }
    for part in rows.chunks(2000) {
        crate::with_backend!(conn, |c| diesel::insert_into(t::table).values(part).execute(c))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_makes_the_same_people() {
        let a: Vec<String> = {
            let mut r = Rng::new(7);
            (0..50).map(|_| person(&mut r).full_name).collect()
        };
        let b: Vec<String> = {
            let mut r = Rng::new(7);
            (0..50).map(|_| person(&mut r).full_name).collect()
        };
        let c: Vec<String> = {
            let mut r = Rng::new(8);
            (0..50).map(|_| person(&mut r).full_name).collect()
        };
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn the_mix_is_plausible_for_son_la() {
        let mut rng = Rng::new(1);
        let people: Vec<NewPerson> = (0..20_000).map(|_| person(&mut rng)).collect();
        let share =
            |f: &dyn Fn(&NewPerson) -> bool| people.iter().filter(|p| f(p)).count() as f64 / people.len() as f64;
        let thai = share(&|p| p.ethnicity == "03");
        let intellectual = share(&|p| p.education.is_intellectual());
        let study = share(&|p| p.association == 0);
        assert!((0.50..0.57).contains(&thai), "Thái about 53%: {thai}");
        assert!((0.06..0.10).contains(&intellectual), "about 8% intellectuals: {intellectual}");
        assert!((0.67..0.73).contains(&study), "the Study Promotion Association holds most: {study}");
        assert!(people.iter().all(|p| p.full_name.split(' ').count() == 3));
    }
}
