//! Code lists: Rust enums whose values are stable snake_case codes with Vietnamese and
//! English labels. Each is stored as TEXT (with a CHECK constraint where a table uses it) and
//! read and written as the enum itself in diesel rows and filters,
//! shown in the OpenAPI document as a string enum, and served by `/api/v1/reference/{list}`.
//!
//! Declare a new one with [`code_list!`](crate::code_list) and add it to
//! [`reference::catalogue`](super::reference::catalogue).

/// What every code list offers.
pub trait CodeList: Sized + Copy + 'static {
    /// The name of the list in `/api/v1/reference/{list}`.
    const LIST: &'static str;
    /// The list's Vietnamese title.
    const TITLE_VI: &'static str;
    /// The list's English title.
    const TITLE_EN: &'static str;
    /// Every value, in display order.
    fn all() -> &'static [Self];
    /// The stable code.
    fn code(self) -> &'static str;
    /// The Vietnamese label.
    fn label_vi(self) -> &'static str;
    /// The English label.
    fn label_en(self) -> &'static str;
    /// The value with this code.
    fn from_code(code: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.code() == code)
    }
}

/// Declares a code list: an enum that serialises as its code, documents itself in the
/// OpenAPI document and implements [`CodeList`].
#[macro_export]
macro_rules! code_list {
    (@join $first:literal $(, $rest:literal)*) => {
        concat!("`", $first, "`" $(, ", `", $rest, "`")*)
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident: $list:literal, $title_vi:literal, $title_en:literal {
            $( $(#[$vmeta:meta])* $variant:ident = ($code:literal, $vi:literal, $en:literal) ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
            diesel::expression::AsExpression, diesel::deserialize::FromSqlRow,
        )]
        #[diesel(sql_type = diesel::sql_types::Text)]
        $vis enum $name {
            $( $(#[$vmeta])* #[serde(rename = $code)] $variant ),+
        }

        // Written by hand rather than derived: the derive does not see `serde(rename)` on
        // variants that come from a macro, and would document the Rust names.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                utoipa::openapi::schema::ObjectBuilder::new()
                    .schema_type(utoipa::openapi::schema::Type::String)
                    .enum_values(Some([$($code),+]))
                    .description(Some(concat!(
                        $title_en, " (code list `", $list, "`; labels at `/api/v1/reference/", $list, "`): ",
                        $crate::code_list!(@join $($code),+)
                    )))
                    .into()
            }
        }

        impl utoipa::ToSchema for $name {
            fn name() -> std::borrow::Cow<'static, str> {
                std::borrow::Cow::Borrowed(stringify!($name))
            }
        }

        impl $crate::domain::codes::CodeList for $name {
            const LIST: &'static str = $list;
            const TITLE_VI: &'static str = $title_vi;
            const TITLE_EN: &'static str = $title_en;
            fn all() -> &'static [Self] {
                &[$($name::$variant),+]
            }
            fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }
            fn label_vi(self) -> &'static str {
                match self { $($name::$variant => $vi),+ }
            }
            fn label_en(self) -> &'static str {
                match self { $($name::$variant => $en),+ }
            }
        }

        // Stored as its code in a TEXT column on every backend. A code the enum does not know
        // (the migrations' CHECK constraints keep them out) fails the read, never defaults.
        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let code = <String as diesel::deserialize::FromSql<diesel::sql_types::Text, DB>>::from_sql(bytes)?;
                <Self as $crate::domain::codes::CodeList>::from_code(&code)
                    .ok_or_else(|| format!("'{code}' is not a code of the list {}", $list).into())
            }
        }

        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $name
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(&'b self, out: &mut diesel::serialize::Output<'b, '_, DB>) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(
                    $crate::domain::codes::CodeList::code(*self),
                    out,
                )
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($crate::domain::codes::CodeList::code(*self))
            }
        }
    };
}

code_list! {
    /// Highest completed level of education or training (trình độ). From `bachelor` up a person
    /// counts as an S&T intellectual (trí thức KHCN), which the API derives and never takes as input.
    pub enum EducationLevel: "education_levels", "Trình độ chuyên môn", "Education levels" {
        /// No vocational or higher training.
        None = ("none", "Chưa qua đào tạo", "No vocational or higher training"),
        /// Secondary school or secondary vocational training (trung học, trung cấp).
        Secondary = ("secondary", "Trung học, trung cấp", "Secondary"),
        /// College (cao đẳng).
        College = ("college", "Cao đẳng", "College"),
        /// University degree (đại học).
        Bachelor = ("bachelor", "Đại học", "Bachelor"),
        /// Master's degree (thạc sĩ).
        Master = ("master", "Thạc sĩ", "Master"),
        /// Doctorate (tiến sĩ).
        Doctor = ("doctor", "Tiến sĩ", "Doctor (PhD)"),
        /// Doctor of Science (tiến sĩ khoa học), the higher doctorate.
        DoctorOfScience = ("doctor_of_science", "Tiến sĩ khoa học", "Doctor of Science"),
    }
}

