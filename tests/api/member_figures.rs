//! The member figures the triggers keep (`member_figures`) against their definition, counted
//! from the memberships themselves: after every kind of write to memberships and persons, in
//! one-row and many-row statements, on both backends, over seeded random histories.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use lienhiep::db::schema::{memberships as m, persons as p};
use lienhiep::db::DbConnection;
use lienhiep::demo::Rng;
use lienhiep::domain::codes::CodeList;
use lienhiep::domain::statistics::Metric;
use lienhiep::models::member;

use crate::associations::create_ok;
use crate::helpers::TestApp;

const STATUSES: [&str; 3] = ["active", "left", "deceased"];
const GENDERS: [Option<&str>; 3] = [None, Some("male"), Some("female")];
const ETHNICITIES: [Option<&str>; 3] = [None, Some("01"), Some("04")];
const EDUCATION: [Option<&str>; 4] = [None, Some("secondary"), Some("bachelor"), Some("doctor")];
const YEARS: [i32; 7] = [1989, 1995, 2003, 2012, 2020, 2026, 2031];

fn date(rng: &mut Rng) -> Option<NaiveDate> {
    (rng.below(4) > 0).then(|| {
        NaiveDate::from_ymd_opt(1990 + rng.below(41) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32)
            .expect("date")
    })
}

fn timestamp(rng: &mut Rng) -> NaiveDateTime {
    let day = NaiveDate::from_ymd_opt(1994 + rng.below(37) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32)
        .expect("date");
    // The last second of a year too: the year of created_at decides.
    let (h, min, s) = if rng.below(5) == 0 { (23, 59, 59) } else { (rng.below(24) as u32, 0, 0) };
    day.and_hms_micro_opt(h, min, s, rng.below(1_000_000) as u32).expect("time")
}

fn person(conn: &mut DbConnection, rng: &mut Rng, n: usize) -> i64 {
    let now = lienhiep::domain::time::now();
    diesel::insert_into(p::table)
        .values((
            p::full_name.eq(format!("Người Thứ {n}")),
            p::family_name.eq("Người"),
            p::given_name.eq(format!("{n}")),
            p::name_lower.eq(format!("người thứ {n}")),
            p::name_folded.eq(format!("nguoi thu {n}")),
            p::gender.eq(*rng.pick(&GENDERS)),
            p::ethnicity.eq(*rng.pick(&ETHNICITIES)),
            p::education_level.eq(*rng.pick(&EDUCATION)),
            p::created_at.eq(now),
            p::updated_at.eq(now),
        ))
        .returning(p::id)
        .get_result(conn)
        .expect("person")
}

type Membership = (i64, i64, Option<NaiveDate>, Option<NaiveDate>, String, NaiveDateTime);

fn new_membership(rng: &mut Rng, people: &[i64], associations: &[i64]) -> Membership {
    (
        *rng.pick(people),
        *rng.pick(associations),
        date(rng),
        date(rng),
        (*rng.pick(&STATUSES)).to_owned(),
        timestamp(rng),
    )
}

fn insert(conn: &mut DbConnection, rows: &[Membership]) {
    let values: Vec<_> = rows
        .iter()
        .map(|(person, association, joined, left, status, created)| {
            (
                m::person_id.eq(*person),
                m::association_id.eq(*association),
                m::joined_on.eq(*joined),
                m::left_on.eq(*left),
                m::status.eq(status.clone()),
                m::sort_given.eq("x"),
                m::sort_full.eq("x"),
                m::created_at.eq(*created),
                m::updated_at.eq(*created),
            )
        })
        .collect();
    // Many rows in one statement: PostgreSQL's statement triggers see them together.
    lienhiep::with_backend!(conn, |c| diesel::insert_into(m::table).values(&values).execute(c)).expect("insert");
}

