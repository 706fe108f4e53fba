//! Roster files: the columns a roster may have (with the Vietnamese headers an association
//! would write), and files read into rows of those columns ([`crate::domain::import`] reads
//! the formats and the cells).
//!
//! Everything here is pure: no database. `models::roster` plans and applies a sync from the
//! rows read here.

mod column;
mod table;
mod text;

pub use column::*;
pub use table::*;
pub use text::*;

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::codes::{EducationLevel, Gender};
    use crate::domain::import::{neutralise, parse_code, parse_date, Lang, XlsxLimits, MAX_CELL_CHARS, MAX_XML_TEXT};

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
    fn neutralise_guards_formulas() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("Nguyễn"), "Nguyễn");
        assert_eq!(crate::domain::import::clean(&neutralise("-5")), Some("-5".to_owned()));
        assert_eq!(neutralise("-5"), "-5");
        assert_eq!(neutralise("-5.25"), "-5.25");
        for formula in ["-5+1", "-", "-.5", "-5.", "-1e3", "+5", "-A1"] {
            assert_eq!(neutralise(formula), format!("'{formula}"), "{formula}");
        }
    }
}
