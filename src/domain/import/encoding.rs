//! The text encodings a CSV file comes in: UTF-8 (with or without a byte-order mark), UTF-16
//! as Excel's "Unicode Text" saves it, and Windows-1258, the Vietnamese code page older Excel
//! versions save "CSV" in. Each is read as UTF-8, as it streams in.

use std::io::Read;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1258};

use super::source::Unreadable;

/// How many bytes the encoding is told from.
const SAMPLE: u64 = 64 * 1024;

/// The encoding of a file from its declared `charset`, its byte-order mark, or its first
/// [`SAMPLE`] bytes; the file read as UTF-8 (a UTF-8 byte-order mark is left for the CSV reader
/// to skip). Text that is neither UTF-8 nor UTF-16 is read as Windows-1258 unless it holds
/// what no Vietnamese text in that code page holds (as TCVN3 or VNI files, typed for their
/// fonts, do): that file is refused, naming what was found.
pub fn decode<'a>(mut body: Box<dyn Read + 'a>, charset: Option<&str>) -> Result<Box<dyn Read + 'a>, Unreadable> {
    let mut sample = Vec::new();
    body.by_ref()
        .take(SAMPLE)
        .read_to_end(&mut sample)
        .map_err(|e| Unreadable(format!("the file cannot be read: {e}")))?;
    let encoding = match charset {
        Some(label) => Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            Unreadable(format!("the charset '{label}' is unknown: send UTF-8, UTF-16 or Windows-1258 text"))
        })?,
        None => detect(&sample)?,
    };
    let whole = std::io::Cursor::new(sample).chain(body);
    if encoding == UTF_8 {
        return Ok(Box::new(whole));
    }
    Ok(Box::new(Transcode::new(whole, encoding)))
}

/// The encoding of a file's first bytes.
fn detect(sample: &[u8]) -> Result<&'static Encoding, Unreadable> {
    if let Some((encoding, _)) = Encoding::for_bom(sample) {
        return Ok(encoding);
    }
    // UTF-16 without a byte-order mark: text that is mostly ASCII has a zero in every other byte.
    let pairs = sample.len().min(4096) / 2;
    if pairs >= 2 {
        let zeros = |offset: usize| (0..pairs).filter(|i| sample[2 * i + offset] == 0).count();
        let (even, odd) = (zeros(0), zeros(1));
        if odd * 10 >= pairs * 4 && even * 10 < pairs {
            return Ok(UTF_16LE);
        }
        if even * 10 >= pairs * 4 && odd * 10 < pairs {
            return Ok(UTF_16BE);
        }
    }
    match std::str::from_utf8(sample) {
        Ok(_) => return Ok(UTF_8),
        // Cut in the middle of a character at the end of the sample.
        Err(e) if e.error_len().is_none() => return Ok(UTF_8),
        Err(_) => {}
    }
    let (text, _) = WINDOWS_1258.decode_without_bom_handling(sample);
    if let Some(odd) = text.chars().find(|c| !plausible_1258(*c)) {
        return Err(Unreadable(format!(
            "the file is not UTF-8, UTF-16 or Windows-1258 text (it holds '{odd}' (U+{:04X}), as TCVN3 or VNI \
             files do): save it as \"CSV UTF-8\"",
            u32::from(odd)
        )));
    }
    Ok(WINDOWS_1258)
}

/// Whether Vietnamese (or English) text in Windows-1258 would hold the character: ASCII, the
/// letters, the five tone marks, and the punctuation a spreadsheet writes.
fn plausible_1258(c: char) -> bool {
    c.is_ascii()
        || c.is_alphabetic()
        || matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}')
        || matches!(c, '\u{a0}' | '–' | '—' | '‘' | '’' | '“' | '”' | '…' | '•' | '°' | '«' | '»' | '€' | '§' | '±')
}

/// A reader of text in `encoding` that gives UTF-8.
struct Transcode<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    input: Vec<u8>,
    input_start: usize,
    input_end: usize,
    eof: bool,
    output: Vec<u8>,
    output_start: usize,
    output_end: usize,
    done: bool,
}