impl EducationLevel {
    /// Whether this level makes a person an S&T intellectual (bachelor or higher).
    pub fn is_intellectual(self) -> bool {
        matches!(self, Self::Bachelor | Self::Master | Self::Doctor | Self::DoctorOfScience)
    }

    /// The levels that make a person an S&T intellectual.
    pub const INTELLECTUAL: &'static [EducationLevel] =
        &[Self::Bachelor, Self::Master, Self::Doctor, Self::DoctorOfScience];
}

code_list! {
    /// Gender as recorded by the member's association.
    pub enum Gender: "genders", "Giới tính", "Genders" {
        /// Male.
        Male = ("male", "Nam", "Male"),
        /// Female.
        Female = ("female", "Nữ", "Female"),
        /// Other.
        Other = ("other", "Khác", "Other"),
    }
}

code_list! {
    /// Whether a membership is current.
    pub enum MembershipStatus: "membership_statuses", "Tình trạng hội viên", "Membership statuses" {
        /// A current member.
        Active = ("active", "Đang sinh hoạt", "Active"),
        /// Left the association (kept for history).
        Left = ("left", "Đã thôi sinh hoạt", "Left"),
        /// Deceased.
        Deceased = ("deceased", "Đã mất", "Deceased"),
    }
}

code_list! {
    /// Academic title conferred by the State Council for Professorship (chức danh).
    pub enum AcademicTitle: "academic_titles", "Chức danh khoa học", "Academic titles" {
        /// Associate Professor (phó giáo sư).
        AssociateProfessor = ("associate_professor", "Phó Giáo sư", "Associate Professor"),
        /// Professor (giáo sư).
        Professor = ("professor", "Giáo sư", "Professor"),
    }
}

code_list! {
    /// The achievement for which an intellectual is honoured (tiêu chí tôn vinh), as counted in
    /// the union's honour rounds.
    pub enum HonourTitle: "honour_titles", "Danh hiệu, giải thưởng", "Honour titles and prizes" {
        /// Ho Chi Minh Prize.
        HoChiMinhPrize = ("ho_chi_minh_prize", "Giải thưởng Hồ Chí Minh", "Ho Chi Minh Prize"),
        /// State Prize for science and technology.
        StatePrizeScience = ("state_prize_science", "Giải thưởng Nhà nước về khoa học và công nghệ", "State Prize for Science and Technology"),
        /// State Prize for literature and art.
        StatePrizeLiteratureArts = ("state_prize_literature_arts", "Giải thưởng Nhà nước về văn học nghệ thuật", "State Prize for Literature and Art"),
        /// Labour Hero.
        LabourHero = ("labour_hero", "Anh hùng Lao động", "Labour Hero"),
        /// People's Teacher.
        PeoplesTeacher = ("peoples_teacher", "Nhà giáo Nhân dân", "People's Teacher"),
        /// People's Physician.
        PeoplesPhysician = ("peoples_physician", "Thầy thuốc Nhân dân", "People's Physician"),
        /// People's Artist.
        PeoplesArtist = ("peoples_artist", "Nghệ sĩ Nhân dân", "People's Artist"),
        /// People's Artisan.
        PeoplesArtisan = ("peoples_artisan", "Nghệ nhân Nhân dân", "People's Artisan"),
        /// Professor.
        Professor = ("professor", "Giáo sư", "Professor"),
        /// Associate Professor.
        AssociateProfessor = ("associate_professor", "Phó Giáo sư", "Associate Professor"),
        /// Labour Order, first class.
        LabourOrderFirstClass = ("labour_order_first_class", "Huân chương Lao động hạng Nhất", "Labour Order, First Class"),
        /// Labour Order, second class.
        LabourOrderSecondClass = ("labour_order_second_class", "Huân chương Lao động hạng Nhì", "Labour Order, Second Class"),
        /// Labour Order, third class.
        LabourOrderThirdClass = ("labour_order_third_class", "Huân chương Lao động hạng Ba", "Labour Order, Third Class"),
        /// National Emulation Fighter.
        NationalEmulationFighter = ("national_emulation_fighter", "Chiến sĩ thi đua toàn quốc", "National Emulation Fighter"),
        /// Labour Creativity Certificate.
        LabourCreativityCertificate = ("labour_creativity_certificate", "Bằng Lao động sáng tạo", "Labour Creativity Certificate"),
        /// Doctorate (học vị tiến sĩ).
        Doctorate = ("doctorate", "Học vị Tiến sĩ", "Doctorate"),
        /// Meritorious Teacher.
        MeritoriousTeacher = ("meritorious_teacher", "Nhà giáo Ưu tú", "Meritorious Teacher"),
        /// Meritorious Physician.
        MeritoriousPhysician = ("meritorious_physician", "Thầy thuốc Ưu tú", "Meritorious Physician"),
        /// Specialist doctor, level 2.
        SpecialistDoctorLevel2 = ("specialist_doctor_level_2", "Bác sĩ chuyên khoa 2", "Specialist Doctor, Level 2"),
        /// Meritorious Artist.
        MeritoriousArtist = ("meritorious_artist", "Nghệ sĩ Ưu tú", "Meritorious Artist"),
        /// Meritorious Artisan.
        MeritoriousArtisan = ("meritorious_artisan", "Nghệ nhân Ưu tú", "Meritorious Artisan"),
        /// Outstanding teacher of the nation.
        OutstandingNationalTeacher = ("outstanding_national_teacher", "Nhà giáo tiêu biểu toàn quốc", "Outstanding National Teacher"),
        /// Outstanding young physician.
        OutstandingYoungPhysician = ("outstanding_young_physician", "Thầy thuốc trẻ tiêu biểu", "Outstanding Young Physician"),
        /// Another national or international prize, or another field.
        OtherPrize = ("other_prize", "Giải thưởng cấp quốc gia, quốc tế, lĩnh vực khác", "Other national or international prize"),
    }
}

