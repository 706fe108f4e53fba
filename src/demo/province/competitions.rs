//! The two contests of the demo union with their published editions.

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use serde_json::json;

use super::common::{input, later, Ids, Report, Sizes, GADGETS};
use crate::db::schema::contests;
use crate::db::DbConnection;
use crate::demo::members::person;
use crate::demo::Rng;
use crate::domain::codes::{CodeList, ContestKind, Prize};
use crate::error::ApiError;
use crate::models::audit::WriteContext;
use crate::models::{contest, contest_entry};

pub(super) const ACTIONS: &[&str] =
    &["Cải tiến", "Thiết kế, chế tạo", "Ứng dụng", "Giải pháp nâng cao hiệu quả", "Tự động hóa"];
pub(super) const PLACES: &[&str] =
    &["cho vùng cao", "tại Mộc Châu", "phục vụ hộ nông dân", "tại các trường học", "quy mô hộ gia đình", "tại Mai Sơn"];
pub(super) const SCHOOLS: &[&str] = &[
    "Trường THPT Chuyên Sơn La",
    "Trường THPT Tô Hiệu",
    "Trường THCS Chu Văn An",
    "Trường PTDT Nội trú tỉnh Sơn La",
    "Trường THPT Mộc Lỵ",
];
pub(super) const YOUTH_THINGS: &[&str] = &[
    "Thùng rác thông minh",
    "Mô hình nhà kính mini",
    "Gậy dò đường cho người khiếm thị",
    "Máy phát hiện khí gas",
    "Hệ thống tưới cây tự động",
    "Đèn học tự điều chỉnh ánh sáng",
    "Robot nhặt rác ven suối",
];

/// Both contests, four published editions each, entries imported with their results.
pub(super) fn contests(
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
                imported.push((imported.len() + 1, record.into_imported(kind, today)?));
                report.by(y, "contest_entries", code, 1);
                if let Some(p) = prize {
                    report.by(y, "contest_prizes", &format!("{code}:{}", p.code()), 1);
                }
            }
            if let Err(errors) =
                contest_entry::import(conn, ctx, edition.id, &imported, published, "system (demo-data)")?
            {
                return Err(ApiError::Internal(anyhow::anyhow!("demo contest entries refused: {errors:?}")));
            }
            report.count("contest_editions", 1);
            report.count("contest_entries", n as u64);
            report.by(y, "contest_editions", code, 1);
        }
    }
    Ok(())
}

pub(super) fn contest_name(kind: ContestKind) -> &'static str {
    match kind {
        ContestKind::YouthCreativity => "Cuộc thi Sáng tạo thanh thiếu niên nhi đồng tỉnh Sơn La",
        _ => "Hội thi Sáng tạo kỹ thuật tỉnh Sơn La",
    }
}
