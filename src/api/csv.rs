//! The one CSV writer of the service's answers: every cell goes through
//! [`crate::domain::import::neutralise`], so that no text a client wrote (a name, a section, a
//! note) runs as a formula when the file is opened in a spreadsheet.

use crate::domain::import::neutralise;
use crate::error::ApiError;

/// A CSV document being written.
pub struct CsvWriter {
    inner: csv::Writer<Vec<u8>>,
}

impl CsvWriter {
    /// A writer; with `bom`, the document starts with a UTF-8 byte-order mark, so that
    /// spreadsheets read it as UTF-8.
    pub fn new(bom: bool) -> Self {
        let start = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        CsvWriter { inner: csv::WriterBuilder::new().from_writer(start) }
    }

    /// Writes one row, each cell neutralised.
    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) -> Result<(), ApiError> {
        let cells = cells.into_iter().map(|c| neutralise(c.as_ref()).into_owned());
        self.inner.write_record(cells).map_err(|e| ApiError::Internal(e.into()))
    }

    /// What has been written since the last call, for a document sent in pieces.
    pub fn take(&mut self) -> Result<Vec<u8>, ApiError> {
        let written = std::mem::replace(&mut self.inner, csv::WriterBuilder::new().from_writer(Vec::new()));
        written.into_inner().map_err(|e| ApiError::Internal(anyhow::anyhow!("writing CSV: {e}")))
    }

    /// The whole document.
    pub fn finish(mut self) -> Result<Vec<u8>, ApiError> {
        self.take()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cell_is_neutralised_and_numbers_stay_numbers() {
        let mut w = CsvWriter::new(true);
        w.row(["=HYPERLINK(\"http://evil.example\")", "@evil", "+1", "-2", "-2.5", "-1+2", "\tx", "Sơn La"])
            .expect("row");
        let text = String::from_utf8(w.finish().expect("csv")).expect("utf-8");
        assert_eq!(text, "\u{feff}\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@evil,'+1,-2,-2.5,'-1+2,'\tx,Sơn La\n");
    }

    #[test]
    fn a_document_can_be_taken_in_pieces() {
        let mut w = CsvWriter::new(false);
        w.row(["a", "b"]).expect("row");
        assert_eq!(w.take().expect("piece"), b"a,b\n");
        w.row(["c"]).expect("row");
        assert_eq!(w.finish().expect("rest"), b"c\n");
    }
}
