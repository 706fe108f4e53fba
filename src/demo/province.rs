//! `lienhiep demo-data --scale small|province`: a whole union's data, deterministic from a
//! seed and the current year. About twenty associations (the Study Promotion Association
//! holding most members), their rosters loaded through the bulk roster sync, ten years of
//! annual reports, honour rounds, national nominations, commendations, both contests with
//! four published editions each, advisory cases and activities.
//!
//! Everything goes in through the API's own input types and their checks (the same JSON an
//! integrator would send), so the data is what the API accepts. The generator also works out,
//! from what it made, the figures the statistics summary must show for each year
//! ([`Report::figures`]); the tests and `scripts/bench` compare the two.

use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, Duration, NaiveDate};
use diesel::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;

use super::members::{person, NewPerson, ASSOCIATIONS};
use super::Rng;
use crate::db::schema::{associations, contests, memberships, persons};
use crate::db::DbConnection;
use crate::domain::codes::{
    ActivityKind, AdvisoryKind, CodeList, CommendationType, ContestKind, EducationLevel, MembershipStatus,
    NominationProgramme, Prize,
};
use crate::domain::national_id::IdHashKey;
use crate::domain::roster::{self, Lang};
use crate::error::ApiError;
use crate::models::audit::{self, WriteContext};
use crate::models::{
    activity, advisory, annual_report, association, branch, commendation, contest, contest_entry, honour, nomination,
};

/// How much data to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// A few thousand members and a handful of everything else: for tests and trying the API.
    Small,
    /// The union's real scale: about 300,000 members, 450 honourees, 650 contest entries.
    Province,
}

struct Sizes {
    members: u64,
    honourees_per_round: usize,
    technical_entries: [usize; 4],
    youth_entries: [usize; 4],
    advisory_per_year: usize,
    activities_per_year: usize,
    commendations_per_year: usize,
    nominations_per_year: usize,
}

impl Scale {
    fn sizes(self) -> Sizes {
        match self {
            Scale::Small => Sizes {
                members: 2_000,
                honourees_per_round: 6,
                technical_entries: [4, 5, 5, 6],
                youth_entries: [6, 6, 7, 8],
                advisory_per_year: 2,
                activities_per_year: 8,
                commendations_per_year: 3,
                nominations_per_year: 2,
            },
            Scale::Province => Sizes {
                members: 300_000,
                honourees_per_round: 90,
                technical_entries: [52, 58, 63, 69],
                youth_entries: [92, 98, 104, 114],
                advisory_per_year: 4,
                activities_per_year: 60,
                commendations_per_year: 14,
                nominations_per_year: 6,
            },
        }
    }
}

/// A figure the statistics summary must show: a total, or totals by breakdown value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Expected {
    /// One number (the union's total).
    Total(i64),
    /// By breakdown value (e.g. `female`).
    By(BTreeMap<String, i64>),
}

/// What the generator made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The scale.
    pub scale: Scale,
    /// The seed.
    pub seed: u64,
    /// The year the data leads up to (this year).
    pub year: i32,
    /// Rows made, by kind.
    pub made: BTreeMap<&'static str, u64>,
    /// By year, the figures the statistics summary of that year shows for the union, metric by
    /// metric: union-wide figures where the summary has them, else the sum over associations,
    /// zeros left out.
    pub figures: BTreeMap<i32, BTreeMap<&'static str, Expected>>,
}

impl Report {
    fn count(&mut self, what: &'static str, n: u64) {
        *self.made.entry(what).or_default() += n;
    }

    fn total(&mut self, year: i32, metric: &'static str, n: i64) {
        if n == 0 {
            return;
        }
        let entry = self.figures.entry(year).or_default().entry(metric).or_insert(Expected::Total(0));
        if let Expected::Total(t) = entry {
            *t += n;
        }
    }

    fn by(&mut self, year: i32, metric: &'static str, value: &str, n: i64) {
        if n == 0 {
            return;
        }
        let entry =
            self.figures.entry(year).or_default().entry(metric).or_insert_with(|| Expected::By(BTreeMap::new()));
        if let Expected::By(m) = entry {
            *m.entry(value.to_owned()).or_default() += n;
        }
    }
}

/// Told how far the generator is: what it is doing, and the work done and in all (in rows).
pub type OnProgress<'a> = dyn Fn(&str, u64, u64) + 'a;

/// Sơn La's former districts, for branches.
const DISTRICTS: &[&str] = &[
    "Thành phố Sơn La",
    "Mộc Châu",
    "Vân Hồ",
    "Yên Châu",
    "Mai Sơn",
    "Sông Mã",
    "Sốp Cộp",
    "Thuận Châu",
    "Quỳnh Nhai",
    "Mường La",
    "Bắc Yên",
    "Phù Yên",
];

/// Collective members: institutions of the province (name, short name, years before this one they joined).
const COLLECTIVE: &[(&str, &str, i32)] = &[
    ("Trường Đại học Tây Bắc", "ĐH Tây Bắc", 9),
    ("Trường Cao đẳng Sơn La", "CĐ Sơn La", 6),
    ("Trung tâm Nghiên cứu và Chuyển giao công nghệ Tây Bắc", "TT NC-CGCN Tây Bắc", 3),
];

