//! The columns a roster may have, with the Vietnamese headers an association would write.

use crate::domain::codes::{AcademicTitle, EducationLevel, Gender, MembershipStatus};
use crate::domain::import;
use crate::domain::vn;

/// A column of a roster file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// The association's own key for the member (required).
    ExternalId,
    /// Full name (required for a new member).
    FullName,
    /// Gender.
    Gender,
    /// Birth date.
    BirthDate,
    /// Birth year.
    BirthYear,
    /// Ethnic group.
    Ethnicity,
    /// Education level.
    EducationLevel,
    /// Academic title.
    AcademicTitle,
    /// Honour titles.
    HonourTitles,
    /// Field of expertise.
    FieldOfExpertise,
    /// Workplace.
    Workplace,
    /// Position.
    Position,
    /// Phone.
    Phone,
    /// Email.
    Email,
    /// National ID (write-only).
    NationalId,
    /// Member number.
    MemberNumber,
    /// Branch, by name.
    Branch,
    /// Joined.
    JoinedOn,
    /// Left.
    LeftOn,
    /// Status.
    Status,
}

impl Column {
    /// Every column, in the order exports and the template write them.
    pub const ALL: [Column; 20] = [
        Column::ExternalId,
        Column::FullName,
        Column::Gender,
        Column::BirthDate,
        Column::BirthYear,
        Column::Ethnicity,
        Column::EducationLevel,
        Column::AcademicTitle,
        Column::HonourTitles,
        Column::FieldOfExpertise,
        Column::Workplace,
        Column::Position,
        Column::Phone,
        Column::Email,
        Column::NationalId,
        Column::MemberNumber,
        Column::Branch,
        Column::JoinedOn,
        Column::LeftOn,
        Column::Status,
    ];

    /// The column's key (JSON field and English CSV header), its Vietnamese header, and other
    /// headers accepted for it.
    pub fn names(self) -> (&'static str, &'static str, &'static [&'static str]) {
        match self {
            Column::ExternalId => ("external_id", "Mã hội viên", &["Mã HV", "Mã", "Mã số"]),
            Column::FullName => ("full_name", "Họ và tên", &["Họ tên", "Tên", "name"]),
            Column::Gender => ("gender", "Giới tính", &["Giới", "sex"]),
            Column::BirthDate => ("birth_date", "Ngày sinh", &["Ngày tháng năm sinh", "date_of_birth"]),
            Column::BirthYear => ("birth_year", "Năm sinh", &[]),
            Column::Ethnicity => ("ethnicity", "Dân tộc", &[]),
            Column::EducationLevel => ("education_level", "Trình độ", &["Trình độ chuyên môn", "Học vị", "education"]),
            Column::AcademicTitle => ("academic_title", "Học hàm", &[]),
            Column::HonourTitles => ("honour_titles", "Danh hiệu", &["Danh hiệu, giải thưởng", "Giải thưởng"]),
            Column::FieldOfExpertise => ("field_of_expertise", "Chuyên ngành", &["Lĩnh vực", "Lĩnh vực chuyên môn"]),
            Column::Workplace => ("workplace", "Nơi công tác", &["Cơ quan", "Đơn vị công tác", "Đơn vị"]),
            Column::Position => ("position", "Chức vụ", &[]),
            Column::Phone => ("phone", "Điện thoại", &["Số điện thoại", "SĐT", "ĐT"]),
            Column::Email => ("email", "Email", &["Thư điện tử", "E-mail"]),
            Column::NationalId => {
                ("national_id", "Số CCCD", &["CCCD", "CMND", "Số CMND", "Số định danh", "Số CMND/CCCD"])
            }
            Column::MemberNumber => ("member_number", "Số thẻ hội viên", &["Số thẻ", "Số hội viên"]),
            Column::Branch => ("branch", "Chi hội", &["Chi hội trực thuộc"]),
            Column::JoinedOn => ("joined_on", "Ngày vào hội", &["Ngày gia nhập", "Ngày kết nạp"]),
            Column::LeftOn => ("left_on", "Ngày rời hội", &["Ngày thôi sinh hoạt", "Ngày ra hội"]),
            Column::Status => ("status", "Trạng thái", &["Tình trạng"]),
        }
    }

    /// The column's key.
    pub fn key(self) -> &'static str {
        self.names().0
    }

    /// The column's Vietnamese header.
    pub fn header_vi(self) -> &'static str {
        self.names().1
    }

    /// The column as the import machinery declares columns (for the columns endpoint and the
    /// template; the roster reads its cells itself, in `usecases::roster_sync`).
    pub fn import_column(self) -> import::Column {
        let (key, header, aliases) = self.names();
        let cell = match self {
            Column::Gender => import::Cell::code::<Gender>(),
            Column::BirthDate | Column::JoinedOn | Column::LeftOn => import::Cell::Date,
            Column::BirthYear => import::Cell::Integer,
            Column::Ethnicity => {
                import::Cell::Code { list: "ethnic_groups", lookup: crate::domain::reference::ethnic_group_code_of }
            }
            Column::EducationLevel => import::Cell::code::<EducationLevel>(),
            Column::AcademicTitle => import::Cell::code::<AcademicTitle>(),
            Column::HonourTitles => import::Cell::List,
            Column::Status => import::Cell::code::<MembershipStatus>(),
            _ => import::Cell::Text,
        };
        import::Column { key, header, aliases, cell }
    }

    /// The column a header names: its key, its Vietnamese header or an accepted alternative,
    /// ignoring case, diacritics, spaces and underscores.
    pub fn from_header(header: &str) -> Option<Column> {
        let wanted = header_key(header);
        Column::ALL.into_iter().find(|c| {
            let (key, vi, others) = c.names();
            header_key(key) == wanted || header_key(vi) == wanted || others.iter().any(|o| header_key(o) == wanted)
        })
    }
}

fn header_key(text: &str) -> String {
    vn::fold(&text.replace(['_', '-'], " ").replace('*', "")).replace(' ', "")
}
