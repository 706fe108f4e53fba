//! Advisory cases and activities of the demo union.

use chrono::{Datelike, Duration, NaiveDate};
use serde_json::json;

use super::common::{day_in, input, later, Ids, Report, Sizes, DISTRICTS, GADGETS};
use crate::db::DbConnection;
use crate::demo::Rng;
use crate::domain::codes::{ActivityKind, AdvisoryKind, CodeList};
use crate::error::ApiError;
use crate::models::audit::WriteContext;
use crate::models::{activity, advisory};

pub(super) const ADVISORY_TOPICS: &[&str] = &[
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
pub(super) fn advisory_cases(
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
            records.push((records.len() + 1, record));
            report.by(y, "advisory_cases_by_kind", kind.code(), 1);
        }
    }
    if let Err(errors) = advisory::insert_many(conn, ctx, &records)? {
        return Err(ApiError::Internal(anyhow::anyhow!("demo advisory cases refused: {errors:?}")));
    }
    report.count("advisory_cases", records.len() as u64);
    Ok(())
}

/// Activities over ten years: workshops, training, technology transfer, councils, research,
/// publications and social work, by the union, its associations and partners.
pub(super) fn activities(
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
