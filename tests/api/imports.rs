//! Every import read from every file people save: CSV in UTF-8 (with a byte-order mark and
//! semicolons too), UTF-16 as Excel's "Unicode Text" (tab separated, with and without a
//! byte-order mark), Windows-1258; XLSX with real date and number cells in the 1900 and the
//! 1904 date systems; and each of them again as the `file` part of a multipart form and as
//! `application/octet-stream` (told by its first bytes). Cells are
//! written as secretaries write them: Vietnamese headers, labels and other spellings for codes,
//! `d/m/yyyy` dates, numbers with Vietnamese separators, a phone number without its zero.

use actix_web::test::TestRequest;
use chrono::{Datelike, NaiveDate};
use serde_json::{json, Value};

use crate::associations::create_ok;
use crate::helpers::*;
use lienhiep::auth::Role;

const STAFF: &[Role] = &[Role::Staff];

/// A cell of a test file.
#[derive(Clone, Copy)]
enum V {
    /// Text, as written.
    T(&'static str),
    /// A date: `d/m/yyyy` text in CSV, a date cell in a workbook.
    Date(i32, u32, u32),
    /// A number: Vietnamese text in CSV (`1.200`, `86,5`), a number cell in a workbook.
    Num(&'static str, f64),
}

/// The imports, each with the file it is sent (a header row and one record).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Import {
    Roster,
    Honourees,
    Entries,
    Advisory,
    Activities,
}

impl Import {
    const ALL: [Import; 5] = [Import::Roster, Import::Honourees, Import::Entries, Import::Advisory, Import::Activities];

    /// The header and the record; `tag` makes the record's name unique.
    fn file(self, tag: &'static str) -> (Vec<&'static str>, Vec<V>) {
        use V::*;
        match self {
            Import::Roster => (
                vec!["Mã hội viên", "Họ và tên", "Ngày sinh", "Dân tộc", "Trình độ", "Điện thoại", "Tình trạng"],
                vec![
                    T(tag),
                    T("Lò Thị Hoa"),
                    Date(1975, 4, 2),
                    T("Khơ Mú"),
                    T("ThS"),
                    T("912345678"),
                    T("Đang sinh hoạt"),
                ],
            ),
            Import::Honourees => (
                vec!["Họ và tên", "Nơi công tác", "Tiêu chí", "Quyết định"],
                vec![T(tag), T("Bệnh viện Đa khoa tỉnh"), T("Thầy thuốc Ưu tú"), T("Được tôn vinh")],
            ),
            Import::Entries => (
                vec!["Tên giải pháp", "Tác giả", "Giải", "Điểm", "Xếp hạng"],
                vec![T(tag), T("Lò Văn Pha; Điêu Chính Tơi"), T("Giải Nhất"), Num("86,5", 86.5), Num("1", 1.0)],
            ),
            Import::Advisory => (
                vec![
                    "Tên vụ việc",
                    "Loại",
                    "Cơ quan đề nghị",
                    "Ngày tiếp nhận",
                    "Trạng thái",
                    "Theo hợp đồng",
                    "Kinh phí",
                    "Phạm vi",
                ],
                vec![
                    T(tag),
                    T("Góp ý dự thảo luật"),
                    T("Đoàn đại biểu Quốc hội tỉnh"),
                    Date(2019, 3, 1),
                    T("Đang thực hiện"),
                    T("x"),
                    Num("15.000.000", 15_000_000.0),
                    T("Công khai"),
                ],
            ),
            Import::Activities => (
                vec!["Loại hoạt động", "Tên hoạt động", "Đơn vị tổ chức", "Ngày", "Số người tham gia", "Vai trò"],
                vec![
                    T("Hội thảo khoa học"),
                    T(tag),
                    T("Liên hiệp hội"),
                    Date(2019, 10, 18),
                    Num("1.200", 1200.0),
                    T("Chủ trì"),
                ],
            ),
        }
    }

    /// Where the file goes (making what it imports into), and who may send it.
    pub(crate) async fn target(self, app: &TestApp, tag: &str) -> String {
        match self {
            Import::Roster => {
                let id = create_ok(app, &format!("Hội {tag}")).await;
                format!("/api/v1/associations/{id}/roster/sync")
            }
            Import::Honourees => {
                let body = json!({"year": 2019, "name": format!("Đợt {tag}")});
                let res =
                    app.call_as(STAFF, &[], json_req(TestRequest::post().uri("/api/v1/honour-rounds"), body)).await;
                assert_eq!(res.status, 201, "{}", res.body_text());
                format!("/api/v1/honour-rounds/{}/import", res.json()["id"])
            }
            Import::Entries => {
                let contests = app.get("/api/v1/contests").await.json();
                let contest = contests["items"]
                    .as_array()
                    .and_then(|items| items.iter().find(|c| c["code"] == "technical_innovation"))
                    .map(|c| c["id"].clone())
                    .expect("the technical innovation contest");
                let number = NEXT_EDITION.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let body = json!({"number": number, "year": 2000 + number, "criteria": [{"code": "overall", "name": "Tiêu chí", "max_score": 100, "weight": 100}]});
                let res = app
                    .call_as(
                        STAFF,
                        &[],
                        json_req(TestRequest::post().uri(&format!("/api/v1/contests/{contest}/editions")), body),
                    )
                    .await;
                assert_eq!(res.status, 201, "{}", res.body_text());
                format!("/api/v1/editions/{}/import", res.json()["id"])
            }
            Import::Advisory => "/api/v1/advisory-opinions/import".to_owned(),
            Import::Activities => "/api/v1/activities/import".to_owned(),
        }
    }

