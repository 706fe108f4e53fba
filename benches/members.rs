//! Member search and paging at the union's scale (300,000 members by default).
//!
//! ```sh
//! cargo bench --bench members                                     # SQLite in a temporary folder
//! BENCH_DATABASE_URL=postgres://postgres@127.0.0.1/lienhiep_bench cargo bench --bench members
//! ```
//! `BENCH_MEMBERS` sets the count (default 300000). The database is filled by the demo-data
//! generator when it holds no members. Requests go through the whole application in-process
//! (middleware, routing, handlers, database), so network time is not counted.

use std::time::{Duration, Instant};

use actix_web::test::{self, TestRequest};
use diesel::prelude::*;
use lienhiep::router::build_app;

mod common;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<28} n={:<4} p50={:>7.2} ms  p95={:>7.2} ms  max={:>7.2} ms",
        times.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.95)),
        ms(*times.last().unwrap_or(&Duration::ZERO))
    );
}

fn main() {
    let count: u64 = std::env::var("BENCH_MEMBERS").ok().and_then(|v| v.parse().ok()).unwrap_or(300_000);
    let dir = tempfile::tempdir().expect("temporary folder");
    let (url, pool) = common::database(dir.path());
    {
        let mut conn = pool.get().expect("connection");
        let existing: i64 = lienhiep::db::schema::memberships::table.count().get_result(&mut conn).expect("count");
        if existing == 0 {
            let started = Instant::now();
            let counts = lienhiep::demo::members::generate(&mut conn, count, 1, 1000).expect("generate");
            println!("generated {} members in {:.1} s", counts.total, started.elapsed().as_secs_f64());
        } else {
            println!("using the {existing} members already there");
        }
        if let lienhiep::db::DbConnection::Pg(c) = &mut *conn {
            use diesel::connection::SimpleConnection;
            // What autovacuum does in a running database: statistics, and the visibility map
            // that lets index-only scans skip the table.
            c.batch_execute("VACUUM ANALYZE").expect("vacuum");
        }
    }
    let (state, token) = common::state(&url, pool, dir.path(), |_| {});
    println!("backend: {}", url.backend().name());
    actix_web::rt::System::new().block_on(async move {
        let app = test::init_service(build_app(state)).await;
        let get =
            |uri: String| TestRequest::get().uri(&uri).insert_header(("Authorization", token.clone())).to_request();

        // Warm up.
        for _ in 0..20 {
            let _ = test::call_service(&app, get("/api/v1/members?limit=50".into())).await;
        }

        let queries = [
            "nguyen van an",
            "Nguyễn Văn An",
            "lo thi hoa",
            "Lò Thị Hoa",
            "giang a",
            "cam van",
            "dang",
            "Đặng",
            "thao",
            "quang thi",
            "an",
            "hoa",
            "lan",
            "minh",
            "tran thi",
            "hoang van",
            "sung",
            "vang thi",
            "pom",
            "dinh van duc",
            "bui thi mai",
            "lu van",
            "tong",
            "ha",
        ];
        let mut search = Vec::new();
        let mut per_query: Vec<(&str, Vec<Duration>)> = queries.iter().map(|q| (*q, Vec::new())).collect();
        for round in 0..10 {
            for (q, times) in per_query.iter_mut() {
                let query = serde_urlencoded::to_string([("q", *q)]).expect("query");
                let started = Instant::now();
                let res = test::call_service(&app, get(format!("/api/v1/members?{query}&limit=50"))).await;
                search.push(started.elapsed());
                times.push(started.elapsed());
                assert!(res.status().is_success(), "{q} (round {round}): {}", res.status());
            }
        }
        report("search q (page of 50)", search);
        if std::env::var("BENCH_VERBOSE").is_ok() {
            for (q, times) in per_query {
                report(&format!("  q={q}"), times);
            }
        }

        let mut pages = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..240 {
            let uri = match &cursor {
                Some(c) => format!("/api/v1/members?limit=50&cursor={c}"),
                None => "/api/v1/members?limit=50".to_owned(),
            };
            let started = Instant::now();
            let res = test::call_service(&app, get(uri)).await;
            pages.push(started.elapsed());
            let body: serde_json::Value = test::read_body_json(res).await;
            cursor = body["next_cursor"].as_str().map(str::to_owned);
        }
        report("cursor page (50, by name)", pages);

        let mut filtered = Vec::new();
        for _ in 0..10 {
            for uri in [
                "/api/v1/members?limit=50&intellectual=true",
                "/api/v1/members?limit=50&gender=female&ethnicity=03",
                "/api/v1/members?limit=50&q=nguyen&education_level=master",
                "/api/v1/members?limit=50&sort=full_name",
            ] {
                let started = Instant::now();
                let res = test::call_service(&app, get(uri.into())).await;
                filtered.push(started.elapsed());
                assert!(res.status().is_success());
            }
        }
        report("filtered page (50)", filtered);
    });
}
