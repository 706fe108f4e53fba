//! Roster files: the columns a roster may have (with the Vietnamese headers an association
//! would write), reading JSON and CSV into rows of cells, and reading each cell.
//!
//! Everything here is pure: no database. `models::roster` plans and applies a sync from the
//! rows read here.

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::codes::CodeList;
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
    let message = match lang {
        Lang::En => english.to_owned(),
        Lang::Vi => vietnamese(code, english),
    };
    RowError { row, column: column.map(str::to_owned), code: code.to_owned(), message }
}

fn vietnamese(code: &str, english: &str) -> String {
    let text = match code {
        "required" => "Thiếu giá trị bắt buộc",
        "unknown_column" => "Cột không được hỗ trợ; xem danh sách cột trong tài liệu API",
        "duplicate" => "Mã hội viên này đã xuất hiện ở một dòng trước trong tệp",
        "date" => "Ngày không hợp lệ: ghi theo dạng dd/mm/yyyy hoặc yyyy-mm-dd",
        "number" => "Phải là một số nguyên",
        "code" => "Giá trị không có trong danh mục",
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
        "unreadable" => "Không đọc được tệp (lưu bảng tính dưới dạng CSV UTF-8)",
        _ => "Giá trị không hợp lệ",
    };
    format!("{text} ({english})")
}

/// A header as the file writes it, shared by every cell of its column.
pub type Header = std::sync::Arc<str>;

/// A row of a roster file: the cells of the columns it has, with the header as written.
#[derive(Debug, Clone, Default)]
pub struct SourceRow {
    /// Row number (see [`RowError::row`]).
    pub number: usize,
    /// (column, header as written, cell; `None` when empty or null). A row found invalid while
    /// reading keeps only its external_id: enough to tell duplicates and, in a snapshot, that
    /// the member is still in the file.
    pub cells: Vec<(Column, Header, Option<String>)>,
    /// Something was wrong with the row as read (its errors are in [`Table::errors`], or
    /// counted there past [`MAX_ERRORS`]).
    pub invalid: bool,
}

impl SourceRow {
    /// Whether the row has this column.
    pub fn has(&self, column: Column) -> bool {
        self.cells.iter().any(|(c, _, _)| *c == column)
    }

    /// The cell of `column`: `None` when the row lacks the column, `Some(None)` when it is empty.
    pub fn get(&self, column: Column) -> Option<(&str, Option<&str>)> {
        self.cells.iter().find(|(c, _, _)| *c == column).map(|(_, h, v)| (&**h, v.as_deref()))
    }

    /// The header of `column` as written, or its key.
    pub fn header(&self, column: Column) -> String {
        self.get(column).map_or_else(|| column.key().to_owned(), |(h, _)| h.to_owned())
    }

    /// Marks the row invalid and lets go of every cell but its external_id.
    fn set_invalid(&mut self) {
        self.invalid = true;
        self.cells.retain(|(c, _, _)| *c == Column::ExternalId);
    }
}

/// The most row errors a report lists; the rows with errors are all counted.
pub const MAX_ERRORS: usize = 1_000;

/// The most characters of a cell (the longest field of a member is far shorter): a longer
/// cell is a `length` error of its row, and its text is not kept.
pub const MAX_CELL_CHARS: usize = 4_000;

/// The rows of a file, and the errors found reading it (unknown columns, bad records).
/// Memory stays in proportion to the valid rows: errors past [`MAX_ERRORS`] are only counted,
/// invalid rows keep only their key, and a refused file keeps no rows at all.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Rows that could be read (none when the file is refused).
    pub rows: Vec<SourceRow>,
    /// Member rows (or records) in the file, kept or not.
    pub row_count: usize,
    /// What was wrong with the header or with rows, in row order: the first [`MAX_ERRORS`].
    pub errors: Vec<RowError>,
    /// Rows (the header included) with something wrong, all of them.
    pub invalid_rows: usize,
    /// The file's structure is wrong (an unknown or repeated column, a record that is not an
    /// object, a value of the wrong JSON type, no external_id column or key): the sync is
    /// refused even with `on_error=skip`, because skipping would lose data silently.
    pub refuse: bool,
    /// The row of the last error, to count rows rather than errors.
    last_error_row: Option<usize>,
}