/// Fields of activity of the member associations, in [`ASSOCIATIONS`] order.
const FIELDS: &[&str] = &[
    "Khuyến học, khuyến tài",
    "Nông nghiệp",
    "Y học",
    "Giáo dục",
    "Nông nghiệp",
    "Y dược cổ truyền",
    "Y học",
    "Dân số, y tế",
    "Pháp luật",
    "Kiến trúc",
    "Công nghệ thông tin",
    "Dược học",
    "Khoa học xã hội",
    "Văn học, nghệ thuật",
    "Báo chí",
    "Y học",
    "Xây dựng",
    "Môi trường",
];

fn input<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ApiError> {
    serde_json::from_value(value)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("demo data does not fit the API: {e}")))
}

/// A day of `year`, not after `today`.
fn day_in(rng: &mut Rng, year: i32, today: NaiveDate) -> NaiveDate {
    let last = if year >= today.year() { today.ordinal() } else { 365 };
    NaiveDate::from_yo_opt(year, 1 + rng.below(u64::from(last)) as u32).unwrap_or(today).min(today)
}

/// `date` moved by `days`, not after `today`.
fn later(date: NaiveDate, days: i64, today: NaiveDate) -> NaiveDate {
    (date + Duration::days(days)).min(today)
}

/// The year the member association at `index` of [`ASSOCIATIONS`] joined the union: the
/// oldest when it was founded, 28 years ago, the others over the years since.
fn joined_year(year: i32, index: usize) -> i32 {
    year - 28 + (index as i32) * 3 / 2
}

/// Makes the data into an empty database. `key` hashes national IDs as the service does.
pub fn generate(
    conn: &mut DbConnection,
    scale: Scale,
    seed: u64,
    today: NaiveDate,
    key: &IdHashKey,
    progress: &OnProgress<'_>,
) -> Result<Report, ApiError> {
    let existing: i64 = associations::table.count().get_result(conn)?;
    let people: i64 = persons::table.count().get_result(conn)?;
    if existing > 0 || people > 0 {
        return Err(ApiError::conflict(format!(
            "demo data goes into an empty database; this one has {existing} associations and {people} people"
        )));
    }
    let sizes = scale.sizes();
    let year = today.year();
    let ctx = WriteContext::system("demo-data");
    let mut report = Report { scale, seed, year, made: BTreeMap::new(), figures: BTreeMap::new() };
    // Work in rows: members, then about as much again for everything else together.
    let rest = 2_000 + (sizes.honourees_per_round as u64) * 5 + 1_500;
    let total = sizes.members + rest;
    let mut done = 0u64;

    progress("associations", done, total);
    let ids = make_associations(conn, &ctx, today, &mut report)?;
    let mut rng = Rng::new(seed);
    let people: Vec<NewPerson> = (0..sizes.members).map(|_| person(&mut rng)).collect();
    let mut rng = Rng::new(seed.wrapping_add(1));
    let active = sync_rosters(conn, &ctx, &ids, people, &mut rng, today, key, &mut report, &|what, rows| {
        progress(what, done + rows, total)
    })?;
    done += sizes.members;
    progress("annual reports", done, total);
    annual_reports(conn, &ctx, &ids, &active, &mut rng, year, &mut report)?;
    done += 400;
    progress("honours", done, total);
    let pool = candidates(conn)?;
    honours(conn, &ctx, &sizes, &pool, &mut rng, today, &mut report)?;
    nominations_and_commendations(conn, &ctx, &sizes, &ids, &pool, &mut rng, today, &mut report)?;
    done += 600;
    progress("contests", done, total);
    contests(conn, &ctx, &sizes, &ids, &mut rng, today, &mut report)?;
    done += 600;
    progress("advisory cases", done, total);
    advisory_cases(conn, &ctx, &sizes, &mut rng, today, &mut report)?;
    progress("activities", done, total);
    activities(conn, &ctx, &sizes, &ids, &mut rng, today, &mut report)?;
    progress("done", total, total);
    let summary = json!({"scale": {"from": null, "to": scale}, "seed": {"from": null, "to": seed}, "made": {"from": null, "to": report.made}});
    crate::db::write_transaction(conn, |conn| {
        audit::record(conn, &ctx, "demo_data.load", "demo_data", "province", &summary)
    })?;
    Ok(report)
}

/// The demo associations' ids: the member associations of [`ASSOCIATIONS`] in order, then the
/// collective members.
struct Ids {
    members: Vec<i64>,
    collective: Vec<i64>,
    /// Branch names of each member association (empty for most).
    branches: Vec<Vec<String>>,
}

