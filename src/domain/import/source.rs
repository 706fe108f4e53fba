//! Where an imported file's bytes come from: the format and text encoding of a raw body, or
//! the `file` part of a `multipart/form-data` form, read as the body streams in.

use std::io::Read;

/// The media type of XLSX workbooks.
pub const XLSX_MEDIA_TYPE: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Why a file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(pub String);

/// The formats a file is imported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A JSON array of records.
    Json,
    /// CSV with a header row, in UTF-8, UTF-16 or Windows-1258.
    Csv,
    /// An XLSX workbook, a header row on its first (or named) sheet.
    Xlsx,
}

impl Format {
    /// The format of a media type's essence (`text/csv`), if it is one we read.
    pub fn from_media_type(essence: &str) -> Option<Format> {
        match essence.to_ascii_lowercase().as_str() {
            "application/json" => Some(Format::Json),
            "text/csv" | "application/csv" => Some(Format::Csv),
            XLSX_MEDIA_TYPE => Some(Format::Xlsx),
            _ => None,
        }
    }

    /// The format of a file's name by its extension, if it is one we read.
    fn from_file_name(name: &str) -> Option<Format> {
        let extension = name.rsplit_once('.')?.1.trim().to_ascii_lowercase();
        match extension.as_str() {
            "json" => Some(Format::Json),
            "csv" | "txt" => Some(Format::Csv),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }
}

/// How an upload arrives, from its `Content-Type`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Upload {
    /// The body is the file, with the `charset` its type declares, if any.
    Raw {
        /// Its format; `None` for `application/octet-stream`, told by its first bytes.
        format: Option<Format>,
        /// The declared text encoding (`text/csv; charset=windows-1258`).
        charset: Option<String>,
    },
    /// A `multipart/form-data` form whose `file` part is the file.
    Form {
        /// The form's boundary.
        boundary: String,
    },
}

impl Upload {
    /// The upload a `Content-Type` announces; `None` when it is not one we read.
    pub fn from_content_type(value: &str) -> Option<Upload> {
        let media: mime::Mime = value.parse().ok()?;
        if media.essence_str().eq_ignore_ascii_case("multipart/form-data") {
            let boundary = media.get_param(mime::BOUNDARY)?.as_str();
            return (!boundary.is_empty() && boundary.len() <= 200)
                .then(|| Upload::Form { boundary: boundary.to_owned() });
        }
        let format = if media.essence_str().eq_ignore_ascii_case("application/octet-stream") {
            None
        } else {
            Some(Format::from_media_type(media.essence_str())?)
        };
        let charset = media.get_param(mime::CHARSET).map(|c| c.as_str().to_owned());
        Some(Upload::Raw { format, charset })
    }
}

/// A file opened for reading: its format, declared encoding and bytes.
pub struct Opened<'a> {
    /// Its format.
    pub format: Format,
    /// The text encoding its type declared, if any.
    pub charset: Option<String>,
    /// Its bytes, as they arrive.
    pub body: Box<dyn Read + 'a>,
}

/// Opens the file of an upload: a raw body as it is (its format from its type, or its first
/// bytes); a form's `file` part (its format from the file's name, the part's type, or its
/// first bytes), the rest of the form left unread.
pub fn open<'a>(body: &'a mut dyn Read, upload: &Upload) -> Result<Opened<'a>, Unreadable> {
    match upload {
        Upload::Raw { format: Some(format), charset } => {
            Ok(Opened { format: *format, charset: charset.clone(), body: Box::new(body) })
        }
        Upload::Raw { format: None, charset } => {
            let mut start = Vec::new();
            (&mut *body)
                .take(512)
                .read_to_end(&mut start)
                .map_err(|e| Unreadable(format!("the body cannot be read: {e}")))?;
            let format = sniff(&start);
            Ok(Opened { format, charset: charset.clone(), body: Box::new(std::io::Cursor::new(start).chain(body)) })
        }
        Upload::Form { boundary } => {
            let mut form = FormReader::new(body, boundary);
            let part = form.next_file()?;
            let media: Option<mime::Mime> = part.content_type.as_deref().and_then(|t| t.parse().ok());
            let charset = media.as_ref().and_then(|m| m.get_param(mime::CHARSET)).map(|c| c.as_str().to_owned());
            let declared = part
                .file_name
                .as_deref()
                .and_then(Format::from_file_name)
                .or_else(|| media.as_ref().and_then(|m| Format::from_media_type(m.essence_str())));
            let mut start = Vec::new();
            form.by_ref().take(512).read_to_end(&mut start).map_err(|e| unreadable_form(&e))?;
            let format = declared.unwrap_or_else(|| sniff(&start));
            Ok(Opened { format, charset, body: Box::new(std::io::Cursor::new(start).chain(form)) })
        }
    }
}

/// The format of a file's first bytes: a ZIP archive is a workbook, `{` or `[` JSON records,
/// anything else CSV.
fn sniff(start: &[u8]) -> Format {
    let text = start.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(start);
    if start.starts_with(b"PK\x03\x04") {
        Format::Xlsx
    } else if matches!(text.iter().find(|b| !b.is_ascii_whitespace()), Some(b'[' | b'{')) {
        Format::Json
    } else {
        Format::Csv
    }
}