impl<R: Read> Transcode<R> {
    fn new(inner: R, encoding: &'static Encoding) -> Self {
        Transcode {
            inner,
            decoder: encoding.new_decoder_with_bom_removal(),
            input: vec![0; 16 * 1024],
            input_start: 0,
            input_end: 0,
            eof: false,
            // Each input byte gives at most three bytes of UTF-8.
            output: vec![0; 48 * 1024 + 16],
            output_start: 0,
            output_end: 0,
            done: false,
        }
    }
}

impl<R: Read> Read for Transcode<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if self.output_start < self.output_end {
                let n = (self.output_end - self.output_start).min(out.len());
                out[..n].copy_from_slice(&self.output[self.output_start..self.output_start + n]);
                self.output_start += n;
                return Ok(n);
            }
            if self.done {
                return Ok(0);
            }
            if self.input_start == self.input_end && !self.eof {
                let n = self.inner.read(&mut self.input)?;
                self.input_start = 0;
                self.input_end = n;
                self.eof = n == 0;
            }
            let (result, read, written, _) =
                self.decoder.decode_to_utf8(&self.input[self.input_start..self.input_end], &mut self.output, self.eof);
            self.input_start += read;
            self.output_start = 0;
            self.output_end = written;
            if self.eof && result == encoding_rs::CoderResult::InputEmpty {
                self.done = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of [`each_encoding_reads_as_utf8`] as Windows-1258 writes it: the vowel marks
    /// precomposed (â 0xE2, ê 0xEA, ô 0xF4, ơ 0xF5), the tones after the letter (grave 0xCC,
    /// acute 0xEC, dot below 0xF2).
    const CP1258: &[u8] = b"Ho\xF2 va\xCC t\xEAn;D\xE2n t\xF4\xF2c\nLo\xCC Thi\xF2 Hoa;Kh\xF5 Mu\xEC\n";

    fn read(bytes: &[u8], charset: Option<&str>) -> Result<String, Unreadable> {
        let mut text = String::new();
        decode(Box::new(bytes), charset)?.read_to_string(&mut text).map_err(|e| Unreadable(e.to_string()))?;
        Ok(text)
    }

    #[test]
    fn each_encoding_reads_as_utf8() {
        let text = "Họ và tên;Dân tộc\nLò Thị Hoa;Khơ Mú\n";
        assert_eq!(read(text.as_bytes(), None).expect("utf-8"), text);
        for (encoding, bom) in [(UTF_16LE, &b"\xFF\xFE"[..]), (UTF_16BE, &b"\xFE\xFF"[..])] {
            let units: Vec<u16> = text.encode_utf16().collect();
            let body: Vec<u8> = units
                .iter()
                .flat_map(|u| if encoding == UTF_16LE { u.to_le_bytes() } else { u.to_be_bytes() })
                .collect();
            let with_bom = [bom, &body].concat();
            assert_eq!(read(&with_bom, None).expect("utf-16"), text, "{}", encoding.name());
            assert_eq!(read(&body, None).expect("utf-16 without a mark"), text, "{}", encoding.name());
        }
        // Windows-1258 writes tones as combining marks: read back, the text is the same once composed.
        use unicode_normalization::UnicodeNormalization;
        let decoded = read(CP1258, None).expect("windows-1258");
        assert_eq!(decoded.nfc().collect::<String>(), text);
        assert_eq!(read(CP1258, Some("windows-1258")).expect("declared"), decoded);
        // Long enough to cross the sample and the transcoder's buffers.
        let long = text.repeat(20_000);
        assert_eq!(read(&CP1258.repeat(20_000), None).expect("long").nfc().collect::<String>(), long);
    }

    #[test]
    fn what_cannot_be_read_is_named() {
        // "Nguyễn" typed in TCVN3 (ABC): 0xEC for ễ.
        let tcvn3 = b"full_name\nNguy\xECn V\xAFn A\n";
        let error = read(tcvn3, None).expect_err("tcvn3");
        assert!(error.0.contains("TCVN3"), "{}", error.0);
        assert!(read(b"a,b", Some("klingon")).expect_err("unknown").0.contains("klingon"));
    }
}
