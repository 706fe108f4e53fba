//! The template workbook of an import, written from its column declarations.

use rust_xlsxwriter::{DataValidation, Format, Formula, Workbook, XlsxError};

use crate::domain::import::{Cell, Column};
use crate::error::ApiError;

/// Rows of the template that get drop-downs.
const TEMPLATE_ROWS: u32 = 100_000;

fn failed(e: XlsxError) -> ApiError {
    ApiError::Internal(anyhow::anyhow!("writing XLSX: {e}"))
}

/// What a kind of cell holds, said to the person filling the template in.
fn explain(cell: Cell) -> &'static str {
    match cell {
        Cell::Text => "Văn bản",
        Cell::Integer => "Số nguyên (có thể ghi 1.500)",
        Cell::Number => "Số (ghi 86,5 hoặc 86.5)",
        Cell::Flag => "Có/không: x, có hoặc để trống, không",
        Cell::Date => "Ngày: dd/mm/yyyy (hoặc ô kiểu ngày)",
        Cell::List => "Nhiều giá trị, cách nhau bởi dấu ;",
        Cell::Code { .. } => "Một giá trị trong danh mục (chọn trong danh sách)",
        Cell::Association => "Hội: mã số, tên hoặc tên viết tắt",
    }
}

/// A workbook to fill in: a sheet named `title` with the columns' Vietnamese headers, drop-downs
/// for code-list columns (their Vietnamese labels) and for `lists` (a column key and its
/// values), text format for text columns (so that leading zeros stay), the `example` row
/// (column key, cell), and a sheet *Hướng dẫn* explaining each column.
pub fn workbook(
    title: &str,
    columns: &[Column],
    lists: &[(&str, Vec<String>)],
    example: &[(&str, &str)],
) -> Result<Vec<u8>, ApiError> {
    let catalogue = crate::domain::reference::catalogue().map_err(ApiError::Internal)?;
    let labels = |list: &str| -> Vec<String> {
        catalogue
            .iter()
            .find(|l| l.name == list)
            .map(|l| l.values.iter().map(|v| v.label_vi.clone()).collect())
            .unwrap_or_default()
    };
    let mut drop_downs: Vec<(usize, Vec<String>)> = Vec::new();
    for (index, column) in columns.iter().enumerate() {
        if let Some((_, values)) = lists.iter().find(|(key, _)| *key == column.key) {
            drop_downs.push((index, values.clone()));
        } else if let Cell::Code { list, .. } = column.cell {
            drop_downs.push((index, labels(list)));
        }
    }
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let text = Format::new().set_num_format("@");
    let sheet = workbook.add_worksheet();
    sheet.set_name(title).map_err(failed)?;
    for (index, column) in columns.iter().enumerate() {
        let col = index as u16;
        sheet.write_string_with_format(0, col, column.header, &bold).map_err(failed)?;
        sheet.set_column_width(col, 20).map_err(failed)?;
        if matches!(column.cell, Cell::Text | Cell::List | Cell::Association) {
            sheet.set_column_format(col, &text).map_err(failed)?;
        }
        if let Some((_, cell)) = example.iter().find(|(key, _)| *key == column.key) {
            sheet.write_string(1, col, *cell).map_err(failed)?;
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    for (list_index, (col, values)) in drop_downs.iter().filter(|(_, v)| !v.is_empty()).enumerate() {
        let letter = column_letter(list_index);
        let formula = format!("='Danh mục'!${letter}$1:${letter}${}", values.len());
        let validation = DataValidation::new()
            .allow_list_formula(Formula::new(formula))
            .set_error_message("Chọn một giá trị trong danh sách")
            .map_err(failed)?;
        sheet.add_data_validation(1, *col as u16, TEMPLATE_ROWS, *col as u16, &validation).map_err(failed)?;
    }
    let guide = workbook.add_worksheet();
    guide.set_name("Hướng dẫn").map_err(failed)?;
    for (col, title) in ["Cột", "Khóa (JSON)", "Nội dung", "Danh mục", "Tên cột khác được chấp nhận"].iter().enumerate()
    {
        guide.write_string_with_format(0, col as u16, *title, &bold).map_err(failed)?;
        guide.set_column_width(col as u16, if col == 2 || col == 4 { 40 } else { 24 }).map_err(failed)?;
    }
    for (index, column) in columns.iter().enumerate() {
        let row = index as u32 + 1;
        guide.write_string(row, 0, column.header).map_err(failed)?;
        guide.write_string(row, 1, column.key).map_err(failed)?;
        guide.write_string(row, 2, explain(column.cell)).map_err(failed)?;
        if let Cell::Code { list, .. } = column.cell {
            guide.write_string(row, 3, format!("/api/v1/reference/{list}")).map_err(failed)?;
        }
        guide.write_string(row, 4, column.aliases.join("; ")).map_err(failed)?;
    }
    let lists_sheet = workbook.add_worksheet();
    lists_sheet.set_name("Danh mục").map_err(failed)?;
    for (list_index, (_, values)) in drop_downs.iter().filter(|(_, v)| !v.is_empty()).enumerate() {
        for (row, value) in values.iter().enumerate() {
            lists_sheet.write_string(row as u32, list_index as u16, value).map_err(failed)?;
        }
    }
    lists_sheet.set_hidden(true);
    workbook.save_to_buffer().map_err(failed)
}

/// A spreadsheet column's letters: A … Z, AA, AB, …
fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}