impl Table {
    /// Records an error (rows are read in order, so a row's errors come together).
    fn error(&mut self, error: RowError) {
        if self.last_error_row != Some(error.row) {
            self.invalid_rows += 1;
            self.last_error_row = Some(error.row);
        }
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(error);
        }
    }

    /// The file is refused: its rows are no longer needed.
    fn set_refused(&mut self) {
        self.refuse = true;
        self.rows = Vec::new();
    }

    /// Adds a read row: kept while the file may still be synced, invalid ones only by key.
    fn push(&mut self, mut row: SourceRow) {
        if self.refuse {
            return;
        }
        if row.invalid {
            row.set_invalid();
        }
        self.rows.push(row);
    }
}

/// Why a file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(pub String);

/// A cell as read: spreadsheet guards removed, spaces trimmed, empty as `None`.
fn cell(raw: &str) -> Option<String> {
    let trimmed = raw.trim();
    // Our exports put an apostrophe before a leading = + - @ so spreadsheets do not run the
    // cell as a formula; read back, the apostrophe goes.
    let unguarded = match trimmed.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => trimmed,
    };
    (!unguarded.is_empty()).then(|| unguarded.to_owned())
}

/// Whether a cell's text is over [`MAX_CELL_CHARS`].
fn too_long(text: &str) -> bool {
    // Bytes first: a cell of fewer bytes than the limit has fewer characters too.
    text.len() > MAX_CELL_CHARS && text.chars().count() > MAX_CELL_CHARS
}

fn too_long_error(lang: Lang, number: usize, header: &str) -> RowError {
    row_error(lang, number, Some(header), "length", &format!("the cell has more than {MAX_CELL_CHARS} characters"))
}

/// Reads a JSON array of records (objects whose keys are column keys or headers), one record
/// at a time as it streams in; at most `max_rows` of them.
pub fn read_json(body: impl std::io::Read, lang: Lang, max_rows: usize) -> Result<Table, Unreadable> {
    let mut table = Table::default();
    let read = crate::domain::json_array::for_each_record(body, max_rows, |number, record| {
        json_record(&mut table, number, record, lang);
    });
    match read {
        Ok(count) => table.row_count = count,
        Err(crate::domain::json_array::ArrayError::TooMany(max)) => {
            // Well-formed so far, only too long: refused as a file, as CSV and XLSX are.
            let message = format!("the file has more than {max} records; split it");
            return Ok(Table {
                row_count: max + 1,
                errors: vec![row_error(lang, 0, None, "unreadable", &message)],
                invalid_rows: 1,
                refuse: true,
                ..Table::default()
            });
        }
        Err(crate::domain::json_array::ArrayError::NotArray) => {
            return Err(Unreadable("the body must be a JSON array of member records".into()))
        }
        Err(crate::domain::json_array::ArrayError::Invalid(e)) => {
            return Err(Unreadable(format!("the body is not valid JSON: {e}")))
        }
    }
    Ok(table)
}

/// Reads one JSON record into `table`. Every error of a record is about the structure of the
/// records: the file is refused.
fn json_record(table: &mut Table, number: usize, record: serde_json::Value, lang: Lang) {
    let errors_before = table.invalid_rows;
    let serde_json::Value::Object(fields) = record else {
        table.error(row_error(lang, number, None, "type", "each record must be a JSON object"));
        table.set_refused();
        return;
    };
    let mut row = SourceRow { number, cells: Vec::new(), invalid: false };
    for (key, value) in fields {
        let Some(column) = Column::from_header(&key) else {
            table.error(row_error(lang, number, Some(&key), "unknown_column", "unknown field"));
            continue;
        };
        if row.has(column) {
            table.error(row_error(lang, number, Some(&key), "duplicate", "the field is given twice"));
            continue;
        }
        let text = match value {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) if too_long(&s) => {
                table.error(too_long_error(lang, number, &key));
                continue;
            }
            // The types of the documented record: a number only for the birth year, a
            // list only for honour titles, text for the rest.
            serde_json::Value::String(s)
                if column == Column::ExternalId && (s.trim().is_empty() || s.chars().count() > 64) =>
            {
                table.error(row_error(lang, number, Some(&key), "length", "must be 1 to 64 characters"));
                continue;
            }
            serde_json::Value::String(s) if !matches!(column, Column::BirthYear | Column::HonourTitles) => cell(&s),
            serde_json::Value::Number(n)
                if column == Column::BirthYear && n.as_i64().is_some_and(|y| i32::try_from(y).is_ok()) =>
            {
                Some(n.to_string())
            }
            serde_json::Value::Array(items) if column == Column::HonourTitles => {
                let mut parts = Vec::new();
                for item in items {
                    match item {
                        serde_json::Value::String(s) => parts.push(s),
                        _ => {
                            table.error(row_error(
                                lang,
                                number,
                                Some(&key),
                                "type",
                                "must be a list of honour title codes",
                            ));
                        }
                    }
                }
                let joined = parts.join(";");
                if too_long(&joined) {
                    table.error(too_long_error(lang, number, &key));
                    continue;
                }
                cell(&joined)
            }
            _ => {
                table.error(row_error(
                    lang,
                    number,
                    Some(&key),
                    "type",
                    match column {
                        Column::BirthYear => "must be a whole number or null",
                        Column::HonourTitles => "must be a list of honour title codes or null",
                        _ => "must be a string or null",
                    },
                ));
                continue;
            }
        };
        row.cells.push((column, Header::from(key), text));
    }
    if !row.has(Column::ExternalId) {
        table.error(row_error(
            lang,
            number,
            Some("external_id"),
            "required",
            "every record needs external_id, the association's own key for the member",
        ));
    }
    if table.invalid_rows != errors_before {
        table.set_refused();
    }
    table.push(row);
}

