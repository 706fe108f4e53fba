//! Honours, national nominations and commendations of the demo union.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use serde_json::json;

use super::common::{day_in, input, Ids, Report, Sizes};
use crate::db::schema::{memberships, persons};
use crate::db::DbConnection;
use crate::demo::Rng;
use crate::domain::codes::{CodeList, CommendationType, EducationLevel, MembershipStatus, NominationProgramme};
use crate::error::ApiError;
use crate::models::audit::WriteContext;
use crate::models::{commendation, honour, nomination};

/// Members who could be honoured: (person, association, education), people with a master's
/// degree or higher, in id order.
pub(super) fn candidates(conn: &mut DbConnection) -> Result<Vec<(i64, i64, EducationLevel)>, ApiError> {
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
pub(super) fn sample<T: Clone>(rng: &mut Rng, pool: &[T], n: usize) -> Vec<T> {
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
pub(super) fn honours(
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
            records.push((row + 1, ImportRecord { data, decided, person: None }));
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
pub(super) fn nominations_and_commendations(
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