code_list! {
    /// How a national association ranks a member association of the union within its sector.
    pub enum NationalRanking: "national_rankings", "Thứ hạng trong hội ngành toàn quốc", "Rankings in the national sector" {
        /// Among the leading ones of the country (thuộc tốp đầu).
        Leading = ("leading", "Thuộc tốp đầu toàn quốc", "Among the leading"),
        /// Good (khá).
        Good = ("good", "Khá", "Good"),
        /// Average (trung bình).
        Average = ("average", "Trung bình", "Average"),
        /// Below average.
        BelowAverage = ("below_average", "Dưới trung bình", "Below average"),
    }
}

code_list! {
    /// What a publication is.
    pub enum PublicationKind: "publication_kinds", "Loại ấn phẩm", "Publication kinds" {
        /// A newsletter (bản tin), issue by issue.
        Newsletter = ("newsletter", "Bản tin", "Newsletter"),
        /// An online forum (diễn đàn điện tử): its posts are its articles.
        OnlineForum = ("online_forum", "Diễn đàn điện tử", "Online forum"),
        /// A journal (tạp chí).
        Journal = ("journal", "Tạp chí", "Journal"),
        /// A website or information portal (trang thông tin điện tử).
        Website = ("website", "Trang thông tin điện tử", "Website"),
        /// A thematic publication or book (ấn phẩm chuyên đề, sách).
        Thematic = ("thematic", "Ấn phẩm chuyên đề", "Thematic publication"),
        /// Another kind.
        Other = ("other", "Khác", "Other"),
    }
}

code_list! {
    /// What a unit of the union itself is.
    pub enum UnionUnitKind: "union_unit_kinds", "Loại đơn vị trực thuộc", "Kinds of the union's own units" {
        /// A department of the office (ban chuyên môn, văn phòng).
        Department = ("department", "Ban chuyên môn, văn phòng", "Department"),
        /// A centre (trung tâm).
        Centre = ("centre", "Trung tâm", "Centre"),
        /// A council (hội đồng).
        Council = ("council", "Hội đồng", "Council"),
        /// Another kind.
        Other = ("other", "Khác", "Other"),
    }
}

code_list! {
    /// How an organisation belongs to the union.
    pub enum AssociationKind: "association_kinds", "Loại hội", "Association kinds" {
        /// A member association (hội thành viên).
        MemberAssociation = ("member_association", "Hội thành viên", "Member association"),
        /// A collective member (hội viên tập thể), such as an institute or company.
        CollectiveMember = ("collective_member", "Hội viên tập thể", "Collective member"),
    }
}

code_list! {
    /// Whether an association is active.
    pub enum AssociationStatus: "association_statuses", "Tình trạng hoạt động", "Association statuses" {
        /// Active (đang hoạt động).
        Active = ("active", "Đang hoạt động", "Active"),
        /// Suspended (tạm ngừng hoạt động); can be reactivated.
        Suspended = ("suspended", "Tạm ngừng hoạt động", "Suspended"),
        /// Dissolved (giải thể); final.
        Dissolved = ("dissolved", "Giải thể", "Dissolved"),
    }
}

code_list! {
    /// Whether a branch of an association is active.
    pub enum BranchStatus: "branch_statuses", "Tình trạng chi hội", "Branch statuses" {
        /// Active.
        Active = ("active", "Đang hoạt động", "Active"),
        /// Not active for now.
        Inactive = ("inactive", "Tạm ngừng hoạt động", "Inactive"),
        /// Dissolved.
        Dissolved = ("dissolved", "Giải thể", "Dissolved"),
    }
}

code_list! {
    /// The level of an award category.
    pub enum AwardLevel: "award_levels", "Cấp khen thưởng", "Award levels" {
        /// Provincial.
        Provincial = ("provincial", "Cấp tỉnh", "Provincial"),
        /// National.
        National = ("national", "Cấp quốc gia", "National"),
        /// International.
        International = ("international", "Quốc tế", "International"),
    }
}

code_list! {
    /// What kind of distinction an award category is.
    pub enum AwardKind: "award_kinds", "Loại danh hiệu", "Award kinds" {
        /// An honorary title (Labour Hero, People's Teacher, …).
        Title = ("title", "Danh hiệu", "Title"),
        /// An order (Labour Order, …).
        Order = ("order", "Huân chương", "Order"),
        /// An academic title or degree.
        Academic = ("academic", "Học hàm, học vị", "Academic title or degree"),
        /// A prize.
        Prize = ("prize", "Giải thưởng", "Prize"),
        /// A certificate.
        Certificate = ("certificate", "Bằng, chứng nhận", "Certificate"),
    }
}

