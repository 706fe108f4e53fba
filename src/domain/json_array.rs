//! Reading the records of a bulk JSON body one at a time, so that a file of millions of small
//! elements (`[0,0,0,…]`) is never held as millions of values: each record is handed over as
//! it is parsed, and the count stops at a limit. The records come as an object,
//! `{"records": [...]}` (what the contract declares: client generators type an object body,
//! some cannot type an array among other media types), or as a bare array.

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// The one key of an object body.
pub const RECORDS_KEY: &str = "records";

/// Why an array of records cannot be read.
#[derive(Debug)]
pub enum ArrayError {
    /// The body is JSON, but neither an array nor an object whose only key is `records`
    /// holding an array.
    NotArray,
    /// The body is not JSON: the parser's message.
    Invalid(String),
    /// More records than allowed.
    TooMany(usize),
}

/// Calls `each(position, record)` for every record of the body `body` reads (see the module),
/// positions from 1; at most `max` records. Returns how many there were.
pub fn for_each_record(
    body: impl std::io::Read,
    max: usize,
    mut each: impl FnMut(usize, serde_json::Value),
) -> Result<usize, ArrayError> {
    /// The records array.
    struct Elements<'f, F> {
        max: usize,
        each: &'f mut F,
    }
    impl<'de, F: FnMut(usize, serde_json::Value)> Visitor<'de> for Elements<'_, F> {
        type Value = usize;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a JSON array of records")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
            let mut count = 0;
            while let Some(record) = seq.next_element::<serde_json::Value>()? {
                count += 1;
                if count > self.max {
                    return Err(serde::de::Error::custom(TOO_MANY));
                }
                (self.each)(count, record);
            }
            Ok(count)
        }
    }
    impl<'de, F: FnMut(usize, serde_json::Value)> DeserializeSeed<'de> for Elements<'_, F> {
        type Value = usize;

        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
            deserializer.deserialize_seq(self)
        }
    }
    /// The body: the array itself, or an object that holds it under `records`.
    struct Body<'f, F>(Elements<'f, F>);
    impl<'de, F: FnMut(usize, serde_json::Value)> Visitor<'de> for Body<'_, F> {
        type Value = usize;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("{\"records\": [...]} or a JSON array of records")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<usize, A::Error> {
            self.0.visit_seq(seq)
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<usize, A::Error> {
            let mut elements = Some(self.0);
            let mut count = None;
            while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
                match (key.as_ref(), elements.take()) {
                    (RECORDS_KEY, Some(elements)) => count = Some(map.next_value_seed(elements)?),
                    (RECORDS_KEY, None) => return Err(serde::de::Error::duplicate_field(RECORDS_KEY)),
                    (other, _) => return Err(serde::de::Error::unknown_field(other, &[RECORDS_KEY])),
                }
            }
            count.ok_or_else(|| serde::de::Error::missing_field(RECORDS_KEY))
        }
    }
    impl<'de, F: FnMut(usize, serde_json::Value)> DeserializeSeed<'de> for Body<'_, F> {
        type Value = usize;

        fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
            deserializer.deserialize_any(self)
        }
    }
    const TOO_MANY: &str = "too many records";
    let mut deserializer = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(64 * 1024, body));
    let counted = Body(Elements { max, each: &mut each }).deserialize(&mut deserializer).and_then(|n| {
        deserializer.end()?;
        Ok(n)
    });
    counted.map_err(|e| {
        if e.to_string().starts_with(TOO_MANY) {
            ArrayError::TooMany(max)
        } else if e.is_data() {
            // Elements are read as any JSON value: only the body as a whole can be of the
            // wrong type.
            ArrayError::NotArray
        } else {
            ArrayError::Invalid(e.to_string())
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_come_one_by_one_with_their_positions() {
        let mut seen = Vec::new();
        let n = for_each_record(&br#" [ {"a": 1}, 0, "x", [2] ] "#[..], 10, |i, v| seen.push((i, v))).expect("array");
        assert_eq!(n, 4);
        assert_eq!(seen[0], (1, serde_json::json!({"a": 1})));
        assert_eq!(seen[3], (4, serde_json::json!([2])));
        assert_eq!(for_each_record(&b"[]"[..], 10, |_, _| {}).expect("empty"), 0);
    }

    #[test]
    fn an_object_holds_the_records_under_its_one_key() {
        let mut seen = Vec::new();
        let body = br#" { "records" : [ {"a": 1}, 2 ] } "#;
        assert_eq!(for_each_record(&body[..], 10, |i, v| seen.push((i, v))).expect("object"), 2);
        assert_eq!(seen, vec![(1, serde_json::json!({"a": 1})), (2, serde_json::json!(2))]);
        assert_eq!(for_each_record(&br#"{"records": []}"#[..], 10, |_, _| {}).expect("empty"), 0);
        let many = format!("{{\"records\": [{}0]}}", "0,".repeat(100));
        assert!(matches!(for_each_record(many.as_bytes(), 10, |_, _| {}), Err(ArrayError::TooMany(10))));
    }

    #[test]
    fn not_an_array_trailing_text_and_too_many_are_refused() {
        assert!(matches!(for_each_record(&br#"{"a": 1}"#[..], 10, |_, _| {}), Err(ArrayError::NotArray)));
        assert!(matches!(for_each_record(&br#"{}"#[..], 10, |_, _| {}), Err(ArrayError::NotArray)));
        assert!(matches!(for_each_record(&br#"{"records": {}}"#[..], 10, |_, _| {}), Err(ArrayError::NotArray)));
        let twice = br#"{"records": [1], "records": [2]}"#;
        assert!(matches!(for_each_record(&twice[..], 10, |_, _| {}), Err(ArrayError::NotArray)));
        let extra = br#"{"records": [1], "mode": "x"}"#;
        assert!(matches!(for_each_record(&extra[..], 10, |_, _| {}), Err(ArrayError::NotArray)));
        assert!(matches!(for_each_record(&b"\"text\""[..], 10, |_, _| {}), Err(ArrayError::NotArray)));
        assert!(matches!(for_each_record(&b"[1] [2]"[..], 10, |_, _| {}), Err(ArrayError::Invalid(_))));
        assert!(matches!(for_each_record(&b"[1,"[..], 10, |_, _| {}), Err(ArrayError::Invalid(_))));
        let mut calls = 0;
        let many = format!("[{}0]", "0,".repeat(100_000));
        assert!(matches!(for_each_record(many.as_bytes(), 10, |_, _| calls += 1), Err(ArrayError::TooMany(10))));
        assert_eq!(calls, 10, "reading stops at the limit");
    }
}