    /// The record the import made, read back as the API gives it.
    async fn read_back(self, app: &TestApp, uri: &str, tag: &str) -> Value {
        let get = |path: String| async move {
            let res = app.call_as(&[Role::Admin], &[], TestRequest::get().uri(&path)).await;
            assert_eq!(res.status, 200, "{path}: {}", res.body_text());
            res.json()
        };
        let find = |list: Value, key: &str| {
            list["items"]
                .as_array()
                .and_then(|items| items.iter().find(|i| i[key] == tag).cloned())
                .unwrap_or(Value::Null)
        };
        match self {
            Import::Roster => {
                let members = uri.replace("/roster/sync", "/members");
                find(get(members).await, "external_id")
            }
            Import::Honourees => find(get(uri.replace("/import", "/honourees")).await, "full_name"),
            Import::Entries => find(get(uri.replace("/import", "/entries")).await, "title"),
            Import::Advisory => find(get("/api/v1/advisory-opinions?limit=200".to_owned()).await, "title"),
            Import::Activities => find(get("/api/v1/activities?limit=200".to_owned()).await, "title"),
        }
    }

    /// What the record must say, whatever file it came from.
    fn check(self, record: &Value, context: &str) {
        let pick = |keys: &[&str]| -> Vec<Value> { keys.iter().map(|k| record[*k].clone()).collect() };
        match self {
            Import::Roster => {
                let person = &record["person"];
                let fields: Vec<&Value> =
                    ["birth_date", "ethnicity", "education_level", "phone"].iter().map(|k| &person[*k]).collect();
                assert_eq!(fields, [&json!("1975-04-02"), &json!("23"), &json!("master"), &json!("0912345678")]);
                assert_eq!(record["status"], "active", "{context}: {record}");
            }
            Import::Honourees => {
                assert_eq!(record["decision"], "approved", "{context}: {record}");
                let categories = record["categories"].as_array().expect("categories");
                assert_eq!(categories.len(), 1, "{context}: {record}");
                assert!(categories[0].as_str().is_some_and(|c| c.is_ascii()), "a code, not the label: {record}");
            }
            Import::Entries => {
                assert_eq!(record["authors"].as_array().map(Vec::len), Some(2), "{context}: {record}");
                assert_eq!(pick(&["final_score", "prize"]), [json!(86.5), json!("first")], "{context}: {record}");
            }
            Import::Advisory => assert_eq!(
                pick(&["kind", "requester", "received_on", "status", "fee", "confidentiality"]),
                [
                    json!("draft_law_comment"),
                    json!("national_assembly_delegation"),
                    json!("2019-03-01"),
                    json!("in_progress"),
                    json!(15_000_000),
                    json!("public")
                ],
                "{context}: {record}"
            ),
            Import::Activities => assert_eq!(
                pick(&["kind", "organiser_kind", "starts_on", "participants", "union_role"]),
                [json!("workshop"), json!("union"), json!("2019-10-18"), json!(1200), json!("led")],
                "{context}: {record}"
            ),
        }
    }
}

static NEXT_EDITION: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(1);

fn json_req(req: TestRequest, body: Value) -> TestRequest {
    json(req, body)
}

/// The ways a file is saved.
#[derive(Clone, Copy, Debug)]
enum Saved {
    CsvUtf8,
    CsvBomSemicolon,
    Utf16LeTabs,
    Utf16BeNoBom,
    Windows1258,
    Xlsx,
    Xlsx1904,
}

impl Saved {
    const ALL: [Saved; 7] = [
        Saved::CsvUtf8,
        Saved::CsvBomSemicolon,
        Saved::Utf16LeTabs,
        Saved::Utf16BeNoBom,
        Saved::Windows1258,
        Saved::Xlsx,
        Saved::Xlsx1904,
    ];

    /// A key for the file as sent: raw with its media type (0), in a form (1), or raw as
    /// `application/octet-stream` (2).
    fn tag(self, way: usize) -> &'static str {
        let tags = [
            ["csv-utf8", "form-csv-utf8", "bytes-csv-utf8"],
            ["csv-bom", "form-csv-bom", "bytes-csv-bom"],
            ["utf16le", "form-utf16le", "bytes-utf16le"],
            ["utf16be", "form-utf16be", "bytes-utf16be"],
            ["cp1258", "form-cp1258", "bytes-cp1258"],
            ["xlsx", "form-xlsx", "bytes-xlsx"],
            ["xlsx-1904", "form-xlsx-1904", "bytes-xlsx-1904"],
        ];
        tags[self as usize][way]
    }

