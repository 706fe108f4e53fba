//! The two sides of an indicator's values for a year (the union's value and note, and the
//! national reference with its source) are written by different people: a write of one never
//! erases the other (issue 30). Checked against a model of the definition over generated
//! sequences of writes.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use lienhiep::demo::Rng;
use serde_json::{json, Value};

use crate::helpers::{json as with_json, TestApp};

const STAFF: &[Role] = &[Role::Staff];

fn values_uri(code: &str, year: i32) -> String {
    format!("/api/v1/statistics/indicator-definitions/{code}/values/{year}")
}

/// What is recorded for one indicator and year, or nothing.
#[derive(Debug, Clone, Default, PartialEq)]
struct Record {
    union_value: Option<f64>,
    union_note: Option<String>,
    national_value: Option<f64>,
    national_source: Option<String>,
}

impl Record {
    fn union_empty(&self) -> bool {
        self.union_value.is_none() && self.union_note.is_none()
    }
    fn national_empty(&self) -> bool {
        self.national_value.is_none() && self.national_source.is_none()
    }
    fn of(item: &Value) -> Record {
        Record {
            union_value: item["union_value"].as_f64(),
            union_note: item["union_note"].as_str().map(str::to_owned),
            national_value: item["national_value"].as_f64(),
            national_source: item["national_source"].as_str().map(str::to_owned),
        }
    }
}

async fn recorded(app: &TestApp, code: &str, year: i64) -> Option<Record> {
    let res = app
        .call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/statistics/indicator-definitions/{code}/values")))
        .await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let list = res.json();
    let items = list["items"].as_array().expect("items").clone();
    items.iter().find(|i| i["year"].as_i64() == Some(year)).map(Record::of)
}

