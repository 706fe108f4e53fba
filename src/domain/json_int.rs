//! An `i32` that also accepts a JSON number written with a zero fraction (`130.0`), which
//! JSON Schema counts as an integer.

use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

/// A whole number in a request body.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
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

/// A 64-bit whole number in a request body (ids), accepting `94.0` as JSON Schema does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[schema(value_type = i64)]
pub struct Int64(pub i64);

impl<'de> Deserialize<'de> for Int64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Int64;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a whole number")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Int64, E> {
                Ok(Int64(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Int64, E> {
                i64::try_from(v).map(Int64).map_err(|_| E::custom("number out of range"))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Int64, E> {
                // Only floats that are exact integers (|v| <= 2^53): a larger float has lost digits.
                if v.fract() == 0.0 && v.abs() <= 9_007_199_254_740_992.0 {
                    #[allow(clippy::cast_possible_truncation)]
                    Ok(Int64(v as i64))
                } else {
                    Err(E::custom(format!("invalid value: {v}, expected a whole number")))
                }
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// The plain numbers of a list.
pub fn ids(list: &[Int64]) -> Vec<i64> {
    list.iter().map(|n| n.0).collect()
}

impl validator::ValidateRange<i32> for Int32 {
    fn greater_than(&self, max: i32) -> Option<bool> {
        Some(self.0 > max)
    }

    fn less_than(&self, min: i32) -> Option<bool> {
        Some(self.0 < min)
    }
}

impl validator::ValidateRange<i64> for Int64 {
    fn greater_than(&self, max: i64) -> Option<bool> {
        Some(self.0 > max)
    }

    fn less_than(&self, min: i64) -> Option<bool> {
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

    #[test]
    fn ids_outside_i64_or_beyond_float_precision_are_refused() {
        assert_eq!(serde_json::from_str::<Int64>("9223372036854775807").expect("max"), Int64(i64::MAX));
        assert_eq!(serde_json::from_str::<Int64>("94.0").expect("float"), Int64(94));
        assert!(serde_json::from_str::<Int64>("-9223372036854775809").is_err());
        assert!(serde_json::from_str::<Int64>("9223372036854775808").is_err());
        assert!(serde_json::from_str::<Int64>("1e300").is_err());
        assert!(serde_json::from_str::<Int64>("0.5").is_err());
    }
}