fn make_associations(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    today: NaiveDate,
    report: &mut Report,
) -> Result<Ids, ApiError> {
    let year = today.year();
    let mut rng = Rng::new(17);
    let mut ids = Ids { members: Vec::new(), collective: Vec::new(), branches: Vec::new() };
    for (i, (name, _)) in ASSOCIATIONS.iter().enumerate() {
        let joined = joined_year(year, i);
        let founded = joined - 1 - rng.below(3) as i32;
        let data = input::<crate::usecases::associations::AssociationInput>(json!({
            "name": name,
            "kind": "member_association",
            "field_of_activity": FIELDS[i % FIELDS.len()],
            "founded_on": format!("{founded}-{:02}-15", 1 + rng.below(12)),
            "joined_on": format!("{joined}-{:02}-20", 1 + rng.below(12)),
            "special_status": name.contains("Khuyến học") || name.contains("Văn học Nghệ thuật") || name.contains("Nhà báo"),
            "address": format!("Tổ {}, phường Chiềng Lề, thành phố Sơn La", 1 + rng.below(12)),
            "phone": format!("0212385{:04}", rng.below(10_000)),
            "description": "Dữ liệu mẫu (demo data)",
        }))?
        .into_data(today)?;
        let id = association::insert(conn, ctx, &data, today)?.id;
        ids.members.push(id);
        let branch_names: Vec<String> = match i {
            0 => DISTRICTS.iter().map(|d| format!("Chi hội Khuyến học {d}")).collect(),
            3 => DISTRICTS[..4].iter().map(|d| format!("Chi hội Cựu giáo chức {d}")).collect(),
            _ => Vec::new(),
        };
        for (b, branch_name) in branch_names.iter().enumerate() {
            let data = input::<crate::usecases::branches::BranchInput>(json!({
                "name": branch_name,
                "district": DISTRICTS[b],
                "founded_on": format!("{}-03-01", joined + 1 + (b as i32) % 5),
            }))?
            .into_data(today)?;
            branch::insert(conn, ctx, id, &data)?;
            report.count("branches", 1);
        }
        ids.branches.push(branch_names);
    }
    for (name, short, ago) in COLLECTIVE {
        let data = input::<crate::usecases::associations::AssociationInput>(json!({
            "name": name,
            "short_name": short,
            "kind": "collective_member",
            "field_of_activity": "Đào tạo, nghiên cứu khoa học",
            "founded_on": format!("{}-09-01", year - ago - 20),
            "joined_on": format!("{}-06-01", year - ago),
            "description": "Dữ liệu mẫu (demo data)",
        }))?
        .into_data(today)?;
        ids.collective.push(association::insert(conn, ctx, &data, today)?.id);
    }
    report.count("associations", (ids.members.len() + ids.collective.len()) as u64);
    for y in (year - 30)..=year {
        let member_associations = (0..ASSOCIATIONS.len()).filter(|i| joined_year(year, *i) <= y).count() as i64;
        let collective = COLLECTIVE.iter().filter(|(_, _, ago)| year - ago <= y).count() as i64;
        report.by(y, "associations_by_kind", "member_association", member_associations);
        report.by(y, "associations_by_kind", "collective_member", collective);
    }
    Ok(ids)
}

/// Members still active, by association (index into [`ASSOCIATIONS`]): (members, intellectuals).
type Active = Vec<(i64, i64)>;

/// Writes each association's roster as the CSV an association would send (Vietnamese headers
/// and labels) and loads it through the roster sync, as `POST …/roster/sync` does.
#[allow(clippy::too_many_arguments)]
fn sync_rosters(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    ids: &Ids,
    people: Vec<NewPerson>,
    rng: &mut Rng,
    today: NaiveDate,
    key: &IdHashKey,
    report: &mut Report,
    progress: &dyn Fn(&str, u64),
) -> Result<Active, ApiError> {
    let year = today.year();
    let mut by_association: Vec<Vec<NewPerson>> = (0..ASSOCIATIONS.len()).map(|_| Vec::new()).collect();
    for p in people {
        by_association[p.association].push(p);
    }
    let mut active: Active = vec![(0, 0); ASSOCIATIONS.len()];
    let mut rows_before = 0u64;
    for (a, members) in by_association.into_iter().enumerate() {
        let branches = &ids.branches[a];
        let mut writer = csv::Writer::from_writer(Vec::new());
        use roster::Column as C;
        let mut columns = vec![
            C::ExternalId,
            C::FullName,
            C::Gender,
            C::BirthDate,
            C::Ethnicity,
            C::EducationLevel,
            C::Phone,
            C::JoinedOn,
        ];
        if !branches.is_empty() {
            columns.push(C::Branch);
        }
        columns.extend([C::Status, C::LeftOn]);
        let header: Vec<&str> = columns.iter().map(|c| c.header_vi()).collect();
        writer.write_record(&header).map_err(|e| ApiError::Internal(e.into()))?;
        let count = members.len() as u64;
        for (n, p) in members.iter().enumerate() {
            // Members joined over the last fifteen years, as adults.
            let earliest = p.birth_date.year() + 18;
            let joined_in = (year - rng.below(15) as i32).max(earliest).min(year);
            let joined = day_in(rng, joined_in, today);
            let left = rng.below(100) < 3 && joined < today;
            let left_on = if left { later(joined, 1 + rng.below(2_000) as i64, today) } else { joined };
            let phone = if rng.below(3) == 0 { format!("09{:08}", rng.below(100_000_000)) } else { String::new() };
            let mut record = vec![
                format!("{:02}-{:06}", a + 1, n + 1),
                p.full_name.clone(),
                p.gender.label_vi().to_owned(),
                p.birth_date.format("%d/%m/%Y").to_string(),
                p.ethnicity.to_owned(),
                p.education.label_vi().to_owned(),
                phone,
                joined.format("%d/%m/%Y").to_string(),
            ];
            if !branches.is_empty() {
                record.push(rng.pick(branches).clone());
            }
            if left {
                record.push(MembershipStatus::Left.label_vi().to_owned());
                record.push(left_on.format("%d/%m/%Y").to_string());
            } else {
                record.push(MembershipStatus::Active.label_vi().to_owned());
                record.push(String::new());
                active[a].0 += 1;
                if p.education.is_intellectual() {
                    active[a].1 += 1;
                }
                report.by(year, "members_by_gender", p.gender.code(), 1);
                report.by(year, "members_by_ethnicity", p.ethnicity, 1);
                report.by(year, "members_by_education", p.education.code(), 1);
            }
            writer.write_record(&record).map_err(|e| ApiError::Internal(e.into()))?;
        }
        let csv = writer.into_inner().map_err(|e| ApiError::Internal(anyhow::anyhow!("{e}")))?;
        let table = roster::read_csv(&csv[..], Lang::Vi, usize::MAX).map_err(|e| ApiError::BadRequest(e.0))?;
        let options = crate::models::roster::Options {
            mode: crate::models::roster::Mode::Upsert,
            dry_run: false,
            skip_invalid: false,
            lang: Lang::En,
            today,
        };
        let name = ASSOCIATIONS[a].0;
        let on_progress = |phase: &'static str, done: usize| {
            // Checking is the first half of an association's rows, writing the second.
            let half = if phase == "checking" { 0 } else { count / 2 };
            progress("members", rows_before + half + (done as u64).min(count) / 2);
        };
        let sync =
            crate::usecases::roster_sync::sync_table(conn, ctx, ids.members[a], table, options, key, &on_progress)?;
        if !sync.applied || sync.created != members.len() {
            return Err(ApiError::Internal(anyhow::anyhow!(
                "the demo roster of {name} was not taken whole: {:?}",
                sync.errors.iter().take(5).collect::<Vec<_>>()
            )));
        }
        rows_before += count;
        progress("members", rows_before);
        report.count("members", count);
        report.total(year, "members_total", active[a].0);
        report.total(year, "intellectual_members", active[a].1);
    }
    Ok(active)
}