code_list! {
    /// Where an honour round is in its life: planned → nominations_open → under_review → published.
    pub enum HonourRoundStatus: "honour_round_statuses", "Trạng thái đợt tôn vinh", "Honour round statuses" {
        /// Announced; no proposals yet.
        Planned = ("planned", "Dự kiến", "Planned"),
        /// Associations may propose honourees.
        NominationsOpen = ("nominations_open", "Đang nhận đề xuất", "Nominations open"),
        /// The union reviews and decides the proposals.
        UnderReview = ("under_review", "Đang xét duyệt", "Under review"),
        /// The approved honourees are public. Final.
        Published = ("published", "Đã công bố", "Published"),
    }
}

code_list! {
    /// The union's decision on a proposed honouree.
    pub enum HonoureeDecision: "honouree_decisions", "Quyết định tôn vinh", "Honouree decisions" {
        /// Not decided yet.
        Pending = ("pending", "Chờ xét", "Pending"),
        /// Approved: honoured when the round is published.
        Approved = ("approved", "Được tôn vinh", "Approved"),
        /// Rejected, with a reason.
        Rejected = ("rejected", "Không được tôn vinh", "Rejected"),
    }
}

code_list! {
    /// National honour programmes the union nominates people to.
    pub enum NominationProgramme: "nomination_programmes", "Chương trình vinh danh toàn quốc", "National honour programmes" {
        /// Intellectuals for agriculture and rural development.
        AgricultureIntellectual = ("agriculture_intellectual", "Trí thức vì sự nghiệp nông nghiệp phát triển nông thôn Việt Nam", "Intellectuals for Vietnam's agriculture and rural development"),
        /// Outstanding amateur inventor.
        AmateurInventor = ("amateur_inventor", "Nhà sáng chế không chuyên tiêu biểu", "Outstanding amateur inventor"),
        /// "Scientist of the farmers".
        FarmersScientist = ("farmers_scientist", "Nhà khoa học của nhà nông", "Scientist of the farmers"),
        /// The Golden Book of Vietnamese Creativity.
        GoldenBookCreativity = ("golden_book_creativity", "Sách vàng Sáng tạo Việt Nam", "Golden Book of Vietnamese Creativity"),
        /// Outstanding intellectual honoured by VUSTA.
        OutstandingIntellectual = ("outstanding_intellectual", "Trí thức tiêu biểu", "Outstanding intellectual"),
        /// Another programme (named in `programme_name`).
        Other = ("other", "Chương trình khác", "Other programme"),
    }
}

code_list! {
    /// Where a national nomination stands: drafted → submitted → honoured | not_selected.
    pub enum NominationStatus: "nomination_statuses", "Trạng thái đề cử", "Nomination statuses" {
        /// Being prepared.
        Drafted = ("drafted", "Đang chuẩn bị", "Drafted"),
        /// Sent to the programme.
        Submitted = ("submitted", "Đã gửi đề cử", "Submitted"),
        /// Honoured by the programme. Final.
        Honoured = ("honoured", "Được vinh danh", "Honoured"),
        /// Not selected. Final.
        NotSelected = ("not_selected", "Không được chọn", "Not selected"),
    }
}

code_list! {
    /// Who received a commendation.
    pub enum RecipientKind: "commendation_recipient_kinds", "Đối tượng khen thưởng", "Commendation recipients" {
        /// The union itself.
        Union = ("union", "Liên hiệp hội", "The union"),
        /// A member association.
        Association = ("association", "Hội thành viên", "A member association"),
        /// A person.
        Person = ("person", "Cá nhân", "A person"),
    }
}

code_list! {
    /// The form of a commendation.
    pub enum CommendationType: "commendation_types", "Hình thức khen thưởng", "Commendation types" {
        /// Certificate of merit (bằng khen).
        CertificateOfMerit = ("certificate_of_merit", "Bằng khen", "Certificate of merit"),
        /// Emulation flag (cờ thi đua).
        EmulationFlag = ("emulation_flag", "Cờ thi đua", "Emulation flag"),
        /// Labour Order, with its class.
        LabourOrder = ("labour_order", "Huân chương Lao động", "Labour Order"),
        /// Emulation fighter title.
        EmulationFighter = ("emulation_fighter", "Chiến sĩ thi đua", "Emulation fighter"),
        /// Another form.
        Other = ("other", "Hình thức khác", "Other"),
    }
}

code_list! {
    /// The class of an order.
    pub enum OrderClass: "order_classes", "Hạng huân chương", "Order classes" {
        /// First class.
        First = ("first", "Hạng Nhất", "First class"),
        /// Second class.
        Second = ("second", "Hạng Nhì", "Second class"),
        /// Third class.
        Third = ("third", "Hạng Ba", "Third class"),
    }
}

