use super::*;

#[test]
fn numbers_read_with_vietnamese_and_english_separators() {
    let whole = [
        ("1234", Some(1234)),
        ("1.234", Some(1234)),
        ("1,234", Some(1234)),
        ("1 234 567", Some(1_234_567)),
        ("1.234.567", Some(1_234_567)),
        ("-12", Some(-12)),
        ("1.5", None),
        ("12.34", None),
        ("1.234,5", None),
        ("1,2,3", None),
        ("", None),
        ("mười", None),
        ("1e3", None),
        (".5", None),
    ];
    for (text, expected) in whole {
        assert_eq!(parse_whole(text), expected, "{text}");
    }
    let decimal = [
        ("2,5", Some(2.5)),
        ("2.5", Some(2.5)),
        ("1.234,5", Some(1234.5)),
        ("1,234.5", Some(1234.5)),
        ("1.234.567,25", Some(1_234_567.25)),
        ("1.234.567", Some(1_234_567.0)),
        ("1.23.4,5", None),
        ("1,234,5.6", None),
        ("1.", None),
    ];
    for (text, expected) in decimal {
        assert_eq!(parse_number(text, false), expected, "{text}");
    }
}

#[test]
fn phones_a_spreadsheet_stripped_get_their_zero_back() {
    assert_eq!(restore_phone("912345678"), "0912345678");
    assert_eq!(restore_phone("2123852888"), "02123852888");
    assert_eq!(restore_phone("0912345678"), "0912345678");
    assert_eq!(restore_phone("12345678"), "12345678", "eight digits: not a stripped Vietnamese number");
    assert_eq!(restore_phone("112345678"), "112345678", "no Vietnamese mobile starts 1");
    assert_eq!(restore_phone("+84 912 345 678"), "+84 912 345 678");
}

#[test]
fn cells_are_composed_and_unguarded() {
    let decomposed = "Nguye\u{302}\u{303}n";
    assert_eq!(clean(decomposed).as_deref(), Some("Nguyễn"));
    assert_eq!(clean("  '=1+1 ").as_deref(), Some("=1+1"));
    assert_eq!(clean(" \t "), None);
}

fn workbook(rows: &[&[&str]]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, text) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *text).expect("write");
        }
    }
    book.save_to_buffer().expect("xlsx")
}

fn sheet_rows(bytes: &[u8], sheet: Option<&str>) -> Result<Vec<(usize, Vec<String>)>, Unreadable> {
    let mut rows_read = Vec::new();
    let file = Opened { format: Format::Xlsx, charset: None, body: Box::new(bytes) };
    rows(file, sheet, XlsxLimits::for_upload_limit(64 << 20, 1_000), |n, cells| {
        rows_read.push((n, cells.iter().map(|c| (*c).to_owned()).collect()));
        Ok(())
    })?;
    Ok(rows_read)
}

#[test]
fn a_named_sheet_is_read_and_a_missing_one_named() {
    let bytes = workbook(&[&["a"], &["b"]]);
    assert_eq!(sheet_rows(&bytes, Some("sheet1")).expect("by name, folded").len(), 2);
    let error = sheet_rows(&bytes, Some("Danh sách")).expect_err("no such sheet");
    assert!(error.0.contains("Danh sách") && error.0.contains("Sheet1"), "{}", error.0);
    let empty = Opened { format: Format::Csv, charset: None, body: Box::new(&b""[..]) };
    assert!(rows(empty, None, XlsxLimits::for_upload_limit(1 << 20, 10), |_, _| Ok(())).is_err());
}