/// Ten years of annual reports, up to last year: members growing towards today's roster,
/// branches and activities; the collective members report from the year they joined.
fn annual_reports(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    ids: &Ids,
    active: &Active,
    rng: &mut Rng,
    year: i32,
    report: &mut Report,
) -> Result<(), ApiError> {
    let put = |conn: &mut DbConnection, report: &mut Report, id: i64, y: i32, figures: [i64; 4]| {
        let [members, intellectual, branches, activities] = figures;
        let data = input::<crate::usecases::annual_reports::AnnualReportInput>(json!({
            "members": members,
            "intellectual_members": intellectual,
            "branches": branches,
            "activities": activities,
            "document": format!("Báo cáo tổng kết công tác hội năm {y}"),
        }))?
        .into_data()?;
        annual_report::put(conn, ctx, id, y, crate::db::version::IfMatch::Any, &data)?;
        report.count("annual_reports", 1);
        report.total(y, "members_total", members);
        report.total(y, "intellectual_members", intellectual);
        report.total(y, "branches_reported", branches);
        report.total(y, "activities_reported", activities);
        Ok::<(), ApiError>(())
    };
    for (a, id) in ids.members.iter().enumerate() {
        let joined = joined_year(year, a);
        let (members_now, intellectual_now) = active[a];
        for y in (year - 10).max(joined)..year {
            // From about 60% of today's members ten years ago, with some noise.
            let share = 600 + 40 * i64::from(y - (year - 10));
            let noise = rng.below(41) as i64 - 20;
            let members = (members_now * (share + noise) / 1000).max(1);
            let intellectual = (intellectual_now * (share + noise) / 1000).min(members);
            let branches = ids.branches[a].len().max(1) as i64 + i64::from(y > year - 5);
            let activities = 2 + (members / 2_000).min(40) + rng.below(6) as i64;
            put(conn, report, *id, y, [members, intellectual, branches, activities])?;
        }
    }
    for (c, id) in ids.collective.iter().enumerate() {
        let joined = year - COLLECTIVE[c].2;
        for y in joined..year {
            let members = 60 + 40 * c as i64 + i64::from(y - joined) * 4 + rng.below(10) as i64;
            let intellectual = members * 9 / 10;
            put(conn, report, *id, y, [members, intellectual, 1, 3 + rng.below(5) as i64])?;
        }
    }
    Ok(())
}

/// Members who could be honoured: (person, association, education), people with a master's
/// degree or higher, in id order.
fn candidates(conn: &mut DbConnection) -> Result<Vec<(i64, i64, EducationLevel)>, ApiError> {
    let levels = [EducationLevel::Master, EducationLevel::Doctor, EducationLevel::DoctorOfScience].map(|l| l.code());
    let rows: Vec<(i64, i64, Option<EducationLevel>)> = memberships::table
        .inner_join(persons::table)
        .filter(persons::education_level.eq_any(levels))
        .filter(memberships::status.eq(MembershipStatus::Active.code()))
        .select((persons::id, memberships::association_id, persons::education_level))
        .order(persons::id)
        .load(conn)?;
    Ok(rows.into_iter().filter_map(|(p, a, e)| Some((p, a, e?))).collect())
}

