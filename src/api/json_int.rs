//! An `i32` that also accepts a JSON number written with a zero fraction (`130.0`), which
//! JSON Schema counts as an integer.

use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

/// A whole number in a request body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[schema(value_type = i32)]
pub struct Int32(pub i32);

impl<'de> Deserialize<'de> for Int32 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(deserializer)?;
        if value.fract() == 0.0 && value >= f64::from(i32::MIN) && value <= f64::from(i32::MAX) {
            #[allow(clippy::cast_possible_truncation)]
            Ok(Int32(value as i32))
        } else {
            Err(serde::de::Error::custom(format!("invalid value: {value}, expected a whole number within 32 bits")))
        }
    }
}

impl validator::ValidateRange<i32> for Int32 {
    fn greater_than(&self, max: i32) -> Option<bool> {
        Some(self.0 > max)
    }

    fn less_than(&self, min: i32) -> Option<bool> {
        Some(self.0 < min)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_in_any_notation_are_accepted() {
        assert_eq!(serde_json::from_str::<Int32>("130").expect("int"), Int32(130));
        assert_eq!(serde_json::from_str::<Int32>("130.0").expect("float"), Int32(130));
        assert_eq!(serde_json::from_str::<Int32>("-1e2").expect("exp"), Int32(-100));
        assert!(serde_json::from_str::<Int32>("1.5").is_err());
        assert!(serde_json::from_str::<Int32>("9999999999").is_err());
        assert!(serde_json::from_str::<Int32>("\"3\"").is_err());
    }
}