code_list! {
    /// Who issued a commendation.
    pub enum CommendationIssuer: "commendation_issuers", "Cấp khen thưởng", "Commendation issuers" {
        /// The State President.
        StatePresident = ("state_president", "Chủ tịch nước", "State President"),
        /// The Prime Minister.
        PrimeMinister = ("prime_minister", "Thủ tướng Chính phủ", "Prime Minister"),
        /// The Vietnam Union of Science and Technology Associations.
        Vusta = ("vusta", "Liên hiệp các hội KH&KT Việt Nam", "Vietnam Union of Science and Technology Associations"),
        /// A national professional association.
        NationalAssociation = ("national_association", "Hội ngành toàn quốc", "National professional association"),
        /// The Provincial People's Committee.
        ProvincialPeoplesCommittee = ("provincial_peoples_committee", "UBND tỉnh", "Provincial People's Committee"),
        /// The provincial union itself.
        ProvincialUnion = ("provincial_union", "Liên hiệp hội tỉnh", "The provincial union"),
        /// Another issuer (named in `issuer_name`).
        Other = ("other", "Cơ quan khác", "Other issuer"),
    }
}

code_list! {
    /// What kind of activity.
    pub enum ActivityKind: "activity_kinds", "Loại hoạt động", "Activity kinds" {
        /// Scientific workshop (hội thảo khoa học).
        Workshop = ("workshop", "Hội thảo khoa học", "Scientific workshop"),
        /// Research project (đề tài nghiên cứu).
        ResearchProject = ("research_project", "Đề tài nghiên cứu", "Research project"),
        /// Technology-transfer model (mô hình chuyển giao).
        TransferModel = ("transfer_model", "Mô hình chuyển giao công nghệ", "Technology-transfer model"),
        /// Taking part in an S&T or innovation council (hội đồng KHCN, hội đồng sáng kiến).
        CouncilParticipation = ("council_participation", "Tham gia hội đồng KHCN", "Council participation"),
        /// Publication: newsletter, online forum, book.
        Publication = ("publication", "Ấn phẩm, bản tin", "Publication"),
        /// Social activity: scholarships, gifts.
        SocialActivity = ("social_activity", "Hoạt động xã hội", "Social activity"),
        /// Training, knowledge dissemination.
        Training = ("training", "Tập huấn, phổ biến kiến thức", "Training"),
        /// Anything else.
        Other = ("other", "Hoạt động khác", "Other"),
    }
}

code_list! {
    /// Who organised an activity.
    pub enum OrganiserKind: "activity_organisers", "Đơn vị tổ chức", "Activity organisers" {
        /// The union.
        Union = ("union", "Liên hiệp hội", "The union"),
        /// A member association (named in `association_id`).
        Association = ("association", "Hội thành viên", "A member association"),
        /// A partner (named in `partner_name`).
        Partner = ("partner", "Đối tác", "A partner"),
    }
}

code_list! {
    /// The union's part in an activity.
    pub enum UnionRole: "union_roles", "Vai trò của Liên hiệp hội", "The union's roles" {
        /// Led it.
        Led = ("led", "Chủ trì", "Led"),
        /// Co-organised it.
        CoOrganised = ("co_organised", "Phối hợp tổ chức", "Co-organised"),
        /// Took part.
        TookPart = ("took_part", "Tham gia", "Took part"),
    }
}

code_list! {
    /// Who may read a record.
    pub enum Visibility: "visibilities", "Phạm vi công khai", "Visibility" {
        /// Anyone.
        Public = ("public", "Công khai", "Public"),
        /// The union's staff (and the association's managers).
        Internal = ("internal", "Nội bộ", "Internal"),
    }
}

code_list! {
    /// The union's seat in a council.
    pub enum CouncilRole: "council_roles", "Vai trò trong hội đồng", "Council roles" {
        /// Chair.
        Chair = ("chair", "Chủ tịch hội đồng", "Chair"),
        /// Reviewer (phản biện).
        Reviewer = ("reviewer", "Phản biện", "Reviewer"),
        /// Member.
        Member = ("member", "Ủy viên", "Member"),
    }
}

code_list! {
    /// The level of a research project.
    pub enum ResearchLevel: "research_levels", "Cấp đề tài", "Research levels" {
        /// National.
        National = ("national", "Cấp quốc gia", "National"),
        /// Ministerial (cấp bộ, ngành trung ương).
        Ministerial = ("ministerial", "Cấp bộ", "Ministerial"),
        /// Provincial.
        Provincial = ("provincial", "Cấp tỉnh", "Provincial"),
        /// Grassroots (cấp cơ sở).
        Grassroots = ("grassroots", "Cấp cơ sở", "Grassroots"),
    }
}

code_list! {
    /// Where a research project stands.
    pub enum ResearchStatus: "research_statuses", "Tình trạng đề tài", "Research statuses" {
        /// Proposed.
        Proposed = ("proposed", "Đề xuất", "Proposed"),
        /// In progress.
        InProgress = ("in_progress", "Đang thực hiện", "In progress"),
        /// Completed (nghiệm thu).
        Completed = ("completed", "Đã nghiệm thu", "Completed"),
        /// Cancelled.
        Cancelled = ("cancelled", "Dừng thực hiện", "Cancelled"),
    }
}