/// `n` different items of `pool`, chosen by `rng`.
fn sample<T: Clone>(rng: &mut Rng, pool: &[T], n: usize) -> Vec<T> {
    let mut taken = HashSet::new();
    let n = n.min(pool.len());
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let i = rng.below(pool.len() as u64) as usize;
        if taken.insert(i) {
            out.push(pool[i].clone());
        }
    }
    out
}

/// Five honour rounds, three years apart, the last this year; about one in ten proposals
/// rejected; each round published.
fn honours(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    sizes: &Sizes,
    pool: &[(i64, i64, EducationLevel)],
    rng: &mut Rng,
    today: NaiveDate,
    report: &mut Report,
) -> Result<(), ApiError> {
    use crate::models::honour::{ImportRecord, RoundAction};
    let year = today.year();
    for (n, y) in [year - 12, year - 9, year - 6, year - 3, year].into_iter().enumerate() {
        let ceremony = NaiveDate::from_ymd_opt(y, 5, 18).unwrap_or(today).min(today);
        let data = input::<crate::usecases::honours::HonourRoundInput>(json!({
            "year": y,
            "name": format!("Tôn vinh trí thức khoa học và công nghệ tiêu biểu tỉnh Sơn La lần thứ {}", n + 1),
            "ceremony_on": ceremony,
            "description": "Nhân Ngày Khoa học và Công nghệ Việt Nam 18/5",
        }))?
        .into_data()?;
        let round = honour::insert_round(conn, ctx, &data)?;
        let mut records = Vec::new();
        for (row, (person_id, association_id, education)) in
            sample(rng, pool, sizes.honourees_per_round).into_iter().enumerate()
        {
            let mut categories = vec![match education {
                EducationLevel::Master => *rng.pick(&["meritorious_teacher", "meritorious_physician", "other_prize"]),
                _ => "doctorate",
            }];
            if rng.below(4) == 0 {
                let more =
                    *rng.pick(&["associate_professor", "labour_creativity_certificate", "national_emulation_fighter"]);
                categories.push(more);
            }
            let approved = rng.below(10) != 0;
            let data = input::<crate::usecases::honours::HonoureeInput>(json!({
                "person_id": person_id,
                "association_id": association_id,
                "categories": categories,
                "citation": "Có nhiều đóng góp cho sự phát triển khoa học và công nghệ của tỉnh",
            }))?
            .into_data()?;
            let decided = input::<crate::usecases::honours::HonoureeDecisionInput>(if approved {
                json!({"decision": "approved"})
            } else {
                json!({"decision": "rejected", "reason": "Chưa đủ tiêu chuẩn theo quy chế tôn vinh"})
            })?
            .into_decided()?;
            if approved {
                report.total(y, "honourees", 1);
                for c in &categories {
                    report.by(y, "honourees_by_category", c, 1);
                }
            }
            records.push(ImportRecord { row: row + 1, data, decided });
        }
        if let Err(errors) = honour::import(conn, ctx, round.id, &records)? {
            return Err(ApiError::Internal(anyhow::anyhow!("demo honourees refused: {errors:?}")));
        }
        report.count("honourees", records.len() as u64);
        let mut version = round.version;
        for action in [RoundAction::OpenNominations, RoundAction::CloseNominations, RoundAction::Publish] {
            let round = honour::change_round_status(
                conn,
                ctx,
                round.id,
                crate::db::version::IfMatch::Version(version),
                action,
            )?;
            version = round.version;
        }
    }
    report.count("honour_rounds", 5);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn nominations_and_commendations(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    sizes: &Sizes,
    ids: &Ids,
    pool: &[(i64, i64, EducationLevel)],
    rng: &mut Rng,
    today: NaiveDate,
    report: &mut Report,
) -> Result<(), ApiError> {
    let year = today.year();
    let programmes = [
        (NominationProgramme::OutstandingIntellectual, 4),
        (NominationProgramme::AgricultureIntellectual, 2),
        (NominationProgramme::FarmersScientist, 2),
        (NominationProgramme::AmateurInventor, 1),
        (NominationProgramme::GoldenBookCreativity, 1),
    ];
    let kinds = [
        (CommendationType::CertificateOfMerit, 8),
        (CommendationType::EmulationFlag, 2),
        (CommendationType::EmulationFighter, 2),
        (CommendationType::LabourOrder, 1),
    ];
    for y in (year - 9)..=year {
        for (person_id, association_id, _) in sample(rng, pool, sizes.nominations_per_year) {
            let programme = *rng.weighted(&programmes);
            let data = input::<crate::usecases::nominations::NominationInput>(json!({
                "programme": programme,
                "year": y,
                "person_id": person_id,
                "association_id": association_id,
            }))?
            .into_data()?;
            nomination::insert(conn, ctx, &data)?;
            report.count("nominations", 1);
            report.by(y, "nominations_by_programme", programme.code(), 1);
        }
        for _ in 0..sizes.commendations_per_year {
            let kind = *rng.weighted(&kinds);
            let decided = day_in(rng, y, today);
            let association_id = *rng.pick(&ids.members);
            let value = match kind {
                CommendationType::EmulationFlag => json!({
                    "recipient_kind": "association", "association_id": association_id, "issuer": "provincial_peoples_committee",
                }),
                CommendationType::LabourOrder => json!({
                    "recipient_kind": "person", "person_id": rng.pick(pool).0, "issuer": "state_president",
                    "order_class": *rng.pick(&["second", "third"]),
                }),
                CommendationType::EmulationFighter => json!({
                    "recipient_kind": "person", "person_id": rng.pick(pool).0, "issuer": "provincial_peoples_committee",
                }),
                _ => match rng.below(3) {
                    0 => json!({"recipient_kind": "union", "issuer": "vusta"}),
                    1 => {
                        json!({"recipient_kind": "association", "association_id": association_id, "issuer": "provincial_peoples_committee"})
                    }
                    _ => {
                        json!({"recipient_kind": "person", "person_id": rng.pick(pool).0, "issuer": "provincial_union"})
                    }
                },
            };
            let mut value = value;
            value["type"] = json!(kind);
            value["year"] = json!(y);
            value["decided_on"] = json!(decided);
            value["decision_number"] = json!(format!("{}/QĐ-{}", 100 + rng.below(3_000), y));
            let data = input::<crate::usecases::commendations::CommendationInput>(value)?.into_data(today)?;
            commendation::insert(conn, ctx, &data)?;
            report.count("commendations", 1);
            report.by(y, "commendations_by_type", kind.code(), 1);
        }
    }
    Ok(())
}

const GADGETS: &[&str] = &[
    "máy tách hạt ngô",
    "hệ thống tưới nhỏ giọt",
    "máy sấy cà phê",
    "bếp đun tiết kiệm củi",
    "máy thái sắn",
    "hệ thống giám sát nhiệt độ chuồng trại",
    "thiết bị lọc nước sinh hoạt",
    "máy sơ chế chè búp",
    "lò sấy mận hậu",
    "quy trình nhân giống cà phê Arabica",
    "phần mềm quản lý hồ sơ bệnh án",
    "thiết bị cảnh báo sạt lở đất",
];
const ACTIONS: &[&str] = &["Cải tiến", "Thiết kế, chế tạo", "Ứng dụng", "Giải pháp nâng cao hiệu quả", "Tự động hóa"];
const PLACES: &[&str] =
    &["cho vùng cao", "tại Mộc Châu", "phục vụ hộ nông dân", "tại các trường học", "quy mô hộ gia đình", "tại Mai Sơn"];
const SCHOOLS: &[&str] = &[
    "Trường THPT Chuyên Sơn La",
    "Trường THPT Tô Hiệu",
    "Trường THCS Chu Văn An",
    "Trường PTDT Nội trú tỉnh Sơn La",
    "Trường THPT Mộc Lỵ",
];
const YOUTH_THINGS: &[&str] = &[
    "Thùng rác thông minh",
    "Mô hình nhà kính mini",
    "Gậy dò đường cho người khiếm thị",
    "Máy phát hiện khí gas",
    "Hệ thống tưới cây tự động",
    "Đèn học tự điều chỉnh ánh sáng",
    "Robot nhặt rác ven suối",
];

/// Both contests, four published editions each, entries imported with their results.
fn contests(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    sizes: &Sizes,
    ids: &Ids,
    rng: &mut Rng,
    today: NaiveDate,
    report: &mut Report,
) -> Result<(), ApiError> {
    let year = today.year();
    let plans = [
        (ContestKind::TechnicalInnovation, [year - 6, year - 4, year - 2, year], 7, sizes.technical_entries),
        (ContestKind::YouthCreativity, [year - 3, year - 2, year - 1, year], 12, sizes.youth_entries),
    ];
    for (kind, years, first_number, entries) in plans {
        let code = kind.code();
        let contest_id: i64 = contests::table.filter(contests::code.eq(code)).select(contests::id).first(conn)?;
        for (e, y) in years.into_iter().enumerate() {
            let opens = NaiveDate::from_ymd_opt(y, 3, 1).unwrap_or(today).min(today);
            let closes = later(opens, 150, today);
            let published = later(closes, 60, today);
            let data = input::<crate::usecases::contests::EditionInput>(json!({
                "number": first_number + e as i32,
                "year": y,
                "name": format!("{} lần thứ {}", contest_name(kind), first_number + e as i32),
                "submission_opens_on": opens,
                "submission_closes_on": closes,
                "criteria": [
                    {"code": "novelty", "name": "Tính mới, tính sáng tạo", "weight": 30, "max_score": 30},
                    {"code": "feasibility", "name": "Khả năng áp dụng", "weight": 40, "max_score": 40},
                    {"code": "benefit", "name": "Hiệu quả kinh tế - xã hội", "weight": 30, "max_score": 30},
                ],
                "quotas": {"first": 2, "second": 4, "third": 6, "consolation": 10},
            }))?
            .into_parts()?;
            let edition = contest::insert_edition(conn, ctx, contest_id, &data.0, &data.1)?;
            let n = entries[e];
            let mut scores: Vec<i64> = (0..n).map(|_| 40 + rng.below(60) as i64).collect();
            scores.sort_unstable_by(|a, b| b.cmp(a));
            let mut imported = Vec::with_capacity(n);
            for (i, score) in scores.into_iter().enumerate() {
                let prize = match i {
                    0..=1 => Some(Prize::First),
                    2..=5 => Some(Prize::Second),
                    6..=11 => Some(Prize::Third),
                    12..=21 => Some(Prize::Consolation),
                    _ => None,
                };
                let national = prize.filter(|p| *p == Prize::First && rng.below(2) == 0).map(|_| Prize::Third);
                let (title, authors, school) = match kind {
                    ContestKind::YouthCreativity => {
                        let pupils: Vec<String> = (0..1 + rng.below(2)).map(|_| person(rng).full_name).collect();
                        (format!("{} {}", rng.pick(YOUTH_THINGS), rng.pick(PLACES)), pupils, Some(*rng.pick(SCHOOLS)))
                    }
                    _ => {
                        let authors: Vec<String> = (0..1 + rng.below(3)).map(|_| person(rng).full_name).collect();
                        (format!("{} {} {}", rng.pick(ACTIONS), rng.pick(GADGETS), rng.pick(PLACES)), authors, None)
                    }
                };
                let record = input::<crate::usecases::contest_entries::EntryImportRecord>(json!({
                    "title": title,
                    "field": if kind == ContestKind::YouthCreativity { "Kỹ thuật" } else { *rng.pick(&["Nông nghiệp", "Cơ khí", "Công nghệ thông tin", "Y tế", "Môi trường"]) },
                    "association_id": rng.pick(&ids.members),
                    "authors": authors,
                    "school": school,
                    "prize": prize,
                    "rank": i + 1,
                    "final_score": score as f64,
                    "national_prize": national,
                    "labour_creativity_certificate": national.is_some(),
                    "applied": prize.is_some() && rng.below(3) == 0,
                }))?;
                imported.push(record.into_imported(kind, today)?);
                report.by(y, "contest_entries", code, 1);
                if let Some(p) = prize {
                    report.by(y, "contest_prizes", &format!("{code}:{}", p.code()), 1);
                }
            }
            contest_entry::import(conn, ctx, edition.id, &imported, published, "system (demo-data)")?;
            report.count("contest_editions", 1);
            report.count("contest_entries", n as u64);
            report.by(y, "contest_editions", code, 1);
        }
    }
    Ok(())
}

fn contest_name(kind: ContestKind) -> &'static str {
    match kind {
        ContestKind::YouthCreativity => "Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Sơn La",
        _ => "Hội thi Sáng tạo kỹ thuật tỉnh Sơn La",
    }
}