/// The definition: members at the end of `year` (begun by then, by the join date or else the
/// year the membership was recorded, and active or left after the year) of the associations
/// whose first membership was recorded by then, as the member observations name them.
fn expected(conn: &mut DbConnection, year: i32) -> BTreeMap<(String, i64, Option<String>), i64> {
    type Row = (
        i64,
        Option<NaiveDate>,
        Option<NaiveDate>,
        String,
        NaiveDateTime,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Row> = m::table
        .inner_join(p::table)
        .select((
            m::association_id,
            m::joined_on,
            m::left_on,
            m::status,
            m::created_at,
            p::gender,
            p::ethnicity,
            p::education_level,
        ))
        .load(conn)
        .expect("memberships");
    let mut since: HashMap<i64, i32> = HashMap::new();
    for r in &rows {
        let first = since.entry(r.0).or_insert(r.4.year());
        *first = (*first).min(r.4.year());
    }
    let mut out = BTreeMap::new();
    for (association, joined, left, status, created, gender, ethnicity, education) in rows {
        if since[&association] > year {
            continue;
        }
        let start = joined.map_or(created.year(), |d| d.year());
        let counted = start <= year && (status == "active" || left.is_some_and(|l| l.year() > year));
        if !counted {
            continue;
        }
        let known = |v: &Option<String>| Some(v.clone().unwrap_or_else(|| "unknown".into()));
        let mut add = |metric: Metric, dimension: Option<String>| {
            *out.entry((metric.code().to_owned(), association, dimension)).or_insert(0) += 1;
        };
        add(Metric::MembersTotal, None);
        add(Metric::MembersByGender, known(&gender));
        add(Metric::MembersByEthnicity, known(&ethnicity));
        add(Metric::MembersByEducation, known(&education));
        if matches!(education.as_deref(), Some("bachelor" | "doctor")) {
            add(Metric::IntellectualMembers, None);
        }
    }
    out
}

fn observed(conn: &mut DbConnection, year: i32) -> BTreeMap<(String, i64, Option<String>), i64> {
    member::observations(conn, year)
        .expect("observations")
        .into_iter()
        .map(|o| {
            assert_eq!(o.year, year);
            (
                (o.metric.code().to_owned(), o.association_id.expect("per association"), o.dimension.map(|d| d.1)),
                o.value,
            )
        })
        .collect()
}

fn check(conn: &mut DbConnection, associations: &[i64], seed: u64, step: usize, what: &str) {
    for year in YEARS {
        let want = expected(conn, year);
        assert_eq!(observed(conn, year), want, "seed {seed}, step {step} ({what}), year {year}");
        for &a in associations {
            let total = want.get(&(Metric::MembersTotal.code().to_owned(), a, None)).copied().unwrap_or(0);
            let intellectual =
                want.get(&(Metric::IntellectualMembers.code().to_owned(), a, None)).copied().unwrap_or(0);
            let kept = member::roster_since_of(conn, a).expect("since").is_some_and(|s| s <= year);
            if kept {
                assert_eq!(
                    member::counts_of(conn, a, &[year]).expect("counts")[0],
                    (total, intellectual),
                    "seed {seed}, step {step}"
                );
            }
        }
    }
    let since = member::roster_since(conn).expect("since");
    let firsts: Vec<(i64, NaiveDateTime)> = m::table
        .group_by(m::association_id)
        .select((m::association_id, diesel::dsl::min(m::created_at)))
        .load::<(i64, Option<NaiveDateTime>)>(conn)
        .expect("firsts")
        .into_iter()
        .filter_map(|(a, t)| Some((a, t?)))
        .collect();
    let want: HashMap<i64, i32> = firsts.into_iter().map(|(a, t)| (a, t.year())).collect();
    assert_eq!(since, want, "seed {seed}, step {step} ({what}): roster since");
}

#[actix_web::test]
async fn member_figures_equal_a_count_of_the_memberships_after_any_history_of_writes() {
    let app = TestApp::spawn().await;
    let associations =
        [create_ok(&app, "Hội Một").await, create_ok(&app, "Hội Hai").await, create_ok(&app, "Hội Ba").await];
    let base: u64 = crate::helpers::test_seed();
    let mut conn = app.conn();
    let conn: &mut DbConnection = &mut conn;
    for seed in base..base + 4 {
        let mut rng = Rng::new(seed);
        // Each seed starts from no memberships, with new people.
        diesel::delete(m::table).execute(conn).expect("clear");
        let people: Vec<i64> = (0..12).map(|n| person(conn, &mut rng, n)).collect();
        check(conn, &associations, seed, 0, "empty");
        for step in 1..=60 {
            let ids: Vec<i64> = m::table.select(m::id).order(m::id).load(conn).expect("ids");
            let what = match rng.below(10) {
                _ if ids.is_empty() => "insert",
                0..=2 => "insert",
                3 => "update one",
                4 => "update many",
                5 => "person",
                6 => "people",
                7 => "merge",
                8 => "transaction",
                _ => "delete",
            };
            match what {
                "insert" => {
                    let rows: Vec<Membership> =
                        (0..1 + rng.below(4)).map(|_| new_membership(&mut rng, &people, &associations)).collect();
                    insert(conn, &rows);
                }
                "update one" => {
                    let id = *rng.pick(&ids);
                    let target = m::table.find(id);
                    let n = match rng.below(7) {
                        0 => diesel::update(target).set(m::joined_on.eq(date(&mut rng))).execute(conn),
                        1 => diesel::update(target).set(m::left_on.eq(date(&mut rng))).execute(conn),
                        2 => diesel::update(target).set(m::status.eq(*rng.pick(&STATUSES))).execute(conn),
                        3 => diesel::update(target).set(m::association_id.eq(*rng.pick(&associations))).execute(conn),
                        4 => diesel::update(target).set(m::created_at.eq(timestamp(&mut rng))).execute(conn),
                        5 => diesel::update(target).set(m::version.eq(m::version + 1)).execute(conn),
                        _ => diesel::update(target).set(m::person_id.eq(*rng.pick(&people))).execute(conn),
                    };
                    n.expect("update");
                }
                "update many" => {
                    let association = *rng.pick(&associations);
                    diesel::update(m::table.filter(m::association_id.eq(association)))
                        .set((m::status.eq(*rng.pick(&STATUSES)), m::left_on.eq(date(&mut rng))))
                        .execute(conn)
                        .expect("update many");
                }
                "person" => {
                    diesel::update(p::table.find(*rng.pick(&people)))
                        .set((p::gender.eq(*rng.pick(&GENDERS)), p::education_level.eq(*rng.pick(&EDUCATION))))
                        .execute(conn)
                        .expect("person");
                }
                "people" => {
                    diesel::update(p::table.filter(p::id.eq_any(&people[..6])))
                        .set(p::ethnicity.eq(*rng.pick(&ETHNICITIES)))
                        .execute(conn)
                        .expect("people");
                    // A change of no breakdown changes no figure.
                    diesel::update(p::table).set(p::phone.eq("0900000000")).execute(conn).expect("phones");
                }
                "merge" => {
                    let (from, to) = (*rng.pick(&people), *rng.pick(&people));
                    diesel::update(m::table.filter(m::person_id.eq(from)))
                        .set(m::person_id.eq(to))
                        .execute(conn)
                        .expect("merge");
                }
                "transaction" => {
                    let (who, rows) = (*rng.pick(&people), vec![new_membership(&mut rng, &people, &associations)]);
                    let gender = *rng.pick(&GENDERS);
                    lienhiep::db::write_transaction(conn, |c| {
                        insert(c, &rows);
                        diesel::update(p::table.find(who)).set(p::gender.eq(gender)).execute(c)?;
                        diesel::update(m::table.filter(m::person_id.eq(who))).set(m::status.eq("left")).execute(c)?;
                        diesel::QueryResult::Ok(())
                    })
                    .expect("transaction");
                }
                _ => {
                    let a = *rng.pick(&ids);
                    let b = *rng.pick(&ids);
                    diesel::delete(m::table.filter(m::id.eq_any([a, b]))).execute(conn).expect("delete");
                }
            }
            check(conn, &associations, seed, step, what);
        }
    }
    // Everything is gone once the memberships are: no figure is left behind.
    diesel::delete(m::table).execute(conn).expect("clear");
    let left: Vec<(i64, i32, String, String, i64)> = lienhiep::db::schema::member_figures::table
        .filter(lienhiep::db::schema::member_figures::change.ne(0))
        .load(conn)
        .expect("figures");
    assert_eq!(left, Vec::new());
}