/// Reads CSV as it streams in: UTF-8 with or without a byte-order mark, a header row, comma
/// or semicolon separated (whichever the header line has more of); at most `max_rows` member
/// rows.
pub fn read_csv(body: impl std::io::Read, lang: Lang, max_rows: usize) -> Result<Table, Unreadable> {
    let not_utf8 = || Unreadable("the file is not UTF-8 text (save it as \"CSV UTF-8\")".into());
    let mut reader = open_csv(body).map_err(|e| Unreadable(format!("the file cannot be read: {e}")))?;
    let unreadable = |e: csv::Error, what: String| match e.kind() {
        csv::ErrorKind::Utf8 { .. } => not_utf8(),
        _ => Unreadable(format!("{what} cannot be read: {e}")),
    };
    let headers = reader.headers().map_err(|e| unreadable(e, "the header row".into()))?.clone();
    let headers: Vec<String> = headers.iter().map(str::to_owned).collect();
    let mut table = Table::default();
    let columns = header_columns(&headers, lang, &mut table)?;
    let mut record = csv::StringRecord::new();
    let mut number = 1;
    loop {
        number += 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => return Err(unreadable(e, format!("row {number}"))),
        }
        let values: Vec<&str> = record.iter().collect();
        push_row(&mut table, &columns, number, &values, lang);
        if table.row_count > max_rows {
            return Err(Unreadable(format!("the file has more than {max_rows} rows; split it")));
        }
    }
    Ok(table)
}

/// A CSV reader over a file as it streams in: a UTF-8 byte-order mark skipped, and comma or
/// semicolon separated, whichever the header line has more of (as far as the first 64 KiB
/// hold it); rows may have fewer or more cells than the header.
pub fn open_csv<R: std::io::Read>(body: R) -> std::io::Result<csv::Reader<std::io::BufReader<R>>> {
    use std::io::BufRead;
    let mut body = std::io::BufReader::with_capacity(64 * 1024, body);
    let start = body.fill_buf()?;
    let bom = if start.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    let first_line = start[bom..].split(|b| *b == b'\n').next().unwrap_or_default();
    let commas = first_line.iter().filter(|b| **b == b',').count();
    let semicolons = first_line.iter().filter(|b| **b == b';').count();
    let delimiter = if semicolons > commas { b';' } else { b',' };
    body.consume(bom);
    Ok(csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(body))
}

/// The columns a header row names; unknown, repeated or missing key columns are structural
/// errors of `table`.
fn header_columns(
    headers: &[String],
    lang: Lang,
    table: &mut Table,
) -> Result<Vec<Option<(Column, Header)>>, Unreadable> {
    let mut columns: Vec<Option<(Column, Header)>> = Vec::new();
    for header in headers {
        let header = header.trim();
        match Column::from_header(header) {
            _ if header.is_empty() => columns.push(None),
            Some(column) if columns.iter().flatten().any(|(c, _)| *c == column) => {
                table.error(row_error(lang, 1, Some(header), "duplicate", "two columns name the same field"));
                columns.push(None);
            }
            Some(column) => columns.push(Some((column, Header::from(header)))),
            None => {
                table.error(row_error(lang, 1, Some(header), "unknown_column", "unknown column"));
                columns.push(None);
            }
        }
    }
    if columns.iter().all(Option::is_none) {
        return Err(Unreadable("the first row must name the columns (external_id, full_name, …)".into()));
    }
    if !columns.iter().flatten().any(|(c, _)| *c == Column::ExternalId) {
        table.error(row_error(
            lang,
            1,
            None,
            "required",
            "the file needs an external_id column (Mã hội viên): the association's own key for each member",
        ));
    }
    // Everything found in the header is about the structure of the file.
    if table.invalid_rows > 0 {
        table.set_refused();
    }
    Ok(columns)
}

