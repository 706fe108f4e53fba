//! What errors say, in the caller's language: one catalogue per language (`en`, `vi`), each
//! keyed by the stable codes of problems and of field errors. A message in Vietnamese is the
//! catalogue's sentence for its code, followed by the English specifics in brackets (the
//! names, numbers and limits of this occurrence).

mod en;
mod vi;

/// The language of error messages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Lang {
    /// English.
    #[default]
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

    /// Its language tag (`Content-Language`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }
}

/// A problem's title in `lang`.
pub fn title(lang: Lang, code: &str) -> &'static str {
    match lang {
        Lang::En => en::PROBLEMS.iter().find(|(c, _)| *c == code).map_or("The request failed", |(_, t)| t),
        Lang::Vi => vi::PROBLEMS.iter().find(|(c, ..)| *c == code).map_or("Yêu cầu không thành công", |(_, t, _)| t),
    }
}

/// A problem's detail in `lang`: as given in English, or the catalogue's Vietnamese lead with
/// the English specifics after it in brackets.
pub fn detail(lang: Lang, code: &str, english: &str) -> String {
    match lang {
        Lang::En => english.to_owned(),
        Lang::Vi => {
            let lead = vi::PROBLEMS.iter().find(|(c, ..)| *c == code).map_or("Yêu cầu không thành công", |(.., l)| l);
            format!("{lead} ({english})")
        }
    }
}

/// A field error's message in `lang`: as given in English, or the catalogue's Vietnamese
/// sentence for its code with the English specifics after it in brackets.
pub fn field(lang: Lang, code: &str, english: &str) -> String {
    match lang {
        Lang::En => english.to_owned(),
        Lang::Vi => {
            let text = vi::FIELDS.iter().find(|(c, _)| *c == code).map_or("Giá trị không hợp lệ", |(_, t)| t);
            format!("{text} ({english})")
        }
    }
}

/// Every field-error code with its rule in English and in Vietnamese, for the docs.
pub fn field_codes() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    en::FIELDS.iter().map(|(code, rule)| {
        let vi = vi::FIELDS.iter().find(|(c, _)| c == code).map_or("", |(_, t)| *t);
        (*code, *rule, vi)
    })
}

/// Whether both catalogues have the problem code.
pub fn has_problem(code: &str) -> bool {
    en::PROBLEMS.iter().any(|(c, _)| *c == code) && vi::PROBLEMS.iter().any(|(c, ..)| *c == code)
}

/// Whether both catalogues have the field-error code.
pub fn has_field(code: &str) -> bool {
    en::FIELDS.iter().any(|(c, _)| *c == code) && vi::FIELDS.iter().any(|(c, _)| *c == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_catalogues_have_the_same_codes_once_each() {
        let mut en_problems: Vec<&str> = en::PROBLEMS.iter().map(|(c, _)| *c).collect();
        let mut vi_problems: Vec<&str> = vi::PROBLEMS.iter().map(|(c, ..)| *c).collect();
        let mut en_fields: Vec<&str> = en::FIELDS.iter().map(|(c, _)| *c).collect();
        let mut vi_fields: Vec<&str> = vi::FIELDS.iter().map(|(c, _)| *c).collect();
        for list in [&mut en_problems, &mut vi_problems, &mut en_fields, &mut vi_fields] {
            let n = list.len();
            list.sort_unstable();
            list.dedup();
            assert_eq!(list.len(), n, "a code twice in one catalogue");
        }
        assert_eq!(en_problems, vi_problems);
        assert_eq!(en_fields, vi_fields);
        let texts = vi::PROBLEMS.iter().flat_map(|(_, t, l)| [*t, *l]).chain(vi::FIELDS.iter().map(|(_, t)| *t));
        for text in texts.chain(en::PROBLEMS.iter().map(|(_, t)| *t)).chain(en::FIELDS.iter().map(|(_, t)| *t)) {
            assert!(!text.trim().is_empty());
        }
    }

    #[test]
    fn vietnamese_is_chosen_by_accept_language() {
        assert_eq!(Lang::from_accept_language(Some("vi")), Lang::Vi);
        assert_eq!(Lang::from_accept_language(Some("vi-VN,vi;q=0.9,en;q=0.8")), Lang::Vi);
        assert_eq!(Lang::from_accept_language(Some("en-US,vi;q=0.5")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("fr")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("vi;q=0")), Lang::En);
        assert_eq!(Lang::from_accept_language(None), Lang::En);
        assert_eq!(
            field(Lang::Vi, "length", "must be at most 5 characters long"),
            "Độ dài không hợp lệ (must be at most 5 characters long)"
        );
        assert_eq!(field(Lang::En, "length", "must be at most 5"), "must be at most 5");
        assert_eq!(title(Lang::Vi, "not_found"), "Không tìm thấy");
    }
}