const ADVISORY_TOPICS: &[&str] = &[
    "Đề án phát triển du lịch tỉnh Sơn La",
    "Quy hoạch vùng trồng cây ăn quả tập trung",
    "Dự thảo Nghị quyết về chính sách hỗ trợ sản xuất nông nghiệp hàng hóa",
    "Đề án chuyển đổi số tỉnh Sơn La",
    "Dự án thủy điện nhỏ trên suối Nậm Pàn",
    "Đề án bảo tồn văn hóa các dân tộc thiểu số",
    "Dự thảo Luật Khoa học, Công nghệ và Đổi mới sáng tạo",
    "Đề án phát triển cây mắc ca",
    "Quy hoạch khu đô thị mới phía Nam thành phố Sơn La",
    "Chương trình giảm nghèo bền vững vùng biên giới",
];

/// About four advisory cases a year for ten years: the older ones closed with their outcome.
fn advisory_cases(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    sizes: &Sizes,
    rng: &mut Rng,
    today: NaiveDate,
    report: &mut Report,
) -> Result<(), ApiError> {
    let year = today.year();
    let kinds = [
        (AdvisoryKind::Critique, 4),
        (AdvisoryKind::Consultation, 3),
        (AdvisoryKind::SocialAssessment, 1),
        (AdvisoryKind::DraftLawComment, 2),
    ];
    let requesters = [
        (("peoples_committee", "Ủy ban nhân dân tỉnh Sơn La"), 5),
        (("party_committee_standing_board", "Ban Thường vụ Tỉnh ủy Sơn La"), 2),
        (("department", "Sở Nông nghiệp và Môi trường tỉnh Sơn La"), 2),
        (("department", "Sở Xây dựng tỉnh Sơn La"), 1),
        (("peoples_council", "Hội đồng nhân dân tỉnh Sơn La"), 1),
    ];
    let mut records = Vec::new();
    for y in (year - 9)..=year {
        for _ in 0..sizes.advisory_per_year {
            let kind = *rng.weighted(&kinds);
            let received = day_in(rng, y, today);
            let submitted = received + Duration::days(15 + rng.below(30) as i64);
            let closed = submitted + Duration::days(20 + rng.below(60) as i64);
            let topic = rng.pick(ADVISORY_TOPICS);
            let (requester, requester_name) = *rng.weighted(&requesters);
            let mut value = json!({
                "title": format!("{} {topic}", match kind {
                    AdvisoryKind::Critique => "Phản biện",
                    AdvisoryKind::Consultation => "Tư vấn",
                    AdvisoryKind::SocialAssessment => "Giám định xã hội",
                    _ => "Góp ý",
                }),
                "kind": kind,
                "requester": requester,
                "requester_name": requester_name,
                "request_reference": format!("{}/UBND-KT", 1000 + rng.below(4_000)),
                "request_date": received,
                "received_on": received,
                "due_on": received + Duration::days(45),
            });
            if closed <= today {
                value["status"] = json!("closed");
                value["submitted_on"] = json!(submitted);
                value["outcome"] = json!(*rng.pick(&["adopted", "adopted", "partially_adopted", "not_adopted"]));
                value["closed_on"] = json!(closed);
            } else if submitted <= today {
                value["status"] = json!("opinion_submitted");
                value["submitted_on"] = json!(submitted);
            } else {
                value["status"] = json!("in_progress");
            }
            let record = input::<crate::usecases::advisory::AdvisoryImportRecord>(value)?.into_parts(today)?;
            records.push(record);
            report.by(y, "advisory_cases_by_kind", kind.code(), 1);
        }
    }
    advisory::insert_many(conn, ctx, &records)?;
    report.count("advisory_cases", records.len() as u64);
    Ok(())
}