    /// The file's bytes, its media type and a file name.
    fn write(self, header: &[&str], row: &[V]) -> (Vec<u8>, &'static str, &'static str) {
        let text = |v: &V| match v {
            V::T(t) => (*t).to_owned(),
            V::Date(y, m, d) => format!("{d}/{m}/{y}"),
            V::Num(t, _) => (*t).to_owned(),
        };
        let line = |cells: Vec<String>, sep: &str| {
            cells
                .iter()
                .map(|c| if c.contains(sep) { format!("\"{c}\"") } else { c.clone() })
                .collect::<Vec<_>>()
                .join(sep)
        };
        let csv = |sep: &str| {
            format!(
                "{}\r\n{}\r\n",
                line(header.iter().map(|h| (*h).to_owned()).collect(), sep),
                line(row.iter().map(text).collect(), sep)
            )
        };
        match self {
            Saved::CsvUtf8 => (csv(",").into_bytes(), "text/csv", "danh-sach.csv"),
            Saved::CsvBomSemicolon => {
                ([&b"\xEF\xBB\xBF"[..], csv(";").as_bytes()].concat(), "text/csv; charset=utf-8", "danh-sach.csv")
            }
            Saved::Utf16LeTabs => {
                let mut bytes = vec![0xFF, 0xFE];
                bytes.extend(csv("\t").encode_utf16().flat_map(u16::to_le_bytes));
                (bytes, "text/csv", "danh-sach.txt")
            }
            Saved::Utf16BeNoBom => {
                (csv(",").encode_utf16().flat_map(u16::to_be_bytes).collect(), "text/csv", "danh-sach.csv")
            }
            Saved::Windows1258 => (cp1258(&csv(",")), "text/csv", "danh-sach.csv"),
            Saved::Xlsx | Saved::Xlsx1904 => {
                let date1904 = matches!(self, Saved::Xlsx1904);
                let cells: Vec<XlsxCell> = row
                    .iter()
                    .map(|v| match v {
                        V::T(t) => XlsxCell::Text((*t).to_owned()),
                        V::Date(y, m, d) => {
                            XlsxCell::Date(NaiveDate::from_ymd_opt(*y, *m, *d).expect("date"), date1904)
                        }
                        V::Num(_, n) => XlsxCell::Number(*n),
                    })
                    .collect();
                let headers = header.iter().map(|h| XlsxCell::Text((*h).to_owned())).collect();
                (workbook(&[headers, cells], date1904), XLSX, "danh-sach.xlsx")
            }
        }
    }
}

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Text as Windows-1258 writes it: vowel marks precomposed where the code page has the letter
/// (ê, ơ, ư, ă, â, ô, đ), the five tones as combining marks after it.
fn cp1258(text: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    let mut letters = String::new();
    let mut tones = String::new();
    for c in text.nfd() {
        if matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}') {
            tones.push(c);
        } else if unicode_normalization::char::is_combining_mark(c) {
            let base = letters.pop().expect("a mark follows a letter");
            letters.push(unicode_normalization::char::compose(base, c).expect("a Vietnamese letter"));
        } else {
            letters.push_str(&tones);
            tones.clear();
            letters.push(c);
        }
    }
    letters.push_str(&tones);
    let (bytes, _, lossy) = encoding_rs::WINDOWS_1258.encode(&letters);
    assert!(!lossy, "{letters}");
    bytes.into_owned()
}

/// A cell of a test workbook.
enum XlsxCell {
    Text(String),
    Number(f64),
    /// A date cell, its serial in the 1904 system when set.
    Date(NaiveDate, bool),
}

/// A workbook of these rows; saved in the 1904 date system when `date1904` is set (as Excel
/// for Mac did), by marking `xl/workbook.xml` so.
fn workbook(rows: &[Vec<XlsxCell>], date1904: bool) -> Vec<u8> {
    use std::io::Write;
    let mut book = rust_xlsxwriter::Workbook::new();
    let date = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                XlsxCell::Text(t) => sheet.write_string(r, c, t).map(|_| ()),
                XlsxCell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()),
                XlsxCell::Date(d, in1904) => {
                    let epoch = if *in1904 { (1904, 1, 1) } else { (1899, 12, 30) };
                    let epoch = NaiveDate::from_ymd_opt(epoch.0, epoch.1, epoch.2).expect("epoch");
                    assert!(d.year() > 1900);
                    let serial = (*d - epoch).num_days() as f64;
                    sheet.write_number_with_format(r, c, serial, &date).map(|_| ())
                }
            }
            .expect("write");
        }
    }
    let bytes = book.save_to_buffer().expect("xlsx");
    if !date1904 {
        return bytes;
    }
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry");
        let name = entry.name().expect("name").into_owned();
        let mut content = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut content).expect("read");
        if name == "xl/workbook.xml" {
            let text = String::from_utf8(content).expect("xml");
            let marked = if text.contains("<workbookPr") {
                text.replacen("<workbookPr", "<workbookPr date1904=\"1\"", 1)
            } else {
                text.replacen("<bookViews>", "<workbookPr date1904=\"1\"/><bookViews>", 1)
            };
            assert!(marked.contains("date1904"), "{marked}");
            content = marked.into_bytes();
        }
        out.start_file(name, stored).expect("start");
        out.write_all(&content).expect("write");
    }
    out.finish().expect("zip").into_inner()
}

/// A `multipart/form-data` body with the file as its `file` part, after another field.
fn form(bytes: &[u8], file_name: &str, media_type: &str) -> (Vec<u8>, String) {
    let boundary = "----lienhiep-test-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nnhập từ bảng tính\r\n")
            .as_bytes(),
    );
    // Browsers on Windows send a .csv file as application/vnd.ms-excel: the file's name decides.
    let part_type = if media_type.starts_with("text/csv") { "application/vnd.ms-excel" } else { media_type };
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: {part_type}\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (body, format!("multipart/form-data; boundary={boundary}"))
}