fn unreadable_form(e: &std::io::Error) -> Unreadable {
    Unreadable(format!("the form cannot be read: {e}"))
}

/// What a form part's headers say.
#[derive(Debug, Default)]
struct Part {
    name: Option<String>,
    file_name: Option<String>,
    content_type: Option<String>,
}

/// Reads a `multipart/form-data` body (RFC 7578) as it streams in, to its `file` part, then
/// that part's content up to the next boundary. Other parts before it are skipped unread;
/// memory stays at one buffer whatever the parts' sizes.
struct FormReader<'a> {
    inner: &'a mut dyn Read,
    /// `\r\n--boundary`.
    delimiter: Vec<u8>,
    finder: memchr::memmem::Finder<'static>,
    buffer: Vec<u8>,
    start: usize,
    eof: bool,
    /// In a part's content, not past its end.
    in_content: bool,
}

/// The most bytes of one part's headers.
const MAX_PART_HEADERS: usize = 16 * 1024;

impl<'a> FormReader<'a> {
    fn new(inner: &'a mut dyn Read, boundary: &str) -> Self {
        let delimiter = format!("\r\n--{boundary}").into_bytes();
        let finder = memchr::memmem::Finder::new(&delimiter).into_owned();
        // The body begins with `--boundary`: the CRLF in front makes the first one a delimiter
        // like the others.
        FormReader { inner, delimiter, finder, buffer: b"\r\n".to_vec(), start: 0, eof: false, in_content: false }
    }

    /// Reads more of the body into the buffer; false at its end.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.start > 0 && self.start * 2 >= self.buffer.len() {
            self.buffer.drain(..self.start);
            self.start = 0;
        }
        let len = self.buffer.len();
        self.buffer.resize(len + 64 * 1024, 0);
        let n = loop {
            match self.inner.read(&mut self.buffer[len..]) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                other => break other,
            }
        };
        self.buffer.truncate(len + n.as_ref().copied().unwrap_or(0));
        let n = n?;
        self.eof = n == 0;
        Ok(n > 0)
    }

    /// Skips to just past the next delimiter; false when the body ends first.
    fn skip_past_delimiter(&mut self) -> std::io::Result<bool> {
        loop {
            if let Some(at) = self.finder.find(&self.buffer[self.start..]) {
                self.start += at + self.delimiter.len();
                return Ok(true);
            }
            // Keep what could be the beginning of a delimiter.
            self.start = self.buffer.len().saturating_sub(self.delimiter.len() - 1).max(self.start);
            if !self.fill()? {
                return Ok(false);
            }
        }
    }

    /// Ensures `n` bytes past `start` are buffered, if the body has them.
    fn want(&mut self, n: usize) -> std::io::Result<bool> {
        while self.buffer.len() - self.start < n {
            if !self.fill()? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Moves to the content of the form's `file` part (or, when no part is named so, of the
    /// first part that carries a file name).
    fn next_file(&mut self) -> Result<Part, Unreadable> {
        let no_file =
            || Unreadable("the form has no file: send it as the part named 'file' (multipart/form-data)".into());
        loop {
            if !self.skip_past_delimiter().map_err(|e| unreadable_form(&e))? {
                return Err(no_file());
            }
            // After a delimiter: `--` ends the form; otherwise the part's headers follow.
            if !self.want(2).map_err(|e| unreadable_form(&e))? || &self.buffer[self.start..self.start + 2] == b"--" {
                return Err(no_file());
            }
            let headers = loop {
                if let Some(end) = memchr::memmem::find(&self.buffer[self.start..], b"\r\n\r\n") {
                    let headers = String::from_utf8_lossy(&self.buffer[self.start..self.start + end]).into_owned();
                    self.start += end + 4;
                    break headers;
                }
                if self.buffer.len() - self.start > MAX_PART_HEADERS {
                    return Err(Unreadable("a part of the form has headers too long to read".into()));
                }
                if !self.fill().map_err(|e| unreadable_form(&e))? {
                    return Err(Unreadable("the form ends inside a part's headers".into()));
                }
            };
            let part = parse_part_headers(&headers);
            if part.name.as_deref() == Some("file") || part.file_name.is_some() {
                self.in_content = true;
                return Ok(part);
            }
        }
    }
}

impl Read for FormReader<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if !self.in_content || out.is_empty() {
            return Ok(0);
        }
        loop {
            let available = &self.buffer[self.start..];
            if let Some(at) = self.finder.find(available) {
                if at == 0 {
                    self.in_content = false;
                    return Ok(0);
                }
                let n = at.min(out.len());
                out[..n].copy_from_slice(&available[..n]);
                self.start += n;
                return Ok(n);
            }
            // Bytes that cannot begin a delimiter are the file's.
            let safe = available.len().saturating_sub(self.delimiter.len() - 1);
            if safe > 0 {
                let n = safe.min(out.len());
                out[..n].copy_from_slice(&available[..n]);
                self.start += n;
                return Ok(n);
            }
            if !self.fill()? {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "the form ends inside the file (its closing boundary is missing)",
                ));
            }
        }
    }
}