/// Activities over ten years: workshops, training, technology transfer, councils, research,
/// publications and social work, by the union, its associations and partners.
fn activities(
    conn: &mut DbConnection,
    ctx: &WriteContext,
    sizes: &Sizes,
    ids: &Ids,
    rng: &mut Rng,
    today: NaiveDate,
    report: &mut Report,
) -> Result<(), ApiError> {
    let year = today.year();
    let kinds = [
        (ActivityKind::Workshop, 20),
        (ActivityKind::Training, 25),
        (ActivityKind::TransferModel, 10),
        (ActivityKind::CouncilParticipation, 15),
        (ActivityKind::Publication, 8),
        (ActivityKind::SocialActivity, 10),
        (ActivityKind::ResearchProject, 7),
        (ActivityKind::Other, 5),
    ];
    let mut records = Vec::new();
    for y in (year - 9)..=year {
        for _ in 0..sizes.activities_per_year {
            let kind = *rng.weighted(&kinds);
            let starts = day_in(rng, y, today);
            let topic = rng.pick(GADGETS);
            let mut value = json!({
                "kind": kind,
                "title": match kind {
                    ActivityKind::Workshop => format!("Hội thảo khoa học về {topic}"),
                    ActivityKind::Training => format!("Tập huấn kỹ thuật: {topic}"),
                    ActivityKind::TransferModel => format!("Mô hình chuyển giao {topic}"),
                    ActivityKind::CouncilParticipation => format!("Hội đồng tư vấn đánh giá nghiệm thu đề tài năm {y}"),
                    ActivityKind::Publication => format!("Bản tin Khoa học và Đời sống số {}", 1 + rng.below(12)),
                    ActivityKind::SocialActivity => "Trao học bổng cho học sinh nghèo vượt khó".to_owned(),
                    ActivityKind::ResearchProject => format!("Nghiên cứu {topic} trên địa bàn tỉnh"),
                    _ => format!("Tọa đàm {topic}"),
                },
                "starts_on": starts,
                "ends_on": later(starts, rng.below(3) as i64, today),
                "place": format!("{}, Sơn La", rng.pick(DISTRICTS)),
                "participants": 20 + rng.below(180),
                "visibility": "public",
            });
            match rng.below(20) {
                0..=7 => {
                    value["organiser_kind"] = json!("union");
                    value["union_role"] = json!("led");
                }
                8..=18 => {
                    value["organiser_kind"] = json!("association");
                    value["association_id"] = json!(rng.pick(&ids.members));
                    value["union_role"] = json!("co_organised");
                }
                _ => {
                    value["organiser_kind"] = json!("partner");
                    value["partner_name"] = json!("Sở Khoa học và Công nghệ tỉnh Sơn La");
                    value["union_role"] = json!("took_part");
                }
            }
            match kind {
                ActivityKind::CouncilParticipation => {
                    value["council_name"] = json!("Hội đồng khoa học và công nghệ tỉnh Sơn La");
                    value["projects_evaluated"] = json!(1 + rng.below(8));
                    value["council_role"] = json!(*rng.pick(&["chair", "reviewer", "member"]));
                }
                ActivityKind::ResearchProject => {
                    value["research_level"] = json!(*rng.pick(&["provincial", "grassroots"]));
                    value["research_status"] = json!(if y < year - 1 { "completed" } else { "in_progress" });
                }
                ActivityKind::SocialActivity => {
                    value["beneficiaries"] = json!(10 + rng.below(200));
                    value["amount"] = json!(1_000_000 * (5 + rng.below(95)));
                }
                ActivityKind::Publication => value["articles"] = json!(8 + rng.below(20)),
                _ => {}
            }
            let data = input::<crate::usecases::activities::ActivityInput>(value)?.into_data()?;
            records.push((records.len() + 1, data));
            report.by(y, "activities_by_kind", kind.code(), 1);
        }
    }
    if let Err(errors) = activity::insert_many(conn, ctx, &records)? {
        return Err(ApiError::Internal(anyhow::anyhow!("demo activities refused: {errors:?}")));
    }
    report.count("activities", records.len() as u64);
    Ok(())
}