#[actix_web::test]
async fn every_import_reads_every_saved_file_raw_and_as_a_form() {
    let app = TestApp::spawn().await;
    for import in Import::ALL {
        for saved in Saved::ALL {
            for way in 0..3 {
                let tag = saved.tag(way);
                let how = ["", " in a form", " as application/octet-stream"][way];
                let context = format!("{import:?} from {saved:?}{how}");
                let (header, row) = import.file(tag);
                let (bytes, media_type, file_name) = saved.write(&header, &row);
                // As bytes, the format is told by the file's first bytes; a declared charset
                // still says the text's encoding.
                let bytes_type = match media_type.split_once(';') {
                    Some((_, charset)) => format!("application/octet-stream;{charset}"),
                    None => "application/octet-stream".to_owned(),
                };
                let (body, content_type) = match way {
                    0 => (bytes, media_type.to_owned()),
                    1 => form(&bytes, file_name, media_type),
                    _ => (bytes, bytes_type),
                };
                let uri = import.target(&app, tag).await;
                let res = app
                    .call_as(
                        STAFF,
                        &[],
                        TestRequest::post().uri(&uri).insert_header(("Content-Type", content_type)).set_payload(body),
                    )
                    .await;
                assert!(matches!(res.status.as_u16(), 200 | 201), "{context}: {} {}", res.status, res.body_text());
                let record = import.read_back(&app, &uri, tag).await;
                import.check(&record, &context);
            }
        }
    }
}

#[actix_web::test]
async fn a_file_in_no_encoding_we_read_or_a_form_without_a_file_is_named() {
    let app = TestApp::spawn().await;
    for import in Import::ALL {
        let uri = import.target(&app, "unreadable").await;
        let send = |body: Vec<u8>, content_type: &str| {
            TestRequest::post().uri(&uri).insert_header(("Content-Type", content_type.to_owned())).set_payload(body)
        };
        // "Nguyễn Văn" typed for a TCVN3 (ABC) font.
        let tcvn3 = b"external_id,full_name,title\nA,Nguy\xECn V\xAFn,T\n".to_vec();
        let res = app.call_as(STAFF, &[], send(tcvn3, "text/csv")).await;
        assert_eq!(res.status, 422, "{import:?}: {}", res.body_text());
        assert!(res.body_text().contains("TCVN3"), "{import:?}: {}", res.body_text());
        let (body, content_type) = form(b"", "x.csv", "text/csv");
        let no_file = body.len();
        let without_file =
            String::from_utf8(body).expect("text").replace("name=\"file\"; filename=\"x.csv\"", "name=\"other\"");
        assert!(without_file.len() < no_file);
        let res = app.call_as(STAFF, &[], send(without_file.into_bytes(), &content_type)).await;
        assert_eq!(res.status, 422, "{import:?}: {}", res.body_text());
        assert!(res.body_text().contains("part named 'file'"), "{import:?}: {}", res.body_text());
        let res = app.call_as(STAFF, &[], send(b"x".to_vec(), "application/vnd.ms-excel")).await;
        assert_eq!(res.status, 415, "{import:?}: {}", res.body_text());
    }
}