code_list! {
    /// What an advisory case asks for.
    pub enum AdvisoryKind: "advisory_kinds", "Loại tư vấn, phản biện", "Advisory kinds" {
        /// Consultation (tư vấn).
        Consultation = ("consultation", "Tư vấn", "Consultation"),
        /// Critique (phản biện).
        Critique = ("critique", "Phản biện", "Critique"),
        /// Social assessment (giám định xã hội).
        SocialAssessment = ("social_assessment", "Giám định xã hội", "Social assessment"),
        /// Comments on a draft law.
        DraftLawComment = ("draft_law_comment", "Góp ý dự thảo luật", "Draft-law comment"),
    }
}

code_list! {
    /// Who requested an advisory opinion.
    pub enum Requester: "advisory_requesters", "Cơ quan đề nghị", "Advisory requesters" {
        /// The Provincial Party Committee's Standing Board.
        PartyCommitteeStandingBoard = ("party_committee_standing_board", "Ban Thường vụ Tỉnh ủy", "Provincial Party Committee Standing Board"),
        /// The Provincial People's Committee.
        PeoplesCommittee = ("peoples_committee", "UBND tỉnh", "Provincial People's Committee"),
        /// The Provincial People's Council.
        PeoplesCouncil = ("peoples_council", "HĐND tỉnh", "Provincial People's Council"),
        /// The Fatherland Front Committee.
        FatherlandFront = ("fatherland_front", "Ủy ban MTTQ tỉnh", "Fatherland Front Committee"),
        /// The province's National Assembly delegation.
        NationalAssemblyDelegation = ("national_assembly_delegation", "Đoàn đại biểu Quốc hội tỉnh", "National Assembly delegation"),
        /// A department (named in `requester_name`).
        Department = ("department", "Sở, ban, ngành", "A department"),
        /// An enterprise (named in `requester_name`).
        Enterprise = ("enterprise", "Doanh nghiệp", "An enterprise"),
        /// Another requester (named in `requester_name`).
        Other = ("other", "Cơ quan khác", "Other"),
    }
}

code_list! {
    /// Where an advisory case stands: received → accepted | declined → in_progress →
    /// opinion_submitted → outcome_recorded → closed.
    pub enum AdvisoryStatus: "advisory_statuses", "Trạng thái vụ việc tư vấn", "Advisory case statuses" {
        /// Received, not yet accepted.
        Received = ("received", "Đã tiếp nhận", "Received"),
        /// Accepted; work not started.
        Accepted = ("accepted", "Đã nhận thực hiện", "Accepted"),
        /// Declined, with a reason.
        Declined = ("declined", "Từ chối", "Declined"),
        /// Being worked on.
        InProgress = ("in_progress", "Đang thực hiện", "In progress"),
        /// The opinion was sent to the requester.
        OpinionSubmitted = ("opinion_submitted", "Đã gửi ý kiến", "Opinion submitted"),
        /// What became of the opinion is recorded.
        OutcomeRecorded = ("outcome_recorded", "Đã ghi nhận kết quả", "Outcome recorded"),
        /// Closed. Final.
        Closed = ("closed", "Đã kết thúc", "Closed"),
    }
}

code_list! {
    /// What became of an advisory opinion.
    pub enum AdvisoryOutcome: "advisory_outcomes", "Kết quả tiếp thu", "Advisory outcomes" {
        /// Adopted.
        Adopted = ("adopted", "Được tiếp thu", "Adopted"),
        /// Partly adopted.
        PartiallyAdopted = ("partially_adopted", "Tiếp thu một phần", "Partially adopted"),
        /// Not adopted.
        NotAdopted = ("not_adopted", "Không được tiếp thu", "Not adopted"),
        /// Not known.
        Unknown = ("unknown", "Chưa rõ", "Unknown"),
    }
}

code_list! {
    /// The role of a person on an advisory case.
    pub enum ExpertRole: "advisory_expert_roles", "Vai trò trong vụ việc tư vấn", "Advisory expert roles" {
        /// Chairs the case's work (at most one per case).
        Chair = ("chair", "Chủ trì", "Chair"),
        /// Reviews and writes the opinion.
        Reviewer = ("reviewer", "Chuyên gia phản biện", "Reviewer"),
        /// Keeps the case's records.
        Secretary = ("secretary", "Thư ký", "Secretary"),
        /// Contributes without an account (a member listed on the case).
        Contributor = ("contributor", "Người tham gia", "Contributor"),
    }
}

code_list! {
    /// What a contest is.
    pub enum ContestKind: "contest_kinds", "Loại cuộc thi", "Contest kinds" {
        /// The technical innovation contest (Hội thi Sáng tạo kỹ thuật).
        TechnicalInnovation = ("technical_innovation", "Hội thi Sáng tạo kỹ thuật", "Technical innovation contest"),
        /// The youth and children's creativity contest (pupils, with a supervising teacher).
        YouthCreativity = ("youth_creativity", "Cuộc thi Sáng tạo thanh thiếu niên nhi đồng", "Youth and children's creativity contest"),
        /// Another contest.
        Other = ("other", "Cuộc thi khác", "Other contest"),
    }
}

