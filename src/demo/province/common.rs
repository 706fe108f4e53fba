//! What the parts of the demo union share: its sizes, the report of what was made, names
//! and the dates it draws.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::demo::Rng;
use crate::error::ApiError;

/// How much data to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// A few thousand members and a handful of everything else: for tests and trying the API.
    Small,
    /// The union's real scale: about 300,000 members, 450 honourees, 650 contest entries.
    Province,
    /// Ten times the province's rosters (3,000,000 members, as a national federation of
    /// provinces would hold) in the same associations; everything else as at province scale.
    /// For measuring how costs grow with the rosters.
    Federation,
}

pub(super) struct Sizes {
    pub(super) members: u64,
    pub(super) honourees_per_round: usize,
    pub(super) technical_entries: [usize; 4],
    pub(super) youth_entries: [usize; 4],
    pub(super) advisory_per_year: usize,
    pub(super) activities_per_year: usize,
    pub(super) commendations_per_year: usize,
    pub(super) nominations_per_year: usize,
}

impl Scale {
    pub(super) fn sizes(self) -> Sizes {
        match self {
            Scale::Small => Sizes {
                members: 2_000,
                honourees_per_round: 6,
                technical_entries: [4, 5, 5, 6],
                youth_entries: [6, 6, 7, 8],
                advisory_per_year: 2,
                activities_per_year: 8,
                commendations_per_year: 3,
                nominations_per_year: 2,
            },
            Scale::Province | Scale::Federation => Sizes {
                members: if self == Scale::Federation { 3_000_000 } else { 300_000 },
                honourees_per_round: 90,
                technical_entries: [52, 58, 63, 69],
                youth_entries: [92, 98, 104, 114],
                advisory_per_year: 4,
                activities_per_year: 60,
                commendations_per_year: 14,
                nominations_per_year: 6,
            },
        }
    }
}

/// A figure the statistics summary must show: a total, or totals by breakdown value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Expected {
    /// One number (the union's total).
    Total(i64),
    /// By breakdown value (e.g. `female`).
    By(BTreeMap<String, i64>),
}

/// What the generator made.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The scale.
    pub scale: Scale,
    /// The seed.
    pub seed: u64,
    /// The year the data leads up to (this year).
    pub year: i32,
    /// Rows made, by kind.
    pub made: BTreeMap<&'static str, u64>,
    /// By year, the figures the statistics summary of that year shows for the union, metric by
    /// metric: union-wide figures where the summary has them, else the sum over associations,
    /// zeros left out.
    pub figures: BTreeMap<i32, BTreeMap<&'static str, Expected>>,
}

impl Report {
    pub(super) fn count(&mut self, what: &'static str, n: u64) {
        *self.made.entry(what).or_default() += n;
    }

    pub(super) fn total(&mut self, year: i32, metric: &'static str, n: i64) {
        if n == 0 {
            return;
        }
        let entry = self.figures.entry(year).or_default().entry(metric).or_insert(Expected::Total(0));
        if let Expected::Total(t) = entry {
            *t += n;
        }
    }

    pub(super) fn by(&mut self, year: i32, metric: &'static str, value: &str, n: i64) {
        if n == 0 {
            return;
        }
        let entry =
            self.figures.entry(year).or_default().entry(metric).or_insert_with(|| Expected::By(BTreeMap::new()));
        if let Expected::By(m) = entry {
            *m.entry(value.to_owned()).or_default() += n;
        }
    }
}

/// Told how far the generator is: what it is doing, and the work done and in all (in rows).
pub type OnProgress<'a> = dyn Fn(&str, u64, u64) + 'a;

/// Sơn La's former districts, for branches.
pub(super) const DISTRICTS: &[&str] = &[
    "Thành phố Sơn La",
    "Mộc Châu",
    "Vân Hồ",
    "Yên Châu",
    "Mai Sơn",
    "Sông Mã",
    "Sốp Cộp",
    "Thuận Châu",
    "Quỳnh Nhai",
    "Mường La",
    "Bắc Yên",
    "Phù Yên",
];

/// Collective members: institutions of the province (name, short name, years before this one they joined).
pub(super) const COLLECTIVE: &[(&str, &str, i32)] = &[
    ("Trường Đại học Tây Bắc", "ĐH Tây Bắc", 9),
    ("Trường Cao đẳng Sơn La", "CĐ Sơn La", 6),
    ("Trung tâm Nghiên cứu và Chuyển giao công nghệ Tây Bắc", "TT NC-CGCN Tây Bắc", 3),
];

/// Fields of activity of the member associations, in [`ASSOCIATIONS`] order.
pub(super) const FIELDS: &[&str] = &[
    "Khuyến học, khuyến tài",
    "Nông nghiệp",
    "Y học",
    "Giáo dục",
    "Nông nghiệp",
    "Y dược cổ truyền",
    "Y học",
    "Dân số, y tế",
    "Pháp luật",
    "Kiến trúc",
    "Công nghệ thông tin",
    "Dược học",
    "Khoa học xã hội",
    "Văn học, nghệ thuật",
    "Báo chí",
    "Y học",
    "Xây dựng",
    "Môi trường",
];

pub(super) fn input<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, ApiError> {
    serde_json::from_value(value)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("demo data does not fit the API: {e}")))
}

/// A day of `year`, not after `today`.
pub(super) fn day_in(rng: &mut Rng, year: i32, today: NaiveDate) -> NaiveDate {
    let last = if year >= today.year() { today.ordinal() } else { 365 };
    NaiveDate::from_yo_opt(year, 1 + rng.below(u64::from(last)) as u32).unwrap_or(today).min(today)
}

/// `date` moved by `days`, not after `today`.
pub(super) fn later(date: NaiveDate, days: i64, today: NaiveDate) -> NaiveDate {
    (date + Duration::days(days)).min(today)
}

/// The year the member association at `index` of [`ASSOCIATIONS`] joined the union: the
/// oldest when it was founded, 28 years ago, the others over the years since.
pub(super) fn joined_year(year: i32, index: usize) -> i32 {
    year - 28 + (index as i32) * 3 / 2
}

/// The demo associations' ids: the member associations of [`ASSOCIATIONS`] in order, then the
/// collective members.
pub(super) struct Ids {
    pub(super) members: Vec<i64>,
    pub(super) collective: Vec<i64>,
    /// Branch names of each member association (empty for most).
    pub(super) branches: Vec<Vec<String>>,
}

pub(super) const GADGETS: &[&str] = &[
    "máy tách hạt ngô",
    "hệ thống tưới nhỏ giọt",
    "máy sấy cà phê",
    "bếp đun tiết kiệm củi",
    "máy thái sắn",
    "hệ thống giám sát nhiệt độ chuồng trại",
    "thiết bị lọc nước sinh hoạt",
    "máy sơ chế chè búp",
    "lò sấy mận hậu",
    "quy trình nhân giống cà phê Arabica",
    "phần mềm quản lý hồ sơ bệnh án",
    "thiết bị cảnh báo sạt lở đất",
];