/// Adds a row of cell texts (skipping an empty one).
fn push_row(table: &mut Table, columns: &[Option<(Column, Header)>], number: usize, values: &[&str], lang: Lang) {
    if values.iter().all(|v| v.trim().is_empty()) {
        return;
    }
    table.row_count += 1;
    let mut row = SourceRow { number, cells: Vec::new(), invalid: false };
    if values.len() > columns.len() && values.iter().skip(columns.len()).any(|v| !v.trim().is_empty()) {
        table.error(row_error(lang, number, None, "format", "the row has more cells than the header"));
        row.invalid = true;
    }
    for (index, slot) in columns.iter().enumerate() {
        if let Some((column, header)) = slot {
            let value = values.get(index).copied().unwrap_or("");
            if too_long(value) {
                table.error(too_long_error(lang, number, header));
                row.invalid = true;
                continue;
            }
            row.cells.push((*column, header.clone(), cell(value)));
        }
    }
    table.push(row);
}

/// Bounds on reading an XLSX workbook.
#[derive(Debug, Clone, Copy)]
pub struct XlsxLimits {
    /// The most bytes its parts may expand to, all together (as declared, and as expanded).
    pub max_expanded: u64,
    /// The most bytes of the shared strings part, which is held in memory while reading.
    pub max_strings: u64,
    /// The most rows of the first sheet.
    pub max_rows: usize,
}

impl XlsxLimits {
    /// The bounds for a service whose uploads are at most `upload_limit` bytes: four times that
    /// expanded in all, a quarter of it in shared strings.
    pub fn for_upload_limit(upload_limit: usize, max_rows: usize) -> Self {
        let upload = upload_limit as u64;
        XlsxLimits { max_expanded: upload.saturating_mul(4), max_strings: upload / 4, max_rows }
    }
}

/// The most bytes of one XML tag (its name and attributes) in a workbook.
const MAX_XML_TAG: usize = 64 * 1024;

/// The most bytes of XML text that one cell may take: [`MAX_CELL_CHARS`] characters, each
/// written as an entity at worst.
const MAX_XML_TEXT: usize = MAX_CELL_CHARS * 8;

/// A streaming check of XML text: no tag longer than [`MAX_XML_TAG`], no text longer than
/// [`MAX_XML_TEXT`], and no string (`<si>` of the shared strings, `<is>` inline; their runs
/// together) longer either. It looks at bytes only, so a hostile part costs one pass and
/// nothing more, before the workbook reader reads it.
#[derive(Default)]
struct XmlScan {
    in_tag: bool,
    tag_len: usize,
    name: Vec<u8>,
    name_done: bool,
    last: u8,
    text_len: usize,
    string_depth: u32,
    string_len: usize,
}

impl XmlScan {
    fn feed(&mut self, bytes: &[u8]) -> Result<(), &'static str> {
        for &b in bytes {
            if self.in_tag {
                self.tag_len += 1;
                if self.tag_len > MAX_XML_TAG {
                    return Err("an XML tag is too long");
                }
                if b == b'>' {
                    self.in_tag = false;
                    self.end_tag();
                } else if !self.name_done {
                    if b.is_ascii_whitespace() || (b == b'/' && !self.name.is_empty()) || self.name.len() >= 16 {
                        self.name_done = true;
                    } else {
                        self.name.push(b);
                    }
                }
                self.last = b;
            } else if b == b'<' {
                self.in_tag = true;
                self.tag_len = 1;
                self.name.clear();
                self.name_done = false;
                self.text_len = 0;
                self.last = b;
            } else {
                self.text_len += 1;
                if self.string_depth > 0 {
                    self.string_len += 1;
                }
                if self.text_len > MAX_XML_TEXT || self.string_len > MAX_XML_TEXT {
                    return Err("a cell is longer than allowed");
                }
            }
        }
        Ok(())
    }

    fn end_tag(&mut self) {
        let (closing, name) = match self.name.strip_prefix(b"/") {
            Some(rest) => (true, rest),
            None => (false, &self.name[..]),
        };
        let local = name.rsplit(|b| *b == b':').next().unwrap_or(name);
        if local != b"si" && local != b"is" {
            return;
        }
        if closing {
            self.string_depth = self.string_depth.saturating_sub(1);
            if self.string_depth == 0 {
                self.string_len = 0;
            }
        } else if self.last != b'/' {
            self.string_depth += 1;
        }
    }
}