/// A bad cell: its column's header, the cell, the error's code.
pub(crate) type BadCell = (&'static str, &'static str, &'static str);

/// For each import, a file whose every row after the header has one bad cell, each in another
/// column: the headers and cells every row has, and the bad cells.
pub(crate) fn bad_cells(import: Import) -> (Vec<&'static str>, Vec<&'static str>, Vec<BadCell>) {
    match import {
        Import::Roster => (
            vec!["Mã hội viên", "Họ và tên"],
            vec!["HV-{n}", "Lò Văn {n}"],
            vec![
                ("Ngày sinh", "31/02/1975", "date"),
                ("Dân tộc", "Klingon", "code"),
                ("Trình độ", "Giỏi", "code"),
                ("Điện thoại", "12ab", "phone"),
                ("Tình trạng", "Ngủ đông", "code"),
                ("Email", "thư@", "email"),
                ("Năm sinh", "khoảng 1970", "number"),
                ("Giới tính", "?", "code"),
                ("Ngày vào hội", "hôm qua", "date"),
            ],
        ),
        Import::Honourees => (
            vec!["Họ và tên", "Tiêu chí"],
            vec!["Cầm Văn {n}", "Thầy thuốc Ưu tú"],
            vec![("Quyết định", "Có lẽ", "code"), ("Mã người", "abc", "type"), ("Mã hội", "1,5", "association")],
        ),
        Import::Entries => (
            vec!["Tên giải pháp", "Tác giả"],
            vec!["Giải pháp {n}", "Lò Văn Pha"],
            vec![
                ("Giải", "Giải Vàng", "unknown"),
                ("Điểm", "tám mươi", "type"),
                ("Xếp hạng", "nhất", "type"),
                ("Bằng lao động sáng tạo", "có lẽ", "type"),
            ],
        ),
        Import::Advisory => (
            vec!["Tên vụ việc", "Ngày tiếp nhận", "Loại", "Cơ quan đề nghị", "Trạng thái"],
            vec!["Vụ việc {n}", "01/03/2019", "Tư vấn", "UBND tỉnh", "Đã tiếp nhận"],
            vec![
                ("Loại", "Tư vấn gì đó", "code"),
                ("Cơ quan đề nghị", "Hàng xóm", "code"),
                ("Ngày tiếp nhận", "hôm qua", "date"),
                ("Trạng thái", "Ngủ", "code"),
                ("Phạm vi", "Bí mật", "code"),
                ("Đề xuất phát biểu", "chắc thế", "type"),
            ],
        ),
        Import::Activities => (
            vec!["Tên hoạt động", "Ngày", "Loại hoạt động", "Đơn vị tổ chức", "Vai trò"],
            vec!["Hoạt động {n}", "18/10/2019", "Hội thảo khoa học", "Liên hiệp hội", "Chủ trì"],
            vec![
                ("Loại hoạt động", "Đi chơi", "code"),
                ("Đơn vị tổ chức", "Ai đó", "code"),
                ("Ngày", "32/13/2019", "date"),
                ("Số người tham gia", "nhiều", "type"),
                ("Vai trò", "Xem", "code"),
            ],
        ),
    }
}

#[actix_web::test]
async fn every_import_names_each_bad_cell_by_row_column_value_and_code_in_vietnamese() {
    let app = TestApp::spawn().await;
    for import in Import::ALL {
        let (base_headers, base_cells, bad) = bad_cells(import);
        // The header: the base columns, then each bad one not among them.
        let mut headers = base_headers.clone();
        for (header, _, _) in &bad {
            if !headers.contains(header) {
                headers.push(header);
            }
        }
        let mut file = headers.join(",") + "\n";
        for (i, (header, cell, _)) in bad.iter().enumerate() {
            let n = i + 2;
            let row: Vec<String> = headers
                .iter()
                .map(|h| {
                    if h == header {
                        (*cell).to_owned()
                    } else {
                        base_headers
                            .iter()
                            .position(|b| b == h)
                            .map(|p| base_cells[p].replace("{n}", &n.to_string()))
                            .unwrap_or_default()
                    }
                })
                .map(|c| if c.contains(',') { format!("\"{c}\"") } else { c })
                .collect();
            file.push_str(&row.join(","));
            file.push('\n');
        }
        let uri = import.target(&app, "bad-cells").await;
        let mut messages: Vec<Vec<String>> = Vec::new();
        for language in ["en", "vi"] {
            let res = app
                .call_as(
                    STAFF,
                    &[],
                    TestRequest::post()
                        .uri(&uri)
                        .insert_header(("Content-Type", "text/csv"))
                        .insert_header(("Accept-Language", language))
                        .set_payload(file.clone()),
                )
                .await;
            assert_eq!(res.status, 422, "{import:?}: {}", res.body_text());
            let body = res.json();
            let errors = body["report"]["errors"].as_array().or_else(|| body["errors"].as_array()).expect("errors");
            let context = format!("{import:?} ({language}): {body}");
            assert_eq!(errors.len(), bad.len(), "one error per bad cell: {context}");
            for (i, (header, cell, code)) in bad.iter().enumerate() {
                let error =
                    errors.iter().find(|e| e["row"] == i + 2).unwrap_or_else(|| panic!("row {}: {context}", i + 2));
                assert_eq!(
                    (&error["column"], &error["value"], &error["code"]),
                    (&json!(header), &json!(cell), &json!(code)),
                    "row {}: {context}",
                    i + 2
                );
            }
            messages.push(errors.iter().map(|e| e["message"].as_str().expect("message").to_owned()).collect());
        }
        for english in &messages[0] {
            assert!(!english.contains("invalid type"), "{import:?}: '{english}' is said as serde says it");
        }
        for (english, vietnamese) in messages[0].iter().zip(&messages[1]) {
            assert!(
                vietnamese != english && !vietnamese.is_ascii() && vietnamese.contains(english.as_str()),
                "{import:?}: '{vietnamese}' says '{english}' in Vietnamese"
            );
        }
    }
}

const KINDS: [(&str, Import); 5] = [
    ("roster", Import::Roster),
    ("honourees", Import::Honourees),
    ("contest_entries", Import::Entries),
    ("advisory_cases", Import::Advisory),
    ("activities", Import::Activities),
];

/// The columns each import serves are the ones its reader takes: every header and other
/// header read as its column (none unknown, none naming two columns), every list exists, and
/// the template's first row is the headers.
#[actix_web::test]
async fn the_columns_served_are_the_ones_the_readers_take_and_the_templates_write() {
    let app = TestApp::spawn().await;
    let listed = app.get("/api/v1/imports").await;
    assert_eq!(listed.status, 200);
    let kinds: Vec<&str> = listed.json()["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["kind"].as_str().expect("kind"))
        .map(|k| KINDS.iter().find(|(name, _)| *name == k).map(|(name, _)| *name).expect("a known kind"))
        .collect();
    assert_eq!(kinds.len(), KINDS.len());
    for (kind, import) in KINDS {
        let served = app.get(&format!("/api/v1/imports/{kind}/columns")).await;
        assert_eq!(served.status, 200, "{kind}: {}", served.body_text());
        let columns = served.json()["items"].as_array().expect("items").clone();
        // Each spelling names one column, compared as the reader compares them.
        let mut spellings: Vec<(String, String)> = Vec::new();
        for column in &columns {
            let key = column["key"].as_str().expect("key");
            let mut names = vec![key.to_owned(), column["header"].as_str().expect("header").to_owned()];
            names.extend(
                column["other_headers"].as_array().expect("other").iter().map(|h| h.as_str().expect("h").to_owned()),
            );
            for name in names {
                let folded = lienhiep::domain::vn::fold(&name);
                if let Some((other, _)) = spellings.iter().find(|(k, f)| *f == folded && k != key) {
                    panic!("{kind}: '{name}' names both {other} and {key}");
                }
                spellings.push((key.to_owned(), folded));
            }
            if let Some(list) = column["list"].as_str() {
                assert_eq!(app.get(&format!("/api/v1/reference/{list}")).await.status, 200, "{kind}: list {list}");
            }
        }
        // The test files of this module use served headers only.
        let (headers, _) = import.file("x");
        for header in headers {
            let folded = lienhiep::domain::vn::fold(header);
            assert!(spellings.iter().any(|(_, f)| *f == folded), "{kind}: '{header}' is not served");
        }
        // A file with every header, and one with every other header, has no unknown column.
        for use_others in [false, true] {
            let names: Vec<String> = columns
                .iter()
                .map(|c| match c["other_headers"].as_array().and_then(|o| o.first()) {
                    Some(other) if use_others => other.as_str().expect("h").to_owned(),
                    _ => c["header"].as_str().expect("header").to_owned(),
                })
                .collect();
            let file = format!("{}\n{}\n", names.join(";"), vec!["?"; names.len()].join(";"));
            let uri = import.target(&app, if use_others { "other-headers" } else { "headers" }).await;
            let res = app
                .call_as(
                    STAFF,
                    &[],
                    TestRequest::post().uri(&uri).insert_header(("Content-Type", "text/csv")).set_payload(file),
                )
                .await;
            assert!(
                !res.body_text().contains("unknown_column") && !res.body_text().contains("\"duplicate\""),
                "{kind}: {}",
                res.body_text()
            );
        }
        let template = app.get(&format!("/api/v1/imports/{kind}/template.xlsx")).await;
        assert_eq!(template.status, 200, "{kind}");
        use calamine::Reader;
        let mut workbook: calamine::Xlsx<_> =
            calamine::Xlsx::new(std::io::Cursor::new(template.body.to_vec())).expect("xlsx");
        assert_eq!(workbook.sheet_names(), ["Dữ liệu", "Hướng dẫn", "Danh mục"], "{kind}");
        let data = workbook.worksheet_range("Dữ liệu").expect("data");
        let first: Vec<String> = data.rows().next().expect("header").iter().map(|c| c.to_string()).collect();
        let headers: Vec<String> = columns.iter().map(|c| c["header"].as_str().expect("h").to_owned()).collect();
        assert_eq!(first, headers, "{kind}");
        let guide = workbook.worksheet_range("Hướng dẫn").expect("guide");
        assert_eq!(guide.rows().count(), columns.len() + 1, "{kind}: one line per column");
    }
    app.get("/api/v1/imports/shoes/columns").await.assert_problem(404, "not_found");
}

/// A file names an association by its id, its name or its short name (however it is typed);
/// a name of no association is the cell's error.
#[actix_web::test]
async fn associations_are_named_by_id_name_or_short_name() {
    let app = TestApp::spawn().await;
    let body = json!({"name": "Hội Làm vườn tỉnh Sơn La", "short_name": "HLV", "kind": "member_association"});
    let res = app.call_as(&[Role::Admin], &[], json(TestRequest::post().uri("/api/v1/associations"), body)).await;
    assert_eq!(res.status, 201, "{}", res.body_text());
    let id = res.json()["id"].as_i64().expect("id");
    let uri = "/api/v1/activities/import";
    let file = format!(
        "Tên hội;Loại hoạt động;Tên hoạt động;Đơn vị tổ chức;Ngày;Vai trò\n\
         {id};Hội thảo khoa học;Theo mã;Hội thành viên;01/02/2019;Phối hợp tổ chức\n\
         hoi lam vuon tinh son la;Hội thảo khoa học;Theo tên;Hội thành viên;01/02/2019;Phối hợp tổ chức\n\
         hlv;Hội thảo khoa học;Theo tên viết tắt;Hội thành viên;01/02/2019;Phối hợp tổ chức\n"
    );
    let send =
        |body: String| TestRequest::post().uri(uri).insert_header(("Content-Type", "text/csv")).set_payload(body);
    let res = app.call_as(STAFF, &[], send(file.clone())).await;
    assert_eq!(res.status, 201, "{}", res.body_text());
    let listed = app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/activities?limit=10")).await.json();
    let ids: Vec<&Value> = listed["items"].as_array().expect("items").iter().map(|a| &a["association_id"]).collect();
    assert_eq!(ids, [&json!(id); 3]);
    let bad = file.replace("hlv;", "Hội Không Có;");
    let res = app.call_as(STAFF, &[], send(bad)).await;
    assert_eq!(res.status, 422, "{}", res.body_text());
    let error = &res.json()["errors"][0];
    assert_eq!(
        (&error["row"], &error["column"], &error["value"], &error["code"]),
        (&json!(4), &json!("Tên hội"), &json!("Hội Không Có"), &json!("association")),
        "{error}"
    );
}

/// The columns of every import as `docs/api/imports.md` lists them, rendered from the same
/// declarations the readers use.
fn columns_table() -> String {
    use lienhiep::domain::import::Cell;
    let mut out = String::new();
    for (kind, path) in lienhiep::api::imports::KINDS {
        out.push_str(&format!("\n### `{kind}` — `POST {path}`\n\n"));
        out.push_str("| Header | Key | Cells | Other headers |\n| --- | --- | --- | --- |\n");
        for column in lienhiep::api::imports::columns_of(kind).expect("columns") {
            let cells = match column.cell {
                Cell::Code { list, .. } => format!("code, list `{list}`"),
                other => format!("{:?}", other.kind()).to_lowercase(),
            };
            out.push_str(&format!(
                "| {} | `{}` | {} | {} |\n",
                column.header,
                column.key,
                cells,
                column.aliases.join(" · ")
            ));
        }
    }
    out
}

#[test]
fn the_docs_list_every_column() {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/api/imports.md");
    let docs = std::fs::read_to_string(&path).expect("docs/api/imports.md");
    let (start, end) = ("<!-- import-columns:start -->\n", "<!-- import-columns:end -->");
    let (Some(a), Some(b)) = (docs.find(start), docs.find(end)) else {
        panic!("docs/api/imports.md needs the markers {start:?} and {end:?}");
    };
    let table = columns_table();
    if docs[a + start.len()..b] != table {
        if std::env::var("LIENHIEP_UPDATE_DOCS").is_ok() {
            std::fs::write(&path, format!("{}{}{}", &docs[..a + start.len()], table, &docs[b..])).expect("write");
        } else {
            panic!(
                "the columns in docs/api/imports.md are out of date; run: LIENHIEP_UPDATE_DOCS=1 cargo test imports"
            );
        }
    }
}

/// A workbook's sheet is read by the name the request gives (however it is typed), the first
/// by default; a name of no sheet is refused naming the sheets there are.
#[actix_web::test]
async fn the_sheet_a_request_names_is_the_one_read() {
    let app = TestApp::spawn().await;
    let book = |header: &[&str], row: &[&str]| {
        let mut book = rust_xlsxwriter::Workbook::new();
        let notes = book.add_worksheet();
        notes.set_name("Ghi chú").expect("name");
        notes.write_string(0, 0, "Danh sách ở trang sau").expect("write");
        let data = book.add_worksheet();
        data.set_name("Số liệu 2019").expect("name");
        for (c, (h, v)) in header.iter().zip(row).enumerate() {
            data.write_string(0, c as u16, *h).expect("write");
            data.write_string(1, c as u16, *v).expect("write");
        }
        book.save_to_buffer().expect("xlsx")
    };
    for import in [Import::Roster, Import::Activities] {
        let (header, row) = import.file("named-sheet");
        let row: Vec<&str> = row
            .iter()
            .map(|v| match v {
                V::T(t) => *t,
                V::Date(..) => "02/04/2019",
                V::Num(t, _) => *t,
            })
            .collect();
        let bytes = book(&header, &row);
        let uri = import.target(&app, "named-sheet").await;
        let send = |query: &str| {
            TestRequest::post()
                .uri(&format!("{uri}?{query}"))
                .insert_header(("Content-Type", XLSX))
                .set_payload(bytes.clone())
        };
        let res = app.call_as(STAFF, &[], send("sheet=so%20lieu%202019")).await;
        assert!(matches!(res.status.as_u16(), 200 | 201), "{import:?}: {}", res.body_text());
        assert!(!import.read_back(&app, &uri, "named-sheet").await.is_null(), "{import:?}");
        let res = app.call_as(STAFF, &[], send("sheet=Danh%20s%C3%A1ch")).await;
        assert_eq!(res.status, 422, "{import:?}: {}", res.body_text());
        assert!(res.body_text().contains("Ghi chú"), "{import:?}: {}", res.body_text());
        // The first sheet by default: the notes, which name no column the import knows.
        let res = app.call_as(STAFF, &[], send("dry_run=true")).await;
        assert_eq!(res.status, 422, "{import:?}: {}", res.body_text());
    }
}

#[actix_web::test]
async fn an_honouree_is_named_by_the_associations_key_or_a_national_id() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Y học").await;
    let roster = "external_id,full_name,national_id\nHV-1,Lò Văn Một,\nHV-2,Cầm Thị Hai,012345678901\n";
    let sync = TestRequest::post()
        .uri(&format!("/api/v1/associations/{a}/roster/sync"))
        .insert_header(("Content-Type", "text/csv"))
        .set_payload(roster);
    let res = app.call_as(STAFF, &[], sync).await;
    assert_eq!(res.status, 200, "{}", res.body_text());
    let uri = Import::Honourees.target(&app, "keys").await;
    let send =
        |file: String| TestRequest::post().uri(&uri).insert_header(("Content-Type", "text/csv")).set_payload(file);
    // Unknown keys and a malformed ID are the cells' errors; the ID is never written back.
    let bad = format!(
        "Tên hội;Mã hội viên;Số CCCD;Tiêu chí\n\
         {a};HV-9;;Thầy thuốc Ưu tú\n\
         ;;0123 456;Thầy thuốc Ưu tú\n\
         ;;987654321098;Thầy thuốc Ưu tú\n\
         ;HV-1;;Thầy thuốc Ưu tú\n"
    );
    let res = app.call_as(STAFF, &[], send(bad)).await;
    assert_eq!(res.status, 422, "{}", res.body_text());
    let errors: Vec<(Value, Value, Value, Value)> = res.json()["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| (e["row"].clone(), e["column"].clone(), e["code"].clone(), e["value"].clone()))
        .collect();
    assert_eq!(
        errors,
        [
            (json!(2), json!("Mã hội viên"), json!("unknown"), json!("HV-9")),
            (json!(3), json!("Số CCCD"), json!("format"), Value::Null),
            (json!(4), json!("Số CCCD"), json!("unknown"), Value::Null),
            (json!(5), json!("Tên hội"), json!("required"), json!("")),
        ]
    );
    assert!(!res.body_text().contains("987654321098") && !res.body_text().contains("0123 456"));

    let good = format!(
        "Tên hội;Mã hội viên;Số CCCD;Tiêu chí\n{a};HV-1;;Thầy thuốc Ưu tú\n;;0123.4567.8901;Thầy thuốc Ưu tú\n"
    );
    let res = app.call_as(STAFF, &[], send(good)).await;
    assert_eq!(res.status, 201, "{}", res.body_text());
    let members = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/members"))).await;
    let members = members.json();
    let person_of = |external: &str| {
        members["items"]
            .as_array()
            .and_then(|m| m.iter().find(|m| m["external_id"] == external))
            .map(|m| m["person"]["id"].clone())
    };
    let listed = app.call_as(STAFF, &[], TestRequest::get().uri(&uri.replace("/import", "/honourees"))).await.json();
    let honourees: Vec<(Value, Value)> = listed["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|h| (h["full_name"].clone(), Some(h["person_id"].clone())))
        .map(|(n, p)| (n, p.unwrap_or_default()))
        .collect();
    let mut honourees = honourees;
    honourees.sort_by_key(|(_, person)| person.as_i64());
    assert_eq!(
        honourees,
        [
            (json!("Lò Văn Một"), person_of("HV-1").expect("HV-1")),
            (json!("Cầm Thị Hai"), person_of("HV-2").expect("HV-2")),
        ],
        "{listed}"
    );
}

#[actix_web::test]
async fn a_birth_date_known_only_by_its_year_is_the_birth_year() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Cựu giáo chức").await;
    let roster = "Mã hội viên,Họ và tên,Ngày sinh,Năm sinh\nY-1,Lò Văn Một,1948,\nY-2,Lò Văn Hai,02/04/1950,\n\
                  Y-3,Lò Văn Ba,1951,1951\nY-4,Lò Văn Bốn,195,\n";
    let sync = TestRequest::post()
        .uri(&format!("/api/v1/associations/{a}/roster/sync?on_error=skip"))
        .insert_header(("Content-Type", "text/csv"))
        .set_payload(roster);
    let res = app.call_as(STAFF, &[], sync).await;
    assert_eq!(res.status, 200, "{}", res.body_text());
    let report = res.json();
    assert_eq!(
        (&report["created"], &report["errors"][0]["row"], &report["errors"][0]["code"]),
        (&json!(3), &json!(5), &json!("date"))
    );
    let members =
        app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/associations/{a}/members"))).await.json();
    let mut born: Vec<(Value, Value, Value)> = members["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|m| (m["external_id"].clone(), m["person"]["birth_date"].clone(), m["person"]["birth_year"].clone()))
        .collect();
    born.sort_by_key(|b| b.0.to_string());
    assert_eq!(
        born,
        [
            (json!("Y-1"), Value::Null, json!(1948)),
            (json!("Y-2"), json!("1950-04-02"), json!(1950)),
            (json!("Y-3"), Value::Null, json!(1951)),
        ],
        "{members}"
    );
}

impl Import {
    /// One valid JSON record of the import; `tag` makes it unique.
    pub(crate) fn json_record(self, tag: &str) -> Value {
        match self {
            Import::Roster => json!({"external_id": tag, "full_name": "Lò Thị Hoa", "birth_date": "1975-04-02"}),
            Import::Honourees => json!({"full_name": tag, "categories": ["Thầy thuốc Ưu tú"]}),
            Import::Entries => json!({"title": tag, "authors": ["Lò Văn Pha"]}),
            Import::Advisory => json!({
                "title": tag, "kind": "draft_law_comment", "requester": "national_assembly_delegation",
                "received_on": "2019-03-01"
            }),
            Import::Activities => json!({
                "kind": "workshop", "title": tag, "organiser_kind": "union", "starts_on": "2019-10-18",
                "union_role": "led"
            }),
        }
    }
}

#[actix_web::test]
async fn json_records_come_as_an_object_or_a_bare_array_in_every_way_a_file_comes() {
    let app = TestApp::spawn().await;
    for import in Import::ALL {
        let tag = format!("json-{import:?}");
        let uri = import.target(&app, &tag).await;
        let records = json!([import.json_record(&tag)]);
        let object = json!({"records": records}).to_string().into_bytes();
        let (form_body, form_type) = form(&object, "danh-sach.json", "application/json");
        let ways = [
            ("an object", object.clone(), "application/json".to_owned()),
            ("a bare array", records.to_string().into_bytes(), "application/json".to_owned()),
            ("an object as bytes", object.clone(), "application/octet-stream".to_owned()),
            ("an object in a form", form_body, form_type),
        ];
        let mut reports = Vec::new();
        for (how, body, content_type) in ways {
            let req = TestRequest::post()
                .uri(&format!("{uri}?dry_run=true"))
                .insert_header(("Content-Type", content_type))
                .set_payload(body);
            let res = app.call_as(STAFF, &[], req).await;
            assert_eq!(res.status, 200, "{import:?} as {how}: {}", res.body_text());
            reports.push((how, res.json()));
        }
        for (how, report) in &reports[1..] {
            assert_eq!(report, &reports[0].1, "{import:?}: {how} reads as an object does");
        }
        for wrong in [json!({"records": records, "mode": "snapshot"}), json!({"rows": records}), json!({})] {
            let res = app.call_as(STAFF, &[], json_req(TestRequest::post().uri(&uri), wrong.clone())).await;
            assert_eq!(res.status, 400, "{import:?} with {wrong}: {}", res.body_text());
            assert!(res.body_text().contains("records"), "the problem names the shape: {}", res.body_text());
        }
    }
}
