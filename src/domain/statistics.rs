//! The statistics contract: each resource offers its figures as observations (metric, year,
//! optional association and dimension, value) from one function that the statistics module
//! calls; the statistics module never reads another module's tables.

use serde::Serialize;
use utoipa::ToSchema;

crate::code_list! {
    /// Every figure the API can report.
    pub enum Metric: "metrics", "Chỉ tiêu thống kê", "Statistical metrics" {
        /// Members at the end of the year, per association: from its roster from the year it was first synced, from its annual report before.
        MembersTotal = ("members_total", "Tổng số hội viên", "Members"),
        /// Members of all associations together at the end of the year: the sum of `members_total`, whether a roster or an annual report gives each (resource `totals`).
        UnionMembersTotal = ("union_members_total", "Tổng số hội viên toàn Liên hiệp hội", "Members of all associations"),
        /// S&T intellectuals among them: the sum of `intellectual_members` (resource `totals`).
        UnionIntellectualMembers = ("union_intellectual_members", "Tổng số hội viên trí thức KHCN toàn Liên hiệp hội", "S&T intellectual members of all associations"),
        /// Members on rosters at the end of the year by gender (dimension `gender`).
        MembersByGender = ("members_by_gender", "Hội viên theo giới tính", "Members by gender"),
        /// Members on rosters at the end of the year by ethnic group (dimension `ethnicity`).
        MembersByEthnicity = ("members_by_ethnicity", "Hội viên theo dân tộc", "Members by ethnic group"),
        /// Members on rosters at the end of the year by education level (dimension `education_level`).
        MembersByEducation = ("members_by_education", "Hội viên theo trình độ", "Members by education level"),
        /// The associations' S&T intellectual members as a share of the province's, in whole per cent (rounded half up): `union_intellectual_members` over `province_st_intellectuals` (resource `totals`).
        UnionIntellectualSharePercent = ("union_intellectual_share_percent", "Tỷ lệ trí thức KHCN của các hội so với toàn tỉnh (%)", "S&T intellectual members as a share of the province's (%)"),
        /// Members who are S&T intellectuals (bachelor or higher) at the end of the year: from the roster, or the annual report where no roster was kept.
        IntellectualMembers = ("intellectual_members", "Hội viên trí thức KHCN", "S&T intellectual members"),
        /// Branches an association reported for the year (annual reports).
        BranchesReported = ("branches_reported", "Số chi hội, cơ sở hội (theo báo cáo năm)", "Branches (annual reports)"),
        /// Activities an association reported for the year (annual reports).
        ActivitiesReported = ("activities_reported", "Số hoạt động (theo báo cáo năm)", "Activities (annual reports)"),
        /// Associations in the union at the end of the year by kind (dimension `kind`: `member_association` or `collective_member`).
        AssociationsByKind = ("associations_by_kind", "Hội thành viên theo loại", "Associations by kind"),
        /// Associations by how their national association ranks them that year (dimension `ranking`); per association too (1 for its ranking).
        AssociationsByNationalRanking = ("associations_by_national_ranking", "Hội thành viên theo thứ hạng trong hội ngành toàn quốc", "Associations by national ranking"),
        /// Associations' delegates to national congresses that year; per association too.
        NationalCongressDelegates = ("national_congress_delegates", "Đại biểu dự đại hội toàn quốc", "Delegates to national congresses"),
        /// Associations' experts on the provincial Fatherland Front committee that year; per association too.
        AssociationFatherlandFrontMembers = ("association_fatherland_front_members", "Chuyên gia của hội tham gia Ủy ban MTTQ tỉnh", "Associations' members of the Fatherland Front committee"),
        /// People honoured (approved in published honour rounds of the year); per proposing association too.
        Honourees = ("honourees", "Trí thức được tôn vinh", "Honourees"),
        /// Honourees by round (dimension `round`, the round id).
        HonoureesByRound = ("honourees_by_round", "Trí thức được tôn vinh theo đợt", "Honourees by round"),
        /// Honourees by qualifying category (dimension `category`, an award category code); one person may count in several.
        HonoureesByCategory = ("honourees_by_category", "Trí thức được tôn vinh theo tiêu chí", "Honourees by category"),
        /// National nominations of the year by programme (dimension `programme`).
        NominationsByProgramme = ("nominations_by_programme", "Đề cử vinh danh toàn quốc theo chương trình", "National nominations by programme"),
        /// National nominations of the year by status (dimension `status`: the outcome once known).
        NominationsByStatus = ("nominations_by_status", "Đề cử vinh danh toàn quốc theo kết quả", "National nominations by status"),
        /// Commendations of the year by issuer (dimension `issuer`).
        CommendationsByIssuer = ("commendations_by_issuer", "Khen thưởng theo cấp khen", "Commendations by issuer"),
        /// Commendations of the year by type (dimension `type`).
        CommendationsByType = ("commendations_by_type", "Khen thưởng theo hình thức", "Commendations by type"),
        /// Commendations of the year by recipient and type (dimension `recipient_type`: `<recipient kind>:<type>`, e.g. `union:emulation_flag` for a flag to the union itself, `association:certificate_of_merit`).
        CommendationsByRecipient = ("commendations_by_recipient", "Khen thưởng theo đối tượng và hình thức", "Commendations by recipient and type"),
        /// Commendations of the year by issuer and type (dimension `issuer_type`: `<issuer>:<type>`, e.g. `provincial_peoples_committee:emulation_flag`).
        CommendationsByIssuerType = ("commendations_by_issuer_type", "Khen thưởng theo cấp khen và hình thức", "Commendations by issuer and type"),
        /// Commendations of the year received by an association, per association (dimension `type`): which associations were commended.
        AssociationCommendations = ("association_commendations", "Khen thưởng của các hội thành viên", "Commendations received by associations"),
        /// Activities that started in the year by kind (dimension `kind`); per organising association too.
        ActivitiesByKind = ("activities_by_kind", "Hoạt động theo loại", "Activities by kind"),
        /// Activities that started in the year by organiser (dimension `organiser`: `union`, `association`, `partner`).
        ActivitiesByOrganiser = ("activities_by_organiser", "Hoạt động theo đơn vị tổ chức", "Activities by organiser"),
        /// Projects evaluated in the councils the union took part in that year.
        CouncilProjectsEvaluated = ("council_projects_evaluated", "Số đề tài, dự án được đánh giá tại hội đồng", "Projects evaluated in councils"),
        /// Council participations of the year by the union's role (dimension `council_role`; `unknown` where none was recorded).
        CouncilSeatsByRole = ("council_seats_by_role", "Tham gia hội đồng theo vai trò", "Council participations by role"),
        /// Research projects that started in the year by level (dimension `research_level`; `unknown` where none was recorded).
        ResearchProjectsByLevel = ("research_projects_by_level", "Đề tài, dự án nghiên cứu theo cấp", "Research projects by level"),
        /// Publications of the year by what they are (dimension `publication_kind`; `unknown` where none was recorded); per publishing association too.
        PublicationsByKind = ("publications_by_kind", "Ấn phẩm theo loại", "Publications by kind"),
        /// Articles of the publications of the year (the sum of their `articles`).
        PublicationArticles = ("publication_articles", "Số tin bài của các ấn phẩm", "Articles of publications"),
        /// Visits to the online channels of the publications of the year (the sum of their `visits`).
        PublicationVisits = ("publication_visits", "Lượt truy cập của các ấn phẩm điện tử", "Visits to publications online"),
        /// People who benefited from social activities that year by organiser (dimension `organiser`).
        SocialBeneficiariesByOrganiser = ("social_beneficiaries_by_organiser", "Số người thụ hưởng hoạt động xã hội theo đơn vị tổ chức", "Social-activity beneficiaries by organiser"),
        /// People who benefited from social activities that year.
        SocialBeneficiaries = ("social_beneficiaries", "Số người thụ hưởng hoạt động xã hội", "Social-activity beneficiaries"),
        /// Money given in social activities that year (VND).
        SocialAmount = ("social_amount", "Kinh phí hoạt động xã hội (đồng)", "Social-activity amount (VND)"),
        /// Advisory cases received in the year by kind (dimension `kind`).
        AdvisoryCasesByKind = ("advisory_cases_by_kind", "Vụ việc tư vấn, phản biện theo loại", "Advisory cases by kind"),
        /// Advisory cases received in the year by requester (dimension `requester`).
        AdvisoryCasesByRequester = ("advisory_cases_by_requester", "Vụ việc tư vấn, phản biện theo cơ quan đề nghị", "Advisory cases by requester"),
        /// Advisory cases received in the year by recorded outcome (dimension `outcome`; `pending` while none is recorded).
        AdvisoryCasesByOutcome = ("advisory_cases_by_outcome", "Vụ việc tư vấn, phản biện theo kết quả", "Advisory cases by outcome"),
        /// Advisory cases received in the year that were done under a contract.
        AdvisoryCasesUnderContract = ("advisory_cases_under_contract", "Vụ việc tư vấn theo hợp đồng", "Advisory cases under contract"),
        /// Draft-law comments received in the year that propose what deputies say on the draft in the National Assembly.
        AdvisorySpeechProposals = ("advisory_speech_proposals", "Đề xuất nội dung phát biểu tại Quốc hội", "Proposals for deputies' speeches"),
        /// Fees of the advisory cases received in the year (VND).
        AdvisoryFees = ("advisory_fees", "Kinh phí tư vấn theo hợp đồng (đồng)", "Advisory fees (VND)"),
        /// Advisory cases received in the year whose opinion was submitted.
        AdvisoryCasesAnswered = ("advisory_cases_answered", "Vụ việc đã gửi ý kiến", "Advisory cases answered"),
        /// Mean calendar days from receipt to submission of the cases answered (rounded to whole days).
        AdvisoryMeanDaysToRespond = ("advisory_mean_days_to_respond", "Số ngày trả lời trung bình", "Mean days to respond"),
        /// Contest editions of the year whose results are published (dimension `contest`, the contest's code); every contest figure counts only such editions.
        ContestEditions = ("contest_editions", "Số kỳ thi", "Contest editions"),
        /// Entries of those editions, withdrawn ones apart (dimension `contest`).
        ContestEntries = ("contest_entries", "Số giải pháp, sản phẩm dự thi", "Contest entries"),
        /// Eligible entries of those editions (dimension `contest`).
        ContestEligibleEntries = ("contest_eligible_entries", "Số giải pháp hợp lệ", "Eligible contest entries"),
        /// Provincial prizes of those editions (dimension `contest_prize`: `<contest>:<prize>`, e.g. `technical_innovation:first`).
        ContestPrizes = ("contest_prizes", "Giải thưởng cấp tỉnh", "Provincial contest prizes"),
        /// National prizes won by entries of those editions (dimension `contest_prize`).
        ContestNationalPrizes = ("contest_national_prizes", "Giải thưởng toàn quốc", "National contest prizes"),
        /// Labour Creativity Certificates that came with entries of those editions (dimension `contest`).
        ContestLabourCertificates = ("contest_labour_certificates", "Bằng Lao động sáng tạo", "Labour Creativity Certificates"),
        /// Awards won abroad by entries of those editions (dimension `contest_award`: `<contest>:<award>`, e.g. `youth_creativity:silver_medal`), counted in the edition's year.
        ContestInternationalAwards = ("contest_international_awards", "Giải thưởng quốc tế", "International awards"),
        /// Whole years from the union's founding year to the year (from `GET /api/v1/union`).
        UnionAgeYears = ("union_age_years", "Thâm niên của Liên hiệp hội (năm)", "Years since the union was founded"),
        /// Full-time staff of the union's office that year (`/api/v1/union/staff/{year}`).
        UnionFullTimeStaff = ("union_full_time_staff", "Nhân lực chuyên trách của cơ quan Liên hiệp hội", "Full-time staff of the union's office"),
        /// S&T intellectuals in the whole province that year, as recorded from the province's statistics (`/api/v1/union/province/{year}`).
        ProvinceStIntellectuals = ("province_st_intellectuals", "Số trí thức KHCN toàn tỉnh", "S&T intellectuals in the province"),
        /// That staff by highest education level (dimension `education_level`).
        UnionStaffByEducation = ("union_staff_by_education", "Nhân lực chuyên trách theo trình độ", "Full-time staff by education level"),
        /// The union's own departments, centres and councils working that year by kind (dimension `kind`).
        UnionUnitsByKind = ("union_units_by_kind", "Đơn vị trực thuộc Liên hiệp hội theo loại", "The union's own units by kind"),
        /// Members of the standing committee of the term the year falls in (the later term in a congress year).
        UnionStandingCommittee = ("union_standing_committee", "Số ủy viên Ban Thường vụ", "Members of the standing committee"),
        /// Members of the executive committee of that term.
        UnionExecutiveCommittee = ("union_executive_committee", "Số ủy viên Ban Chấp hành", "Members of the executive committee"),
        /// The union's delegates to the Fatherland Front's committee in that term.
        UnionFatherlandFrontDelegates = ("union_fatherland_front_delegates", "Đại biểu tham gia Ủy ban Mặt trận Tổ quốc", "Delegates to the Fatherland Front committee"),
    }
}

