//! Reading XLSX workbooks within bounds on what their parts may expand to.

use chrono::NaiveDate;

use super::cells::MAX_CELL_CHARS;
use super::source::Unreadable;
use crate::domain::vn;

/// Bounds on reading an XLSX workbook.
#[derive(Debug, Clone, Copy)]
pub struct XlsxLimits {
    /// The most bytes its parts may expand to, all together (as declared, and as expanded).
    pub max_expanded: u64,
    /// The most bytes of the shared strings part, which is held in memory while reading.
    pub max_strings: u64,
    /// The most rows of the sheet read.
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
pub const MAX_XML_TEXT: usize = MAX_CELL_CHARS * 8;

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

/// The text of a spreadsheet cell: numbers without a trailing `.0`, dates as `yyyy-mm-dd` in
/// the workbook's own date system (1900, or 1904 as older Mac workbooks keep them).
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
        DataRef::DateTime(d) if d.is_datetime() && (0.0..2_958_466.0).contains(&d.as_f64()) => {
            let (year, month, day, ..) = d.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(year.into(), month.into(), day.into())
                .map_or_else(|| d.as_f64().to_string(), |day| day.format("%Y-%m-%d").to_string())
        }
        DataRef::DateTime(d) => d.as_f64().to_string(),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => format!("#{e:?}"),
    }
}

/// Calls `row` with each row of a sheet of an XLSX workbook (the first, or the one named
/// `sheet`) that has a cell: its number in the sheet (from 1) and its cells' text. The
/// archive's sizes are checked before anything is expanded, every part is checked as it
/// expands before the reader opens it ([`check_parts`]), and cells are read as a stream, so a
/// hostile file cannot exhaust memory. Answers whether the sheet had any row.
pub fn xlsx_rows(
    body: &[u8],
    sheet: Option<&str>,
    limits: XlsxLimits,
    mut row: impl FnMut(usize, &[String]) -> Result<(), Unreadable>,
) -> Result<bool, Unreadable> {
    use calamine::Reader;
    let not_xlsx = || Unreadable("the file is not an XLSX workbook (save it as Excel Workbook .xlsx)".into());
    check_parts(body, limits)?;
    let mut workbook: calamine::Xlsx<_> = calamine::Xlsx::new(std::io::Cursor::new(body))
        .map_err(|e| Unreadable(format!("the workbook cannot be read: {e}")))?;
    let names = workbook.sheet_names();
    let name = match sheet {
        None => names.first().cloned().ok_or_else(not_xlsx)?,
        Some(wanted) => names
            .iter()
            .find(|n| n.trim() == wanted.trim())
            .or_else(|| names.iter().find(|n| vn::fold(n) == vn::fold(wanted)))
            .cloned()
            .ok_or_else(|| {
                Unreadable(format!("the workbook has no sheet '{wanted}' (its sheets: {})", names.join(", ")))
            })?,
    };
    let mut cells = workbook
        .worksheet_cells_reader(&name)
        .map_err(|e| Unreadable(format!("the sheet '{name}' cannot be read: {e}")))?;
    let mut current: Option<(u32, Vec<String>)> = None;
    let mut rows = 0_usize;
    loop {
        let next = cells.next_cell().map_err(|e| Unreadable(format!("the sheet '{name}' cannot be read: {e}")))?;
        let Some(cell) = next else { break };
        let (index, col) = cell.get_position();
        let text = xlsx_text(cell.get_value());
        if current.as_ref().is_none_or(|(r, _)| *r != index) {
            if let Some((done, values)) = current.take() {
                row(done as usize + 1, &values)?;
            }
            rows += 1;
            if rows > limits.max_rows + 1 {
                return Err(Unreadable(format!("the sheet has more than {} rows; split it", limits.max_rows)));
            }
            current = Some((index, Vec::new()));
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
    if let Some((done, values)) = current.take() {
        row(done as usize + 1, &values)?;
    }
    Ok(rows > 0)
}
