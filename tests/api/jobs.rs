//! `/api/v1/jobs`: roster syncs in the background.

use actix_web::test::TestRequest;
use diesel::prelude::*;
use lienhiep::auth::Role;
use serde_json::Value;

use crate::associations::create_ok;
use crate::helpers::TestApp;

const STAFF: &[Role] = &[Role::Staff];

fn roster(rows: usize) -> String {
    let mut file = String::from("external_id,full_name\n");
    for i in 0..rows {
        file.push_str(&format!("J-{i:05},Nguyễn Văn Số {i}\n"));
    }
    file
}

async fn sync(app: &TestApp, association: i64, query: &str, body: String) -> crate::helpers::TestResponse {
    let req = TestRequest::post()
        .uri(&format!("/api/v1/associations/{association}/roster/sync{query}"))
        .insert_header(("Content-Type", "text/csv"))
        .set_payload(body);
    app.call_as(STAFF, &[], req).await
}

/// Polls a job until it is no longer queued or running.
pub(crate) async fn wait(app: &TestApp, location: &str) -> Value {
    for _ in 0..400 {
        let res = app.call_as(STAFF, &[], TestRequest::get().uri(location)).await;
        assert_eq!(res.status, 200, "{:?}", res.body);
        let job = res.json();
        let unfinished = job["state"] == "queued" || job["state"] == "running";
        // An unfinished job says when to ask again; a finished one does not.
        assert_eq!(res.header("Retry-After"), unfinished.then_some("2"), "{job}");
        let phase = &job["phase"];
        assert!(phase.is_null() || (job["state"] == "running" && (phase == "checking" || phase == "writing")), "{job}");
        if !unfinished {
            return job;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    panic!("the job did not finish");
}

#[actix_web::test]
async fn an_async_sync_is_a_job_that_ends_with_the_report() {
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let res = sync(&app, a, "?async=true", roster(1_500)).await;
    assert_eq!(res.status, 202, "{:?}", res.body);
    let location = res.header("location").expect("location").to_owned();
    assert_eq!(res.header("Retry-After"), Some("2"));
    let job = res.json();
    assert_eq!(location, format!("/api/v1/jobs/{}", job["id"]));
    assert_eq!(job["kind"], "roster_sync");
    assert_eq!(job["rows_total"], 1_500);
    let done = wait(&app, &location).await;
    assert_eq!(done["state"], "completed", "{done}");
    assert_eq!(done["rows_done"], 1_500);
    assert_eq!(done["report"]["created"], 1_500);
    assert_eq!(done["report"]["applied"], true);
    assert!(done["finished_at"].is_string());
    let count = app
        .call_as(
            STAFF,
            &[],
            TestRequest::get().uri(&format!("/api/v1/associations/{a}/members?include_total=true&limit=1")),
        )
        .await
        .json()["total"]
        .clone();
    assert_eq!(count, 1_500);

    // A refused file is a completed job whose report says nothing was applied.
    let res = sync(&app, a, "?async=true", "external_id,full_name,birth_date\nJ-1,Lò Văn Pọm,soon\n".into()).await;
    let done = wait(&app, res.header("location").expect("location")).await;
    assert_eq!(done["state"], "completed");
    assert_eq!(done["report"]["applied"], false);
    assert_eq!(done["report"]["errors"][0]["code"], "date");

    // A file of the wrong structure is refused at once, not made a job.
    let res = sync(&app, a, "?async=true", "full_name\nLò Văn Pọm\n".into()).await;
    res.assert_problem(422, "validation_failed");

    // Others cannot see it.
    let other = app.call_as(&[Role::AssociationManager], &[a + 1000], TestRequest::get().uri(&location)).await;
    other.assert_problem(403, "forbidden");
    app.call_as(STAFF, &[], TestRequest::get().uri("/api/v1/jobs/424242")).await.assert_problem(404, "not_found");
}

#[actix_web::test]
async fn a_file_over_the_threshold_becomes_a_job() {
    let app = TestApp::spawn_with(|c| c.sync_job_rows = 10).await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    let small = sync(&app, a, "", roster(10)).await;
    assert_eq!(small.status, 200, "at the threshold: answered at once");
    let big = sync(&app, a, "", roster(11)).await;
    assert_eq!(big.status, 202, "{:?}", big.body);
    let done = wait(&app, big.header("location").expect("location")).await;
    assert_eq!((done["report"]["created"].as_u64(), done["report"]["unchanged"].as_u64()), (Some(1), Some(10)));
}

#[actix_web::test]
async fn a_job_whose_process_stopped_is_failed_and_changed_nothing() {
    use lienhiep::db::schema::jobs as j;
    let app = TestApp::spawn().await;
    let a = create_ok(&app, "Hội Khuyến học").await;
    // A job left running by a process that is gone (its heartbeat is old).
    let long_ago = lienhiep::domain::time::now() - chrono::Duration::minutes(10);
    let id: i64 = {
        let mut conn = app.conn();
        diesel::insert_into(j::table)
            .values((
                j::kind.eq("roster_sync"),
                j::association_id.eq(a),
                j::state.eq("running"),
                j::rows_total.eq(250_000_i64),
                j::rows_done.eq(1_000_i64),
                j::actor.eq("user:1 (staff)"),
                j::runner.eq("a process that stopped"),
                j::heartbeat_at.eq(long_ago),
                j::created_at.eq(long_ago),
            ))
            .returning(j::id)
            .get_result(&mut *conn)
            .expect("job")
    };
    let job = app.call_as(STAFF, &[], TestRequest::get().uri(&format!("/api/v1/jobs/{id}"))).await.json();
    assert_eq!(job["state"], "failed", "{job}");
    assert!(job["error"].as_str().expect("error").contains("nothing was changed"));
    // And at start-up, the same.
    let mut conn = app.conn();
    diesel::update(j::table.find(id))
        .set((j::state.eq("queued"), j::error.eq(None::<String>)))
        .execute(&mut *conn)
        .expect("reset");
    lienhiep::startup::prepare_database(&mut conn).expect("prepare");
    let state: String = j::table.find(id).select(j::state).first(&mut *conn).expect("state");
    assert_eq!(state, "failed");
}
