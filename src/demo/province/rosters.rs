//! The demo associations, their rosters (through the bulk roster sync) and annual reports.

use chrono::{Datelike, NaiveDate};
use serde_json::json;

use super::common::{day_in, input, joined_year, later, Ids, Report, COLLECTIVE, DISTRICTS, FIELDS};
use crate::db::DbConnection;
use crate::demo::members::{NewPerson, ASSOCIATIONS};
use crate::demo::Rng;
use crate::domain::codes::{CodeList, MembershipStatus};
use crate::domain::import::Lang;
use crate::domain::national_id::IdHashKey;
use crate::domain::roster;
use crate::error::ApiError;
use crate::models::audit::WriteContext;
use crate::models::{annual_report, association, branch};

pub(super) fn make_associations(
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
pub(super) type Active = Vec<(i64, i64)>;

/// Writes each association's roster as the CSV an association would send (Vietnamese headers
/// and labels) and loads it through the roster sync, as `POST …/roster/sync` does.
#[allow(clippy::too_many_arguments)]
pub(super) fn sync_rosters(
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
pub(super) fn annual_reports(
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