code_list! {
    /// Where a contest edition stands: draft → open → judging → results_published → closed.
    pub enum EditionStatus: "edition_statuses", "Trạng thái kỳ thi", "Contest edition statuses" {
        /// Being prepared; criteria may change.
        Draft = ("draft", "Đang chuẩn bị", "Draft"),
        /// Taking entries.
        Open = ("open", "Đang nhận bài dự thi", "Open for entries"),
        /// Judges score the eligible entries.
        Judging = ("judging", "Đang chấm", "Judging"),
        /// Ranks and prizes are public.
        ResultsPublished = ("results_published", "Đã công bố kết quả", "Results published"),
        /// Over. Final.
        Closed = ("closed", "Đã kết thúc", "Closed"),
    }
}

code_list! {
    /// Where a contest entry stands.
    pub enum EntryStatus: "entry_statuses", "Trạng thái bài dự thi", "Contest entry statuses" {
        /// Submitted; eligibility not decided.
        Submitted = ("submitted", "Đã nộp", "Submitted"),
        /// Eligible: judged and ranked.
        Eligible = ("eligible", "Hợp lệ", "Eligible"),
        /// Ineligible, with a reason.
        Ineligible = ("ineligible", "Không hợp lệ", "Ineligible"),
        /// Withdrawn by its association.
        Withdrawn = ("withdrawn", "Đã rút", "Withdrawn"),
    }
}

code_list! {
    /// The part a person has in a contest entry.
    pub enum AuthorRole: "entry_author_roles", "Vai trò tác giả", "Entry author roles" {
        /// An author (technical innovation contest).
        Author = ("author", "Tác giả", "Author"),
        /// A pupil (youth creativity contest), with school and grade.
        Pupil = ("pupil", "Học sinh", "Pupil"),
        /// The supervising teacher of pupils.
        Supervisor = ("supervisor", "Giáo viên hướng dẫn", "Supervising teacher"),
    }
}

code_list! {
    /// A prize of a contest, provincial or national.
    pub enum Prize: "contest_prizes", "Giải thưởng cuộc thi", "Contest prizes" {
        /// First prize.
        First = ("first", "Giải Nhất", "First prize"),
        /// Second prize.
        Second = ("second", "Giải Nhì", "Second prize"),
        /// Third prize.
        Third = ("third", "Giải Ba", "Third prize"),
        /// Consolation prize.
        Consolation = ("consolation", "Giải Khuyến khích", "Consolation prize"),
    }
}

code_list! {
    /// An award an entry won abroad, at an international contest or exhibition.
    pub enum InternationalAward: "international_awards", "Giải thưởng quốc tế", "International awards" {
        /// Gold medal.
        GoldMedal = ("gold_medal", "Huy chương Vàng", "Gold medal"),
        /// Silver medal.
        SilverMedal = ("silver_medal", "Huy chương Bạc", "Silver medal"),
        /// Bronze medal.
        BronzeMedal = ("bronze_medal", "Huy chương Đồng", "Bronze medal"),
        /// A special prize (giải đặc biệt), often given by a delegation or sponsor.
        SpecialPrize = ("special_prize", "Giải đặc biệt", "Special prize"),
        /// Another award or certificate.
        Other = ("other", "Giải thưởng khác", "Other award"),
    }
}

code_list! {
    /// How the published results name pupils under 18.
    pub enum MinorNames: "minor_name_display", "Cách hiển thị tên học sinh dưới 18 tuổi", "Names of minors in public" {
        /// The full name.
        FullName = ("full_name", "Họ và tên đầy đủ", "Full name"),
        /// Initials only (e.g. "N. V. A.").
        Initials = ("initials", "Chữ cái đầu", "Initials"),
    }
}

/// Other spellings of code-list values that people write (see
/// `data/reference/aliases.SOURCE.md`): `list,code,alias;alias`.
const ALIASES_CSV: &str = include_str!("../../data/reference/aliases.csv");

/// The other spellings of value `code` of list `list`, as `data/reference/aliases.csv` gives
/// them.
pub fn aliases(list: &str, code: &str) -> Vec<&'static str> {
    ALIASES_CSV
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut parts = line.splitn(3, ',');
            let (l, c, names) = (parts.next()?, parts.next()?, parts.next()?);
            (l == list && c == code).then_some(names)
        })
        .flat_map(|names| names.split(';').map(str::trim).filter(|n| !n.is_empty()))
        .collect()
}

/// The lookup of one list: each spelling's [`crate::domain::vn::match_key`] to its code.
type Spellings = std::collections::HashMap<String, &'static str>;

/// The spellings of list `T`: codes, Vietnamese and English labels and aliases, built once
/// per list (a roster of 30,000 rows looks up a few cells in each).
fn spellings<T: CodeList>() -> std::sync::Arc<Spellings> {
    static LISTS: std::sync::RwLock<Option<std::collections::HashMap<&'static str, std::sync::Arc<Spellings>>>> =
        std::sync::RwLock::new(None);
    if let Some(found) = LISTS.read().unwrap_or_else(|e| e.into_inner()).as_ref().and_then(|m| m.get(T::LIST)) {
        return found.clone();
    }
    let mut map = Spellings::new();
    for v in T::all() {
        let names = [v.code(), v.label_vi(), v.label_en()].into_iter().chain(aliases(T::LIST, v.code()));
        for name in names {
            map.entry(crate::domain::vn::match_key(name)).or_insert(v.code());
        }
    }
    let map = std::sync::Arc::new(map);
    LISTS.write().unwrap_or_else(|e| e.into_inner()).get_or_insert_with(Default::default).insert(T::LIST, map.clone());
    map
}