/// The README's own example, after the seeded national references: staff record the union's
/// value of 2019, and the national reference of 2019 is still there, in the values and in
/// the indicator table.
#[actix_web::test]
async fn recording_the_unions_value_keeps_the_seeded_national_reference() {
    let app = TestApp::spawn().await;
    let before = recorded(&app, "journal", 2019).await.expect("seeded for 2019");
    assert_eq!(before.national_value, Some(7.0));
    assert!(before.union_empty());
    let res = app
        .call_as(STAFF, &[], with_json(TestRequest::put().uri(&values_uri("journal", 2019)), json!({"union_value": 1})))
        .await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let after = recorded(&app, "journal", 2019).await.expect("recorded");
    assert_eq!(after, Record { union_value: Some(1.0), ..before.clone() });
    let table =
        app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/statistics/indicators?year=2019&fresh=true")).await;
    assert_eq!(table.status, 200, "{:?}", table.body);
    let line = table.json()["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|l| l["code"] == "journal")
        .cloned()
        .expect("the line");
    assert_eq!((line["union_value"].clone(), line["national_value"].clone()), (json!(1.0), json!(7.0)));
    // And the other way round: a national reference written later keeps the union's value.
    let res = app
        .call_as(
            STAFF,
            &[],
            with_json(
                TestRequest::put().uri(&format!("{}/national", values_uri("journal", 2019))),
                json!({"national_value": 10, "national_source": "Báo cáo của Liên hiệp hội Việt Nam"}),
            ),
        )
        .await;
    assert_eq!(res.status, 200, "{:?}", res.body);
    let after = recorded(&app, "journal", 2019).await.expect("recorded");
    assert_eq!((after.union_value, after.national_value), (Some(1.0), Some(10.0)));
    // A year that is not one, or out of range, is a problem that changes nothing.
    for year in ["abc", "3000", "2019.5"] {
        let uri = format!("/api/v1/statistics/indicator-definitions/journal/values/{year}/union");
        let res = app.call_as(STAFF, &[], with_json(TestRequest::put().uri(&uri), json!({"union_value": 1}))).await;
        assert!(res.status.is_client_error(), "{uri}: {}", res.status);
        assert!(res.header("Content-Type").is_some_and(|c| c.starts_with("application/problem+json")), "{uri}");
    }
    assert_eq!(recorded(&app, "journal", 2019).await.expect("recorded"), after);
}

/// One write of the generated sequences.
#[derive(Debug, Clone)]
enum Op {
    /// `PUT …/values/{year}` with these fields (absent when `None`).
    Both(Record),
    Union(Option<f64>, Option<String>),
    National(f64, String),
    DeleteUnion,
    DeleteNational,
    DeleteAll,
}

fn op(rng: &mut Rng) -> Op {
    let maybe_value = |rng: &mut Rng| (rng.below(3) > 0).then(|| rng.below(1000) as f64);
    let maybe_text = |rng: &mut Rng, what: &str| (rng.below(3) > 0).then(|| format!("{what} {}", rng.below(50)));
    match rng.below(6) {
        0 => Op::Both(Record {
            union_value: maybe_value(rng),
            union_note: maybe_text(rng, "ghi chú"),
            national_value: maybe_value(rng),
            national_source: maybe_text(rng, "nguồn"),
        }),
        1 => Op::Union(maybe_value(rng), maybe_text(rng, "ghi chú")),
        2 => Op::National(rng.below(1000) as f64, format!("nguồn {}", rng.below(50))),
        3 => Op::DeleteUnion,
        4 => Op::DeleteNational,
        _ => Op::DeleteAll,
    }
}

/// The definition: the status a write gets and what is recorded after it.
fn expected(op: &Op, metric: bool, current: &Option<Record>) -> (u16, Option<Record>) {
    let write = |union: Option<(Option<f64>, Option<String>)>, national: Option<(Option<f64>, Option<String>)>| {
        let mut next = current.clone().unwrap_or_default();
        if let Some((value, note)) = union {
            (next.union_value, next.union_note) = (value, note);
        }
        if let Some((value, source)) = national {
            (next.national_value, next.national_source) = (value, source);
        }
        (if current.is_some() { 200 } else { 201 }, Some(next))
    };
    let unchanged = (422, current.clone());
    match op {
        Op::Both(r) => {
            let names_union = r.union_value.is_some() || r.union_note.is_some();
            let names_national = r.national_value.is_some() || r.national_source.is_some();
            if (!names_union && !names_national)
                || (r.national_value.is_some() && r.national_source.is_none())
                || (metric && r.union_value.is_some())
            {
                return unchanged;
            }
            write(
                names_union.then(|| (r.union_value, r.union_note.clone())),
                names_national.then(|| (r.national_value, r.national_source.clone())),
            )
        }
        Op::Union(value, note) => {
            if (value.is_none() && note.is_none()) || (metric && value.is_some()) {
                return unchanged;
            }
            write(Some((*value, note.clone())), None)
        }
        Op::National(value, source) => write(None, Some((Some(*value), Some(source.clone())))),
        Op::DeleteUnion | Op::DeleteNational | Op::DeleteAll => {
            let Some(record) = current else {
                return (404, None);
            };
            let mut next = record.clone();
            match op {
                Op::DeleteUnion if record.union_empty() => return (404, current.clone()),
                Op::DeleteNational if record.national_empty() => return (404, current.clone()),
                Op::DeleteUnion => (next.union_value, next.union_note) = (None, None),
                Op::DeleteNational => (next.national_value, next.national_source) = (None, None),
                _ => next = Record::default(),
            }
            (204, (next != Record::default()).then_some(next))
        }
    }
}

fn request(op: &Op, code: &str, year: i32) -> TestRequest {
    let base = values_uri(code, year);
    let body = |pairs: &[(&str, Value)]| {
        Value::Object(pairs.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| ((*k).to_owned(), v.clone())).collect())
    };
    match op {
        Op::Both(r) => with_json(
            TestRequest::put().uri(&base),
            body(&[
                ("union_value", json!(r.union_value)),
                ("union_note", json!(r.union_note)),
                ("national_value", json!(r.national_value)),
                ("national_source", json!(r.national_source)),
            ]),
        ),
        Op::Union(value, note) => with_json(
            TestRequest::put().uri(&format!("{base}/union")),
            body(&[("union_value", json!(value)), ("union_note", json!(note))]),
        ),
        Op::National(value, source) => with_json(
            TestRequest::put().uri(&format!("{base}/national")),
            json!({"national_value": value, "national_source": source}),
        ),
        Op::DeleteUnion => TestRequest::delete().uri(&format!("{base}/union")),
        Op::DeleteNational => TestRequest::delete().uri(&format!("{base}/national")),
        Op::DeleteAll => TestRequest::delete().uri(&base),
    }
}

/// Generated sequences of writes of either side, both, and deletions, on an indicator staff
/// record and on one computed from a metric, give the status and the record that the
/// definition gives after every write.
#[actix_web::test]
async fn writes_of_one_side_never_change_the_other_over_generated_sequences() {
    let seed = crate::helpers::test_seed();
    let mut rng = Rng::new(seed);
    let app = TestApp::spawn().await;
    // `journal` is recorded by staff; `members` comes from a metric (no union value).
    let cases = [("journal", false), ("members", true)];
    let years = [2019, 2031];
    let mut model: Vec<Option<Record>> = Vec::new();
    for (code, _) in cases {
        for year in years {
            model.push(recorded(&app, code, year.into()).await);
        }
    }
    for step in 0..240 {
        let which = rng.below(4) as usize;
        let (code, metric) = cases[which / 2];
        let year = years[which % 2];
        let op = op(&mut rng);
        let (status, next) = expected(&op, metric, &model[which]);
        let res = app.call_as(STAFF, &[], request(&op, code, year)).await;
        assert_eq!(
            res.status.as_u16(),
            status,
            "seed {seed}, step {step}: {op:?} on {code} {year} (was {:?}): {}",
            model[which],
            res.body_text()
        );
        let now = recorded(&app, code, year.into()).await;
        assert_eq!(now, next, "seed {seed}, step {step}: {op:?} on {code} {year} (was {:?})", model[which]);
        model[which] = next;
    }
}