/// The name, file name and type a part's headers give.
fn parse_part_headers(headers: &str) -> Part {
    let mut part = Part::default();
    for line in headers.split("\r\n") {
        let Some((name, value)) = line.split_once(':') else { continue };
        let name = name.trim();
        if name.eq_ignore_ascii_case("content-type") {
            part.content_type = Some(value.trim().to_owned());
        } else if name.eq_ignore_ascii_case("content-disposition") {
            for parameter in value.split(';').skip(1) {
                let Some((key, value)) = parameter.split_once('=') else { continue };
                let value = value.trim().trim_matches('"').to_owned();
                match key.trim().to_ascii_lowercase().as_str() {
                    "name" => part.name = Some(value),
                    "filename" => part.file_name = Some(value),
                    _ => {}
                }
            }
        }
    }
    part
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(parts: &[(&str, Option<&str>, &[u8])], boundary: &str) -> Vec<u8> {
        let mut body = Vec::new();
        for (name, file_name, content) in parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            let file = file_name.map(|f| format!("; filename=\"{f}\"")).unwrap_or_default();
            body.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"{file}\r\n").as_bytes());
            if file_name.is_some() {
                body.extend_from_slice(b"Content-Type: application/octet-stream\r\n");
            }
            body.extend_from_slice(b"\r\n");
            body.extend_from_slice(content);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        body
    }

    /// A reader that hands out at most `step` bytes at a time, as a network does.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.0.len().min(self.1).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn read_form(body: &[u8], step: usize) -> Result<(Format, Vec<u8>), Unreadable> {
        let upload = Upload::from_content_type("multipart/form-data; boundary=XyZ").expect("form");
        let mut trickle = Trickle(body, step);
        let mut opened = open(&mut trickle, &upload)?;
        let mut content = Vec::new();
        opened.body.read_to_end(&mut content).map_err(|e| Unreadable(e.to_string()))?;
        Ok((opened.format, content))
    }

    #[test]
    fn the_file_part_is_read_whatever_the_chunks_and_other_parts() {
        // Content that holds near-delimiters, CRLFs and a boundary without its leading CRLF.
        let mut content = b"ma,ten\r\nA1,--XyZ not one\r\n\r\n-\r\n--Xy".to_vec();
        content.extend(std::iter::repeat_n(b'a', 200_000));
        let body = form(&[("note", None, b"hello"), ("file", Some("roster.csv"), &content)], "XyZ");
        for step in [1, 2, 7, 64, 4096, 1 << 20] {
            let (format, read) = read_form(&body, step).expect("readable");
            assert_eq!(format, Format::Csv);
            assert_eq!(read, content, "step {step}");
        }
        let json = form(&[("upload", Some("x.bin"), b" [1]")], "XyZ");
        assert_eq!(read_form(&json, 3).expect("readable"), (Format::Json, b" [1]".to_vec()));
        let xlsx = form(&[("file", Some("danh-sach.XLSX"), b"PK..")], "XyZ");
        assert_eq!(read_form(&xlsx, 3).expect("readable").0, Format::Xlsx);
    }

    #[test]
    fn a_form_without_a_file_or_cut_short_is_named() {
        let body = form(&[("note", None, b"hello")], "XyZ");
        assert!(read_form(&body, 5).expect_err("no file").0.contains("part named 'file'"));
        let body = form(&[("file", Some("a.csv"), b"a,b\n1,2")], "XyZ");
        let cut = &body[..body.len() - 12];
        assert!(read_form(cut, 5).expect_err("cut").0.contains("boundary is missing"));
        assert_eq!(Upload::from_content_type("multipart/form-data"), None, "no boundary");
        assert_eq!(
            Upload::from_content_type("text/csv; charset=windows-1258"),
            Some(Upload::Raw { format: Some(Format::Csv), charset: Some("windows-1258".into()) })
        );
    }

    #[test]
    fn an_octet_stream_is_told_by_its_first_bytes() {
        let upload = Upload::from_content_type("application/octet-stream").expect("raw");
        assert_eq!(upload, Upload::Raw { format: None, charset: None });
        let cases: [(&[u8], Format); 5] = [
            (b"\xEF\xBB\xBFma,ten\r\nA1,An\r\n", Format::Csv),
            (b"  \n [{\"external_id\": \"A1\"}]", Format::Json),
            (b"{\"records\": []}", Format::Json),
            (b"PK\x03\x04rest of the archive", Format::Xlsx),
            (b"", Format::Csv),
        ];
        for (bytes, format) in cases {
            let mut long = bytes.to_vec();
            long.extend(std::iter::repeat_n(b'x', 3000));
            let mut trickle = Trickle(&long, 7);
            let mut opened = open(&mut trickle, &upload).expect("opened");
            assert_eq!(opened.format, format);
            let mut content = Vec::new();
            opened.body.read_to_end(&mut content).expect("read");
            assert_eq!(content, long, "every byte, the sniffed ones first");
        }
    }
}
