//! Vietnamese text: folding for search and keys for sorting in Vietnamese alphabetical order.
//!
//! People type without diacritics, so search compares *folded* text: lower case, diacritics
//! removed, and đ/Đ folded to d (plain Unicode accent stripping misses đ, which is a letter of
//! its own, not d with a mark). Both are computed in Rust on write and stored, because SQLite's
//! `lower()` folds ASCII only and `LIKE` differs between the backends.

use unicode_normalization::UnicodeNormalization;

/// Lower-cases, removes diacritics, folds đ to d and collapses white space.
///
/// `fold("  Nguyễn  Văn Đức ")` is `"nguyen van duc"`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        match c {
            'đ' | 'Đ' => out.push('d'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The key two spellings of a code-list value are compared by: the [`fold`]ed text with
/// everything but letters and digits left out, so that `Khơ Mú`, `Khơ-mú` and `khomu`, or
/// `PGS.TS` and `pgs ts`, are one.
pub fn match_key(text: &str) -> String {
    fold(text).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The words of a name or of a search query as member search compares them: the [`fold`]ed
/// text cut at every character that is not a letter or a digit. `words("Nguyễn-Văn  Thị.")` is
/// `["nguyen", "van", "thi"]`.
pub fn words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
}

/// Whether a name matches a search: every query word is the start of a *different* name word,
/// in any order (both as [`words`] gives them). "nguyen nguyen" matches "Nguyễn Văn Nguyên"
/// but not "Nguyễn Văn An"; "an an" matches "Anh Văn An".
pub fn words_match(query: &[String], name: &[String]) -> bool {
    if query.len() > name.len() {
        return false;
    }
    // A bipartite matching, grown one query word at a time along augmenting paths.
    let mut owner: Vec<Option<usize>> = vec![None; name.len()];
    fn place(q: usize, query: &[String], name: &[String], owner: &mut [Option<usize>], seen: &mut [bool]) -> bool {
        for n in 0..name.len() {
            if seen[n] || !name[n].starts_with(query[q].as_str()) {
                continue;
            }
            seen[n] = true;
            if owner[n].is_none_or(|other| place(other, query, name, owner, seen)) {
                owner[n] = Some(q);
                return true;
            }
        }
        false
    }
    (0..query.len()).all(|q| {
        let mut seen = vec![false; name.len()];
        place(q, query, name, &mut owner, &mut seen)
    })
}

/// Trims and collapses inner white space, in NFC: the form names are stored in.
pub fn normalize_name(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").nfc().collect()
}

/// A key whose byte order is Vietnamese alphabetical order: a < ă < â < b < c < d < đ < e < ê
/// < … < o < ô < ơ < … < u < ư < …, words before longer words, and tones deciding only between
/// otherwise equal texts (no tone < huyền < sắc < hỏi < ngã < nặng).
pub fn sort_key(text: &str) -> String {
    let mut primary = String::with_capacity(text.len() * 2);
    let mut tones = String::new();
    for word in text.split_whitespace() {
        if !primary.is_empty() {
            primary.push(' ');
        }
        for c in word.nfc() {
            let mut base = None;
            let mut modifier = '0';
            let mut tone = '0';
            for part in c.to_lowercase().flat_map(|l| l.nfd().collect::<Vec<_>>()) {
                match part {
                    '\u{0306}' => modifier = '1',                                       // breve: ă
                    '\u{0302}' => modifier = if base == Some('a') { '2' } else { '1' }, // circumflex: â ê ô
                    '\u{031B}' => modifier = if base == Some('o') { '2' } else { '1' }, // horn: ơ ư
                    '\u{0300}' => tone = '1',                                           // huyền
                    '\u{0301}' => tone = '2',                                           // sắc
                    '\u{0309}' => tone = '3',                                           // hỏi
                    '\u{0303}' => tone = '4',                                           // ngã
                    '\u{0323}' => tone = '5',                                           // nặng
                    'đ' => {
                        base = Some('d');
                        modifier = '1';
                    }
                    other if unicode_normalization::char::is_combining_mark(other) => {}
                    other => base = Some(other),
                }
            }
            if let Some(b) = base {
                primary.push(b);
                primary.push(modifier);
                tones.push(tone);
            }
        }
    }
    primary.push('\u{1}');
    primary.push_str(&tones);
    primary
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_diacritics_and_folds_d_stroke() {
        assert_eq!(fold("  Nguyễn  Văn Đức "), "nguyen van duc");
        assert_eq!(fold("HỘI KHUYẾN HỌC"), "hoi khuyen hoc");
        assert_eq!(fold("Liên hiệp các hội KH&KT"), "lien hiep cac hoi kh&kt");
        assert_eq!(fold("đường Điện Biên"), "duong dien bien");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn words_cut_at_everything_but_letters_and_digits() {
        assert_eq!(words("Nguyễn-Văn  Thị."), ["nguyen", "van", "thi"]);
        assert_eq!(words("H'Hen Niê"), ["h", "hen", "nie"]);
        assert_eq!(words("NGUYỄN Đức 2"), ["nguyen", "duc", "2"]);
        // Composed and decomposed input are the same words.
        assert_eq!(words("Nguye\u{0302}\u{0303}n"), words("Nguyễn"));
        assert!(words(" .-, ").is_empty());
    }

    #[test]
    fn words_match_needs_a_different_name_word_for_each_query_word() {
        let w = |s: &str| words(s);
        assert!(words_match(&w("nguyen an"), &w("Nguyễn Văn An")));
        assert!(words_match(&w("van nguyen"), &w("Lò Văn Nguyên")));
        assert!(words_match(&w("nguyen nguyen"), &w("Nguyễn Văn Nguyên")));
        assert!(!words_match(&w("nguyen nguyen"), &w("Nguyễn Văn An")));
        assert!(words_match(&w("an an"), &w("Anh Văn An")));
        assert!(!words_match(&w("an an"), &w("Nguyễn Văn An")));
        assert!(!words_match(&w("a an"), &w("Anh Ban")));
        // "a" first takes "an"; "an" then needs it, and "a" moves on to "ax".
        assert!(words_match(&w("a an"), &w("An Ax")));
        assert!(words_match(&w("a anh"), &w("An Anh")));
        assert!(words_match(&w("an a"), &w("Anh A")));
        assert!(words_match(&[], &w("Anh")));
    }

    #[test]
    fn normalize_name_collapses_space_and_composes() {
        assert_eq!(normalize_name("  Hội   Y học\t"), "Hội Y học");
        // "ệ" typed as e + circumflex + dot below composes to one character.
        assert_eq!(normalize_name("Vie\u{0302}\u{0323}t"), "Việt");
    }

    #[test]
    fn sort_key_follows_the_vietnamese_alphabet() {
        let mut words = vec!["Đức", "Dũng", "Ân", "Anh", "Ăn", "An", "Ơn", "Ôn", "On", "Ưu", "Uy", "Bình", "Cường"];
        words.sort_by_key(|w| sort_key(w));
        assert_eq!(words, ["An", "Anh", "Ăn", "Ân", "Bình", "Cường", "Dũng", "Đức", "On", "Ôn", "Ơn", "Uy", "Ưu"]);
    }

    #[test]
    fn sort_key_orders_tones_after_letters() {
        let mut words = vec!["mạ", "mà", "ma", "má", "mã", "mả", "mai"];
        words.sort_by_key(|w| sort_key(w));
        assert_eq!(words, ["ma", "mà", "má", "mả", "mã", "mạ", "mai"]);
    }

    #[test]
    fn sort_key_ignores_case_and_puts_shorter_words_first() {
        assert_eq!(sort_key("HỘI"), sort_key("hội"));
        let mut names = vec!["Hội Y học", "Hội Y", "Hội Tin học"];
        names.sort_by_key(|w| sort_key(w));
        assert_eq!(names, ["Hội Tin học", "Hội Y", "Hội Y học"]);
    }
}