/// One figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Observation {
    /// What is counted.
    pub metric: Metric,
    /// The year it describes.
    pub year: i32,
    /// The association it is about, if not the whole union.
    pub association_id: Option<i64>,
    /// The breakdown: its name (e.g. `gender`) and value (e.g. `female`); `unknown` where not recorded.
    pub dimension: Option<(String, String)>,
    /// The figure.
    pub value: i64,
}

crate::code_list! {
    /// Where a member figure of an association comes from.
    pub enum FigureSource: "figure_sources", "Nguồn số liệu", "Figure sources" {
        /// The association's roster kept here (members at the end of the year).
        Roster = ("roster", "Danh sách hội viên", "Roster"),
        /// The association's annual report (it kept no roster here that year).
        AnnualReport = ("annual_report", "Báo cáo năm", "Annual report"),
    }
}

crate::code_list! {
    /// What a development indicator measures.
    pub enum IndicatorUnit: "indicator_units", "Đơn vị chỉ số", "Indicator units" {
        /// Years.
        Years = ("years", "Năm", "Years"),
        /// A number of things.
        Count = ("count", "Số lượng", "Count"),
        /// A number of people.
        People = ("people", "Người", "People"),
        /// Whether the union has or does it: the union's value is a count, present when above 0; the national reference is the number of provincial unions that have it.
        Presence = ("presence", "Có/không", "Yes or no"),
    }
}
