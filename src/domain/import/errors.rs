//! What is wrong with a row, said in the caller's language.

use serde::Serialize;
use utoipa::ToSchema;

/// One thing wrong with a row (or with the header, row 1 of a CSV file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize, ToSchema)]
pub struct RowError {
    /// The row: in a CSV or XLSX file the sheet row (the header is row 1, the first member
    /// row 2); in a JSON array the record's position, from 1; 0 for the file as a whole.
    pub row: usize,
    /// The column as the file names it, when the error is about one.
    pub column: Option<String>,
    /// Machine-readable reason: `required`, `unknown_column`, `duplicate`, `date`, `number`,
    /// `code`, `length`, `range`, `format`, `email`, `phone`, `future`, `mismatch`, …
    pub code: String,
    /// Human-readable explanation, in Vietnamese when the request asked for it
    /// (`Accept-Language: vi`).
    pub message: String,
    /// The cell as the file writes it, when the error is about one (never a national ID).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The language of row-error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// Vietnamese.
    Vi,
}

impl Lang {
    /// The language an `Accept-Language` header prefers among those we write (English by default).
    pub fn from_accept_language(header: Option<&str>) -> Lang {
        let Some(header) = header else { return Lang::En };
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|v| v.trim().parse::<f32>().ok()))
                .unwrap_or(1.0);
            let lang = match tag.split('-').next() {
                Some("vi") => Lang::Vi,
                Some("en") => Lang::En,
                _ => continue,
            };
            if q > 0.0 && best.is_none_or(|(bq, _)| q > bq) {
                best = Some((q, lang));
            }
        }
        best.map_or(Lang::En, |(_, l)| l)
    }
}

/// A row error, with the message in `lang`: the English message as given, or a Vietnamese
/// one chosen by code.
pub fn row_error(lang: Lang, row: usize, column: Option<&str>, code: &str, english: &str) -> RowError {
    RowError {
        row,
        column: column.map(str::to_owned),
        code: code.to_owned(),
        message: message(lang, code, english),
        value: None,
    }
}

/// An error's message in `lang`: the English message as given, or a Vietnamese one chosen by
/// its code, the English one after it in brackets.
pub fn message(lang: Lang, code: &str, english: &str) -> String {
    match lang {
        Lang::En => english.to_owned(),
        Lang::Vi => vietnamese(code, english),
    }
}

fn vietnamese(code: &str, english: &str) -> String {
    let text = match code {
        "required" => "Thiếu giá trị bắt buộc",
        "unknown_column" => "Cột không được hỗ trợ; xem danh sách cột trong tài liệu API",
        "duplicate" => "Mã hội viên này đã xuất hiện ở một dòng trước trong tệp",
        "date" => "Ngày không hợp lệ: ghi theo dạng dd/mm/yyyy hoặc yyyy-mm-dd",
        "number" => "Phải là một số nguyên",
        "code" | "unknown" => "Giá trị không có trong danh mục",
        "association" => "Không có hội nào mang tên này (ghi mã số, tên hoặc tên viết tắt của hội)",
        "branch" => "Không có chi hội nào của hội mang tên này",
        "length" => "Độ dài không hợp lệ",
        "range" => "Giá trị nằm ngoài khoảng cho phép",
        "format" => "Sai định dạng",
        "email" => "Địa chỉ email không hợp lệ",
        "phone" => "Số điện thoại không hợp lệ (8 đến 15 chữ số)",
        "future" => "Ngày không được ở tương lai",
        "mismatch" => "Năm sinh không khớp với ngày sinh",
        "blank" => "Không được để trống",
        "nul" => "Chứa ký tự không hợp lệ",
        "type" => "Kiểu giá trị không hợp lệ",
        "not_allowed" => "Giá trị này không được phép ở đây",
        "character" => "Chứa ký tự không được phép",
        "url" => "Địa chỉ web không hợp lệ",
        "csv" => "Dòng không đọc được",
        "conflict" => "Mâu thuẫn với dữ liệu đã có",
        "order" => "Sai thứ tự ngày",
        "unreadable" => "Không đọc được tệp (lưu bảng tính dưới dạng CSV UTF-8)",
        _ => "Giá trị không hợp lệ",
    };
    format!("{text} ({english})")
}

/// A header as the file writes it, shared by every cell of its column.
pub type Header = std::sync::Arc<str>;