/// The code of the value of list `T` that `text` names: its code, its Vietnamese or English
/// label or another spelling of it (`data/reference/aliases.csv`), compared by
/// [`crate::domain::vn::match_key`] (case, diacritics, spaces and punctuation do not count).
pub fn code_from_label<T: CodeList>(text: &str) -> Option<&'static str> {
    let key = crate::domain::vn::match_key(text);
    if key.is_empty() {
        return None;
    }
    spellings::<T>().get(&key).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check<T: CodeList + std::fmt::Debug + serde::Serialize>() {
        let all = T::all();
        assert!(!all.is_empty());
        let mut codes: Vec<&str> = all.iter().map(|v| v.code()).collect();
        for v in all {
            assert_eq!(serde_json::to_value(v).expect("serialises"), serde_json::json!(v.code()));
            assert_eq!(T::from_code(v.code()).map(|x| x.code()), Some(v.code()));
            assert!(!v.label_vi().is_empty() && !v.label_en().is_empty());
            assert!(v.code().chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'), "{v:?}");
        }
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), all.len(), "codes of {} are unique", T::LIST);
        assert!(T::from_code("no_such_code").is_none());
    }

    #[test]
    fn every_code_list_has_unique_snake_case_codes_and_labels() {
        check::<EducationLevel>();
        check::<AcademicTitle>();
        check::<HonourTitle>();
        check::<AssociationKind>();
        check::<AssociationStatus>();
        check::<BranchStatus>();
        check::<Gender>();
        check::<MembershipStatus>();
        check::<AwardLevel>();
        check::<AwardKind>();
        check::<HonourRoundStatus>();
        check::<HonoureeDecision>();
        check::<NominationProgramme>();
        check::<NominationStatus>();
        check::<RecipientKind>();
        check::<CommendationType>();
        check::<OrderClass>();
        check::<CommendationIssuer>();
        check::<ActivityKind>();
        check::<OrganiserKind>();
        check::<UnionRole>();
        check::<Visibility>();
        check::<CouncilRole>();
        check::<ResearchLevel>();
        check::<ResearchStatus>();
        check::<AdvisoryKind>();
        check::<Requester>();
        check::<AdvisoryStatus>();
        check::<AdvisoryOutcome>();
        check::<ExpertRole>();
        check::<ContestKind>();
        check::<EditionStatus>();
        check::<EntryStatus>();
        check::<AuthorRole>();
        check::<Prize>();
        check::<MinorNames>();
    }

    /// Each value is written and read back as its code, and a code the list does not know
    /// fails the read (the rows' CHECK constraints keep such codes out of the tables).
    #[test]
    fn code_lists_are_stored_as_their_codes() {
        use diesel::prelude::*;
        use diesel::sql_types::Text;
        let mut conn = diesel::sqlite::SqliteConnection::establish(":memory:").expect("in-memory SQLite");
        macro_rules! round_trip {
            ($($t:ty),+) => {$(
                for v in <$t>::all() {
                    let code: String = diesel::select(v.into_sql::<Text>()).get_result(&mut conn).expect("written");
                    assert_eq!(code, v.code());
                    let back: $t = diesel::select(code.into_sql::<Text>()).get_result(&mut conn).expect("read");
                    assert_eq!(back, *v);
                }
                let unknown = diesel::select("no_such_code".into_sql::<Text>()).get_result::<$t>(&mut conn);
                assert!(unknown.is_err(), "{} read an unknown code", <$t>::LIST);
            )+};
        }
        round_trip!(Gender, MembershipStatus, EducationLevel, EditionStatus, Prize, Role);
    }
}

code_list! {
    /// A role a user or API client holds. A user may hold several; `association_manager` applies
    /// to the associations listed on the user.
    pub enum Role: "roles", "Vai trò", "Roles" {
        /// Everything, users and API clients included.
        Admin = ("admin", "Quản trị hệ thống", "Administrator"),
        /// Runs the union's work: associations, members, awards, contests, advisory cases, activities.
        Staff = ("staff", "Cán bộ Liên hiệp hội", "Union staff"),
        /// Manages its own associations: profile, branches, roster, contest entries, proposals.
        AssociationManager = ("association_manager", "Quản lý hội thành viên", "Association manager"),
        /// Scores the contest entries assigned to it.
        Judge = ("judge", "Giám khảo", "Judge"),
        /// Works on the advisory cases assigned to it.
        Expert = ("expert", "Chuyên gia", "Expert"),
        /// Reads statistics only (provincial systems).
        StatisticsReader = ("statistics_reader", "Khai thác thống kê", "Statistics reader"),
    }
}