/// Expands every part of the archive once, as a stream, and checks it before the workbook
/// reader opens it: the sizes (as declared and as they really expand) and the XML.
fn check_parts(body: &[u8], limits: XlsxLimits) -> Result<(), Unreadable> {
    use std::io::Read;
    let not_xlsx = || Unreadable("the file is not an XLSX workbook (save it as Excel Workbook .xlsx)".into());
    let too_big = || {
        Unreadable(format!(
            "the workbook would expand to more than {} MiB; split it or send CSV",
            limits.max_expanded / 1_048_576
        ))
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(body)).map_err(|_| not_xlsx())?;
    let mut declared: u64 = 0;
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(|_| not_xlsx())?;
        declared = declared.saturating_add(entry.size());
        if declared > limits.max_expanded {
            return Err(too_big());
        }
    }
    let mut expanded: u64 = 0;
    let mut buffer = vec![0u8; 64 * 1024];
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|_| not_xlsx())?;
        let name = entry.name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
        let strings = name.ends_with("sharedstrings.xml");
        let xml = name.ends_with(".xml") || name.ends_with(".rels");
        let mut scan = XmlScan::default();
        let mut part: u64 = 0;
        loop {
            let n = entry.read(&mut buffer).map_err(|_| not_xlsx())?;
            if n == 0 {
                break;
            }
            part += n as u64;
            expanded += n as u64;
            if expanded > limits.max_expanded {
                return Err(too_big());
            }
            if strings && part > limits.max_strings {
                return Err(Unreadable(format!(
                    "the workbook's text takes more than {} MiB; split it or send CSV",
                    limits.max_strings / 1_048_576
                )));
            }
            if xml {
                scan.feed(&buffer[..n]).map_err(|e| {
                    Unreadable(format!("{e}: at most {MAX_CELL_CHARS} characters a cell; split it or send CSV"))
                })?;
            }
        }
    }
    Ok(())
}

/// The text of a spreadsheet cell: numbers without a trailing `.0`, dates as `yyyy-mm-dd`.
fn xlsx_text(value: &calamine::DataRef<'_>) -> String {
    use calamine::DataRef;
    match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => f.to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(d) if d.is_datetime() => {
            // Serial days since 1899-12-30 (the 1900 date system).
            let days = d.as_f64().floor() as i64;
            NaiveDate::from_ymd_opt(1899, 12, 30)
                .and_then(|base| base.checked_add_signed(chrono::Duration::days(days)))
                .map_or_else(|| d.as_f64().to_string(), |day| day.format("%Y-%m-%d").to_string())
        }
        DataRef::DateTime(d) => d.as_f64().to_string(),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => format!("#{e:?}"),
    }
}

/// Reads the first sheet of an XLSX workbook: a header row, then one member per row. The
/// archive's sizes are checked before anything is expanded, every part is checked as it
/// expands before the reader opens it ([`check_parts`]), and cells are read as a stream, so a
/// hostile file cannot exhaust memory.
pub fn read_xlsx(body: &[u8], lang: Lang, limits: XlsxLimits) -> Result<Table, Unreadable> {
    use calamine::Reader;
    let not_xlsx = || Unreadable("the file is not an XLSX workbook (save it as Excel Workbook .xlsx)".into());
    check_parts(body, limits)?;
    let mut workbook: calamine::Xlsx<_> = calamine::Xlsx::new(std::io::Cursor::new(body))
        .map_err(|e| Unreadable(format!("the workbook cannot be read: {e}")))?;
    let sheet = workbook.sheet_names().first().cloned().ok_or_else(not_xlsx)?;
    let mut cells = workbook
        .worksheet_cells_reader(&sheet)
        .map_err(|e| Unreadable(format!("the first sheet cannot be read: {e}")))?;
    let mut table = Table::default();
    let mut columns: Option<Vec<Option<(Column, Header)>>> = None;
    let mut current: Option<(u32, Vec<String>)> = None;
    let mut rows = 0_usize;
    let finish = |table: &mut Table, columns: &mut Option<Vec<Option<(Column, Header)>>>, row: (u32, Vec<String>)| {
        let (index, values) = row;
        match columns {
            None => {
                *columns = Some(header_columns(&values, lang, table)?);
            }
            Some(cols) => {
                let refs: Vec<&str> = values.iter().map(String::as_str).collect();
                push_row(table, cols, index as usize + 1, &refs, lang);
            }
        }
        Ok::<(), Unreadable>(())
    };
    loop {
        let next = cells.next_cell().map_err(|e| Unreadable(format!("the first sheet cannot be read: {e}")))?;
        let Some(cell) = next else { break };
        let (row, col) = cell.get_position();
        let text = xlsx_text(cell.get_value());
        if current.as_ref().is_none_or(|(r, _)| *r != row) {
            if let Some(done) = current.take() {
                finish(&mut table, &mut columns, done)?;
            }
            rows += 1;
            if rows > limits.max_rows + 1 {
                return Err(Unreadable(format!("the sheet has more than {} rows", limits.max_rows)));
            }
            current = Some((row, Vec::new()));
        }
        if let Some((_, values)) = current.as_mut() {
            let col = col as usize;
            if col >= 1024 {
                return Err(Unreadable("the sheet has more than 1024 columns".into()));
            }
            if values.len() <= col {
                values.resize(col + 1, String::new());
            }
            values[col] = text;
        }
    }
    if let Some(done) = current.take() {
        finish(&mut table, &mut columns, done)?;
    }
    if columns.is_none() {
        return Err(Unreadable("the first sheet is empty: it needs a header row and one member per row".into()));
    }
    Ok(table)
}

