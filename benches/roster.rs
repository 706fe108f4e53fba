//! Roster sync at the union's scale: a 30,000-row CSV into an empty association, the same
//! file again (all unchanged), and a dry run of it.
//!
//! ```sh
//! cargo bench --bench roster                                      # SQLite in a temporary folder
//! BENCH_DATABASE_URL=postgres://postgres@127.0.0.1/lienhiep_bench cargo bench --bench roster
//! ```
//! `BENCH_ROWS` sets the row count (default 30000); `BENCH_JOB_ROWS` the rows of the
//! background-job run that follows (default 250000, 0 to skip), whose peak memory is reported. Each run syncs into a new association, so
//! a database that already holds members (the members benchmark's 300,000) can be reused.
//! Requests go through the whole application in-process (middleware, routing, handlers,
//! database), so network time is not counted.

use std::time::{Duration, Instant};

use actix_web::test::{self, TestRequest};
use lienhiep::router::build_app;

mod common;

/// The process's peak resident memory (VmHWM), in KiB.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find_map(|l| {
                l.strip_prefix("VmHWM:").and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            })
        })
        .unwrap_or(0)
}

fn main() {
    let rows: u64 = std::env::var("BENCH_ROWS").ok().and_then(|v| v.parse().ok()).unwrap_or(30_000);
    let dir = tempfile::tempdir().expect("temporary folder");
    let (url, pool) = common::database(dir.path());
    let (state, token) = common::state(&url, pool, dir.path(), |config| {
        config.upload_limit = 256 * 1024 * 1024;
        // The 30,000-row runs are timed as synchronous syncs; the 250,000-row file is a job.
        config.sync_job_rows = 50_000;
    });
    println!("backend: {}", url.backend().name());
    let file = lienhiep::demo::members::roster_csv(rows, 7);
    println!("file: {rows} rows, {:.1} MiB", file.len() as f64 / 1_048_576.0);
    actix_web::rt::System::new().block_on(async move {
        let app = test::init_service(build_app(state)).await;
        let name = format!("Hội Benchmark {}", std::process::id());
        let res = test::call_service(
            &app,
            TestRequest::post()
                .uri("/api/v1/associations")
                .insert_header(("Authorization", token.clone()))
                .set_json(serde_json::json!({"name": name, "kind": "member_association"}))
                .to_request(),
        )
        .await;
        assert!(res.status().is_success(), "association: {}", res.status());
        let body: serde_json::Value = test::read_body_json(res).await;
        let id = body["id"].as_i64().expect("id");
        let sync = |query: &str| {
            TestRequest::post()
                .uri(&format!("/api/v1/associations/{id}/roster/sync{query}"))
                .insert_header(("Authorization", token.clone()))
                .insert_header(("Content-Type", "text/csv"))
                .set_payload(file.clone())
                .to_request()
        };
        for (label, query) in [
            ("dry run into an empty association", "?dry_run=true"),
            ("into an empty association", ""),
            ("the same file again", ""),
            ("the same file as a snapshot", "?mode=snapshot"),
        ] {
            let started = Instant::now();
            let res = test::call_service(&app, sync(query)).await;
            let status = res.status();
            let report: serde_json::Value = test::read_body_json(res).await;
            let elapsed = started.elapsed();
            assert!(status.is_success(), "{label}: {status} {:.2000}", report.to_string());
            println!(
                "{label:<36} {:>8.0} ms  created={} updated={} unchanged={} left={}",
                elapsed.as_secs_f64() * 1000.0,
                report["created"],
                report["updated"],
                report["unchanged"],
                report["left"]
            );
        }
        // Study Promotion's roster: a background job. Peak memory of the whole process.
        let job_rows: u64 = std::env::var("BENCH_JOB_ROWS").ok().and_then(|v| v.parse().ok()).unwrap_or(250_000);
        if job_rows > 0 {
            let big = lienhiep::demo::members::roster_csv(job_rows, 8);
            let rss_before = peak_rss_kib();
            let res = test::call_service(
                &app,
                TestRequest::post()
                    .uri("/api/v1/associations")
                    .insert_header(("Authorization", token.clone()))
                    .set_json(serde_json::json!({"name": format!("{name} (job)"), "kind": "member_association"}))
                    .to_request(),
            )
            .await;
            let body: serde_json::Value = test::read_body_json(res).await;
            let job_association = body["id"].as_i64().expect("id");
            let started = Instant::now();
            let res = test::call_service(
                &app,
                TestRequest::post()
                    .uri(&format!("/api/v1/associations/{job_association}/roster/sync"))
                    .insert_header(("Authorization", token.clone()))
                    .insert_header(("Content-Type", "text/csv"))
                    .set_payload(big)
                    .to_request(),
            )
            .await;
            assert_eq!(res.status().as_u16(), 202, "a big file becomes a job");
            let location = res.headers().get("location").and_then(|v| v.to_str().ok()).expect("location").to_owned();
            let accepted = started.elapsed();
            let job = loop {
                actix_web::rt::time::sleep(Duration::from_millis(500)).await;
                let res = test::call_service(
                    &app,
                    TestRequest::get().uri(&location).insert_header(("Authorization", token.clone())).to_request(),
                )
                .await;
                let job: serde_json::Value = test::read_body_json(res).await;
                if std::env::var("BENCH_VERBOSE").is_ok() {
                    println!("  {:>6.1} s  {} {} {}", started.elapsed().as_secs_f64(), job["state"], job["phase"], job["rows_done"]);
                }
                if job["state"] != "queued" && job["state"] != "running" {
                    break job;
                }
            };
            println!(
                "{:<36} {:>8.0} ms  (202 after {:.0} ms) state={} created={} peak RSS {:.0} MiB (before the upload {:.0} MiB)",
                format!("{job_rows}-row job"),
                started.elapsed().as_secs_f64() * 1000.0,
                accepted.as_secs_f64() * 1000.0,
                job["state"],
                job["report"]["created"],
                peak_rss_kib() as f64 / 1024.0,
                rss_before as f64 / 1024.0,
            );
        }

        let started = Instant::now();
        let res = test::call_service(
            &app,
            TestRequest::get()
                .uri(&format!("/api/v1/associations/{id}/roster?format=csv"))
                .insert_header(("Authorization", token.clone()))
                .to_request(),
        )
        .await;
        let body = test::read_body(res).await;
        println!(
            "{:<36} {:>8.0} ms  {} lines",
            "export as CSV",
            started.elapsed().as_secs_f64() * 1000.0,
            body.iter().filter(|b| **b == b'\n').count()
        );
    });
}
