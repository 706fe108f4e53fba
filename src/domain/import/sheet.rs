//! A file read as rows of cell texts, whatever its format: CSV in any encoding we read, or
//! a sheet of an XLSX workbook. Row 1 is the header.

use std::io::Read;

use super::encoding::decode;
use super::source::{Format, Opened, Unreadable};
use super::xlsx::{xlsx_rows, XlsxLimits};

/// A CSV reader over UTF-8 text as it streams in: a byte-order mark skipped, and comma,
/// semicolon or tab separated (Excel's "Unicode Text"), whichever the header line has most of
/// (as far as the first 64 KiB hold it); rows may have fewer or more cells than the header.
pub fn open_csv<R: Read>(body: R) -> std::io::Result<csv::Reader<std::io::BufReader<R>>> {
    use std::io::BufRead;
    let mut body = std::io::BufReader::with_capacity(64 * 1024, body);
    let start = body.fill_buf()?;
    let bom = if start.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
    let first_line = start[bom..].split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |delimiter: u8| first_line.iter().filter(|b| **b == delimiter).count();
    let (commas, semicolons, tabs) = (count(b','), count(b';'), count(b'\t'));
    let delimiter = if tabs > commas && tabs > semicolons {
        b'\t'
    } else if semicolons > commas {
        b';'
    } else {
        b','
    };
    body.consume(bom);
    Ok(csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(false).from_reader(body))
}

/// Calls `row` with each row of a CSV or XLSX file: its number (the header is row 1; in a
/// workbook, the sheet's own numbering) and its cells. CSV is decoded ([`decode`]) and read as
/// it streams in; a workbook is read whole (`sheet`: which one, the first by default). Cells
/// come as written: [`super::clean`] composes them (NFC) as it reads them. An empty file is
/// unreadable.
pub fn rows(
    file: Opened<'_>,
    sheet: Option<&str>,
    limits: XlsxLimits,
    mut row: impl FnMut(usize, &[&str]) -> Result<(), Unreadable>,
) -> Result<(), Unreadable> {
    let mut any = false;
    let mut each = |number: usize, cells: &[&str]| {
        any = true;
        row(number, cells)
    };
    match file.format {
        Format::Xlsx => {
            let mut body = Vec::new();
            let mut input = file.body;
            input.read_to_end(&mut body).map_err(|e| Unreadable(format!("the file cannot be read: {e}")))?;
            xlsx_rows(&body, sheet, limits, |number, cells| {
                let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
                each(number, &refs)
            })?;
        }
        Format::Csv | Format::Json => {
            let text = decode(file.body, file.charset.as_deref())?;
            let mut reader = open_csv(text).map_err(|e| Unreadable(format!("the file cannot be read: {e}")))?;
            let mut record = csv::StringRecord::new();
            let mut number = 0;
            loop {
                number += 1;
                match reader.read_record(&mut record) {
                    Ok(false) => break,
                    Ok(true) => {}
                    Err(e) => return Err(csv_unreadable(&e, number)),
                }
                let cells: Vec<&str> = record.iter().collect();
                each(number, &cells)?;
            }
        }
    }
    if !any {
        return Err(Unreadable("the file is empty: it needs a header row naming the columns".into()));
    }
    Ok(())
}

fn csv_unreadable(e: &csv::Error, number: usize) -> Unreadable {
    let what = if number == 1 { "the header row".to_owned() } else { format!("row {number}") };
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => {
            Unreadable(format!("{what} is not UTF-8 text like the rows before it (save the file as \"CSV UTF-8\")"))
        }
        _ => Unreadable(format!("{what} cannot be read: {e}")),
    }
}