/// A date written `yyyy-mm-dd`, `dd/mm/yyyy`, `dd-mm-yyyy` or `dd.mm.yyyy`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let text = text.split(['T', ' ']).next().unwrap_or(text);
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(text, "%d-%m-%Y"))
        .or_else(|_| NaiveDate::parse_from_str(text, "%d.%m.%Y"))
        .ok()
        .filter(|d| chrono::Datelike::year(d) >= 1000)
}

/// A value of a code list by its code, Vietnamese label or English label (ignoring case
/// and diacritics).
pub fn parse_code<T: CodeList>(text: &str) -> Option<T> {
    let wanted = vn::fold(text);
    T::all()
        .iter()
        .copied()
        .find(|v| v.code() == text.trim() || vn::fold(v.label_vi()) == wanted || vn::fold(v.label_en()) == wanted)
}

/// Writes one CSV cell's text safely for spreadsheets: a leading = + - @ tab or carriage
/// return gets an apostrophe, so the cell is never run as a formula. A plain negative number
/// (`-2`, `-2.5`) stays as it is: it is no formula, and a spreadsheet should read a number.
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_plain_negative(text) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// `-` then digits, with at most one `.` between digits.
fn is_plain_negative(text: &str) -> bool {
    let Some(number) = text.strip_prefix('-') else { return false };
    let mut parts = number.splitn(2, '.');
    let digits = |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let whole = parts.next();
    let fraction = parts.next();
    digits(whole) && (fraction.is_none() || digits(fraction))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::codes::{EducationLevel, Gender};

    #[test]
    fn headers_match_keys_vietnamese_headers_and_alternatives() {
        assert_eq!(Column::from_header("external_id"), Some(Column::ExternalId));
        assert_eq!(Column::from_header("Họ và tên"), Some(Column::FullName));
        assert_eq!(Column::from_header("HO VA TEN"), Some(Column::FullName));
        assert_eq!(Column::from_header("Ngày sinh*"), Some(Column::BirthDate));
        assert_eq!(Column::from_header("SĐT"), Some(Column::Phone));
        assert_eq!(Column::from_header("Số CMND/CCCD"), Some(Column::NationalId));
        assert_eq!(Column::from_header("shoe size"), None);
        for column in Column::ALL {
            assert_eq!(Column::from_header(column.key()), Some(column));
            assert_eq!(Column::from_header(column.header_vi()), Some(column));
        }
    }

    #[test]
    fn dates_and_codes_read_as_people_write_them() {
        let d = NaiveDate::from_ymd_opt(1975, 4, 2);
        assert_eq!(parse_date("1975-04-02"), d);
        assert_eq!(parse_date("02/04/1975"), d);
        assert_eq!(parse_date("2/4/1975"), d);
        assert_eq!(parse_date("02.04.1975"), d);
        assert_eq!(parse_date("31/02/1975"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_code::<Gender>("Nữ"), Some(Gender::Female));
        assert_eq!(parse_code::<Gender>("nu"), Some(Gender::Female));
        assert_eq!(parse_code::<Gender>("male"), Some(Gender::Male));
        assert_eq!(parse_code::<EducationLevel>("Đại học"), Some(EducationLevel::Bachelor));
        assert_eq!(parse_code::<Gender>("x"), None);
    }

    #[test]
    fn csv_reads_bom_semicolons_and_guarded_cells() {
        let file =
            "\u{feff}Mã hội viên;Họ và tên;Điện thoại\nA1;Nguyễn Văn An;'+84 912 345 678\n;;\nA2; Lò Thị Hoa ;\n";
        let table = read_csv(file.as_bytes(), Lang::En, 100).expect("readable");
        assert!(table.errors.is_empty(), "{:?}", table.errors);
        assert_eq!(table.rows.len(), 2, "the empty row is skipped");
        assert_eq!(table.rows[0].get(Column::Phone), Some(("Điện thoại", Some("+84 912 345 678"))));
        assert_eq!(table.rows[1].number, 4);
        assert_eq!(table.rows[1].get(Column::FullName), Some(("Họ và tên", Some("Lò Thị Hoa"))));
        assert_eq!(table.rows[1].get(Column::Phone), Some(("Điện thoại", None)));
    }

    #[test]
    fn unknown_columns_are_row_errors_in_the_asked_language() {
        let table = read_csv(&b"external_id,shoe size\nA1,42\n"[..], Lang::Vi, 100).expect("readable");
        assert_eq!(table.errors.len(), 1);
        assert_eq!(table.errors[0].row, 1);
        assert_eq!(table.errors[0].code, "unknown_column");
        assert!(table.errors[0].message.starts_with("Cột không được hỗ trợ"));
        assert!(read_csv(&b"\xff\xfe"[..], Lang::En, 100).is_err());
        assert!(read_json(&b"{\"a\":1}"[..], Lang::En, 100).is_err());
    }

    #[test]
    fn a_workbook_that_would_expand_past_the_limit_is_refused_before_reading() {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for row in 0..5_000u32 {
            sheet.write_string(row, 0, if row == 0 { "external_id" } else { "X" }).expect("write");
            sheet.write_string(row, 1, if row == 0 { "full_name" } else { "Nguyễn Văn An" }).expect("write");
        }
        let bytes = workbook.save_to_buffer().expect("xlsx");
        let small = XlsxLimits { max_expanded: 64 * 1024, max_strings: 1 << 30, max_rows: 1_000_000 };
        let error = read_xlsx(&bytes, Lang::En, small).expect_err("too big");
        assert!(error.0.contains("expand"), "{}", error.0);
        let few_rows = XlsxLimits { max_expanded: 1 << 30, max_strings: 1 << 30, max_rows: 100 };
        let error = read_xlsx(&bytes, Lang::En, few_rows).expect_err("too many rows");
        assert!(error.0.contains("more than 100 rows"), "{}", error.0);
        let table = read_xlsx(&bytes, Lang::En, XlsxLimits::for_upload_limit(64 << 20, 1_000_000)).expect("ok");
        assert_eq!(table.rows.len(), 4_999);
        assert_eq!(table.rows[0].number, 2);
        assert_eq!(table.rows[0].get(Column::FullName), Some(("full_name", Some("Nguyễn Văn An"))));
    }

    fn workbook(cells: &[(&str, &str)]) -> Vec<u8> {
        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for (col, (header, value)) in cells.iter().enumerate() {
            sheet.write_string(0, col as u16, *header).expect("write");
            sheet.write_string(1, col as u16, *value).expect("write");
        }
        workbook.save_to_buffer().expect("xlsx")
    }

    #[test]
    fn a_workbook_cell_or_text_over_the_limits_is_refused_before_the_reader_holds_it() {
        let limits = XlsxLimits::for_upload_limit(64 << 20, 1_000);
        let long = "A".repeat(MAX_XML_TEXT + 1);
        let error = read_xlsx(&workbook(&[("external_id", "A1"), ("full_name", &long)]), Lang::En, limits)
            .expect_err("a cell too long");
        assert!(error.0.contains("characters a cell"), "{}", error.0);
        // Just under the XML limit reads, and the row says its cell is too long.
        let under = "A".repeat(MAX_CELL_CHARS + 1);
        let table =
            read_xlsx(&workbook(&[("external_id", "A1"), ("full_name", &under)]), Lang::En, limits).expect("readable");
        assert_eq!(table.errors[0].code, "length");
        assert!(table.rows[0].invalid);
        assert_eq!(table.rows[0].cells.len(), 1, "an invalid row keeps only its key");
        // The shared strings are bounded on their own: 200 different names.
        let names: Vec<String> = (0..200).map(|i| format!("Nguyễn Văn {i:04}")).collect();
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        sheet.write_string(0, 0, "external_id").expect("write");
        for (i, name) in names.iter().enumerate() {
            sheet.write_string(i as u32 + 1, 0, name).expect("write");
        }
        let bytes = book.save_to_buffer().expect("xlsx");
        let tight = XlsxLimits { max_expanded: 1 << 30, max_strings: 2_000, max_rows: 1_000 };
        let error = read_xlsx(&bytes, Lang::En, tight).expect_err("too much text");
        assert!(error.0.contains("text takes more than"), "{}", error.0);
    }

    #[test]
    fn errors_are_capped_and_every_invalid_row_is_counted() {
        let records = format!("[{}0]", "0,".repeat(50_000));
        let table = read_json(records.as_bytes(), Lang::En, 1_000_000).expect("readable");
        assert!(table.refuse);
        assert_eq!(table.row_count, 50_001);
        assert_eq!(table.invalid_rows, 50_001);
        assert_eq!(table.errors.len(), MAX_ERRORS);
        assert_eq!(table.errors.last().map(|e| e.row), Some(MAX_ERRORS), "the first errors, in row order");
        assert!(table.rows.is_empty(), "a refused file keeps no rows");
        let table = read_json(records.as_bytes(), Lang::En, 10).expect("refused, not unreadable");
        assert!(table.refuse && table.rows.is_empty());
        assert_eq!(table.errors.len(), 1);
        assert!(table.errors[0].message.contains("more than 10 records"), "{:?}", table.errors);

        let mut csv = String::from("external_id,full_name\n");
        for i in 0..3_000 {
            csv.push_str(&format!("M{i},Lò Văn {i},extra\n"));
        }
        let table = read_csv(csv.as_bytes(), Lang::En, 1_000_000).expect("readable");
        assert!(!table.refuse, "a row's own error does not refuse the file");
        assert_eq!((table.row_count, table.invalid_rows, table.errors.len()), (3_000, 3_000, MAX_ERRORS));
        assert!(table.rows.iter().all(|r| r.invalid && r.cells.len() == 1 && r.has(Column::ExternalId)));
        let error = read_csv(csv.as_bytes(), Lang::En, 100).expect_err("too many rows");
        assert!(error.0.contains("more than 100 rows"), "{}", error.0);
    }

    #[test]
    fn a_cell_over_the_limit_is_a_length_error_and_not_kept() {
        let long = "x".repeat(MAX_CELL_CHARS + 1);
        let exact = "đ".repeat(MAX_CELL_CHARS);
        let csv = format!("external_id,workplace\nA1,{long}\nA2,{exact}\n");
        let table = read_csv(csv.as_bytes(), Lang::En, 100).expect("readable");
        assert_eq!(table.errors.len(), 1);
        assert_eq!((table.errors[0].row, table.errors[0].code.as_str()), (2, "length"));
        assert!(table.rows[0].invalid && !table.rows[0].has(Column::Workplace));
        assert_eq!(table.rows[1].get(Column::Workplace), Some(("workplace", Some(exact.as_str()))));
        let json = format!(r#"[{{"external_id": "A1", "workplace": "{long}"}}]"#);
        let table = read_json(json.as_bytes(), Lang::En, 100).expect("readable");
        assert_eq!(table.errors[0].code, "length");
        assert!(table.refuse);
    }

    #[test]
    fn accept_language_picks_vietnamese_only_when_preferred() {
        assert_eq!(Lang::from_accept_language(Some("vi")), Lang::Vi);
        assert_eq!(Lang::from_accept_language(Some("vi-VN,vi;q=0.9,en;q=0.8")), Lang::Vi);
        assert_eq!(Lang::from_accept_language(Some("en-US,vi;q=0.5")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("fr")), Lang::En);
        assert_eq!(Lang::from_accept_language(None), Lang::En);
    }

    #[test]
    fn neutralise_guards_formulas() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("Nguyễn"), "Nguyễn");
        assert_eq!(cell(&neutralise("-5")), Some("-5".to_owned()));
        assert_eq!(neutralise("-5"), "-5");
        assert_eq!(neutralise("-5.25"), "-5.25");
        for formula in ["-5+1", "-", "-.5", "-5.", "-1e3", "+5", "-A1"] {
            assert_eq!(neutralise(formula), format!("'{formula}"), "{formula}");
        }
    }
}
