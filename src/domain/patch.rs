//! JSON Merge Patch (RFC 7396): a field that is absent stays, `null` clears it, a value sets it.

use serde::{Deserialize, Deserializer};

/// One field of a merge patch.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Patch<T> {
    /// Not in the body: leave the field as it is.
    #[default]
    Absent,
    /// `null`: clear the field.
    Null,
    /// A new value.
    Value(T),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Patch<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Option::<T>::deserialize(deserializer)? {
            None => Patch::Null,
            Some(v) => Patch::Value(v),
        })
    }
}

impl<T> Patch<T> {
    /// Whether the body names this field.
    pub fn is_present(&self) -> bool {
        !matches!(self, Patch::Absent)
    }

    /// Applies the patch to an optional field.
    pub fn apply_to(self, current: &mut Option<T>) {
        match self {
            Patch::Absent => {}
            Patch::Null => *current = None,
            Patch::Value(v) => *current = Some(v),
        }
    }

    /// Applies the patch to a required field: `null` is a 422 naming the field.
    pub fn apply_required(self, current: &mut T, field: &str) -> Result<(), crate::error::FieldError> {
        match self {
            Patch::Absent => Ok(()),
            Patch::Null => Err(crate::error::FieldError::new(field, "required", "cannot be cleared")),
            Patch::Value(v) => {
                *current = v;
                Ok(())
            }
        }
    }

    /// Converts the value, keeping absent and null.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Patch<U> {
        match self {
            Patch::Absent => Patch::Absent,
            Patch::Null => Patch::Null,
            Patch::Value(v) => Patch::Value(f(v)),
        }
    }

    /// A reference to the new value, if one is given.
    pub fn value(&self) -> Option<&T> {
        match self {
            Patch::Value(v) => Some(v),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Body {
        #[serde(default)]
        a: Patch<String>,
        #[serde(default)]
        b: Patch<String>,
        #[serde(default)]
        c: Patch<String>,
    }

    #[test]
    fn absent_null_and_value_are_told_apart() {
        let body: Body = serde_json::from_str(r#"{"b": null, "c": "x"}"#).expect("parses");
        assert_eq!(body.a, Patch::Absent);
        assert_eq!(body.b, Patch::Null);
        assert_eq!(body.c, Patch::Value("x".into()));
        let mut field = Some("old".to_owned());
        body.b.apply_to(&mut field);
        assert_eq!(field, None);
        let mut required = "old".to_owned();
        assert!(Patch::<String>::Null.apply_required(&mut required, "name").is_err());
    }
}
