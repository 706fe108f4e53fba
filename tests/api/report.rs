//! The union's ten-year report re-entered through the API (issue 30): every countable fact of
//! its sections 1–5, read from `tests/data/son-la-report.json`, is entered as the union's
//! staff, its association secretaries and a provincial system would enter them (over HTTP,
//! each with its own role), and each figure the report states is then read back from
//! `/statistics/summary`, `/series` and `/indicators` and compared: with the value the data
//! entered, and with what the report says ("more than 150" holds for 152). The test prints
//! every figure compared, where the report contradicts itself and which figure it follows, and
//! what the API cannot hold yet.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::{json, Value};

use crate::helpers::{json as with_json, TestApp};

const STAFF: &[Role] = &[Role::Staff];
const MANAGER: &[Role] = &[Role::AssociationManager];
const READER: &[Role] = &[Role::StatisticsReader];
const REPORT: &str = include_str!("../data/son-la-report.json");

/// One figure of a statistics answer.
struct Row {
    metric: String,
    year: i64,
    association: Option<i64>,
    dimension: Option<String>,
    value: i64,
}

async fn send(app: &TestApp, roles: &[Role], associations: &[i64], req: TestRequest, what: &str) -> Value {
    let res = app.call_as(roles, associations, req).await;
    assert!(res.status.is_success(), "{what}: {} {}", res.status, res.body_text());
    if res.body.is_empty() {
        Value::Null
    } else {
        res.json()
    }
}

async fn post(app: &TestApp, uri: &str, body: Value) -> Value {
    send(app, STAFF, &[], with_json(TestRequest::post().uri(uri), body), uri).await
}

async fn put(app: &TestApp, uri: &str, body: Value) -> Value {
    send(app, STAFF, &[], with_json(TestRequest::put().uri(uri), body), uri).await
}

fn text(v: &Value) -> &str {
    v.as_str().unwrap_or_else(|| panic!("a string: {v}"))
}

fn int(v: &Value) -> i64 {
    v.as_i64().unwrap_or_else(|| panic!("an integer: {v}"))
}

/// `{"2012": 2, "2014": 1}`: the years of a group of records, each as often as it says.
fn years_of(group: &Value) -> Vec<i64> {
    let mut years = Vec::new();
    for (year, count) in group["years"].as_object().expect("years") {
        let year: i64 = year.parse().expect("a year");
        years.extend(std::iter::repeat_n(year, int(count) as usize));
    }
    years
}

async fn enter_union(app: &TestApp, union: &Value) {
    let patch = TestRequest::patch()
        .uri("/api/v1/union")
        .insert_header(("Content-Type", "application/merge-patch+json"))
        .set_payload(union["profile"].to_string());
    send(app, STAFF, &[], patch, "PATCH /union").await;
    for term in union["terms"].as_array().expect("terms") {
        let mut body = term.clone();
        let number = body.as_object_mut().expect("term").remove("number").expect("number");
        put(app, &format!("/api/v1/union/terms/{number}"), body).await;
    }
    for staff in union["staff"].as_array().expect("staff") {
        let mut body = staff.clone();
        let year = body.as_object_mut().expect("staff").remove("year").expect("year");
        put(app, &format!("/api/v1/union/staff/{year}"), body).await;
    }
    for figures in union["province"].as_array().expect("province") {
        let mut body = figures.clone();
        let year = body.as_object_mut().expect("figures").remove("year").expect("year");
        put(app, &format!("/api/v1/union/province/{year}"), body).await;
    }
    for unit in union["units"].as_array().expect("units") {
        let mut body = unit.clone();
        let code = body.as_object_mut().expect("unit").remove("code").expect("code");
        put(app, &format!("/api/v1/union/units/{}", text(&code)), body).await;
    }
}

/// Creates the associations (staff), then each files its 2019 annual report as its own
/// manager; one syncs its roster as the CSV its secretary keeps. Returns the ids by key.
async fn enter_associations(app: &TestApp, associations: &[Value]) -> HashMap<String, i64> {
    let mut ids = HashMap::new();
    for a in associations {
        let body = json!({"name": a["name"], "kind": a["kind"], "joined_on": a["joined_on"], "special_status": a["special_status"]});
        let id = int(&post(app, "/api/v1/associations", body).await["id"]);
        ids.insert(text(&a["key"]).to_owned(), id);
        if let Some(members) = a.get("members_2019") {
            let report = json!({"members": members, "intellectual_members": a["intellectuals_2019"],
                                "document": format!("Báo cáo tổng kết năm 2019 của {}", text(&a["name"]))});
            let req =
                with_json(TestRequest::put().uri(&format!("/api/v1/associations/{id}/annual-reports/2019")), report);
            send(app, MANAGER, &[id], req, "annual report").await;
        }
        if let Some(standing) = a.get("standing_2019") {
            put(app, &format!("/api/v1/associations/{id}/national-standing/2019"), standing.clone()).await;
        }
        if let Some(roster) = a.get("roster_members") {
            let mut csv = String::from("\u{feff}Mã hội viên;Họ và tên;Giới tính;Trình độ;Ngày vào hội\n");
            for n in 1..=int(roster) {
                let (gender, education) = if n % 3 == 0 { ("Nữ", "Thạc sĩ") } else { ("Nam", "Đại học") };
                let joined = 2010 + n % 10;
                csv.push_str(&format!("D-{n:03};Hội viên Đất {n};{gender};{education};15/05/{joined}\n"));
            }
            let req = TestRequest::post()
                .uri(&format!("/api/v1/associations/{id}/roster/sync?mode=snapshot"))
                .insert_header(("Content-Type", "text/csv"))
                .set_payload(csv);
            let report = send(app, MANAGER, &[id], req, "roster sync").await;
            assert_eq!(report["created"], *roster, "{report}");
        }
    }
    ids
}

/// Each edition is created, then its entries imported with their provincial and national
/// results (an edition of the past is published as it is imported).
async fn enter_contests(app: &TestApp, contests: &[Value]) {
    let list = send(app, STAFF, &[], TestRequest::get().uri("/api/v1/contests"), "contests").await;
    for contest in contests {
        let code = text(&contest["code"]);
        let id =
            list["items"].as_array().expect("items").iter().find(|c| c["code"] == code).expect("seeded")["id"].clone();
        for edition in contest["editions"].as_array().expect("editions") {
            let body = json!({"number": edition["number"], "year": edition["year"]});
            let edition_id = int(&post(app, &format!("/api/v1/contests/{id}/editions"), body).await["id"]);
            let mut prizes: Vec<&str> = Vec::new();
            for prize in ["first", "second", "third", "consolation"] {
                let count = edition["prizes"][prize].as_i64().unwrap_or(0);
                prizes.extend(std::iter::repeat_n(prize, count as usize));
            }
            let national: Vec<&str> = edition["national"].as_array().expect("national").iter().map(text).collect();
            let certificates = edition["labour_certificates"].as_i64().unwrap_or(0);
            let records: Vec<Value> = (0..int(&edition["entries"]))
                .map(|n| {
                    let i = n as usize;
                    json!({
                        "title": format!("Giải pháp {code} kỳ {} số {}", edition["number"], n + 1),
                        "authors": [format!("Tác giả {}", n + 1)],
                        "prize": prizes.get(i),
                        "national_prize": national.get(i),
                        "labour_creativity_certificate": (n < certificates).then_some(true),
                    })
                })
                .collect();
            let uri = format!("/api/v1/editions/{edition_id}/import?published_on={}", text(&edition["published_on"]));
            post(app, &uri, Value::Array(records)).await;
            let entries = send(
                app,
                STAFF,
                &[],
                TestRequest::get().uri(&format!("/api/v1/editions/{edition_id}/entries?limit=500")),
                "entries",
            )
            .await;
            for award in edition["abroad"].as_array().into_iter().flatten() {
                let title = format!("Giải pháp {code} kỳ {} số {}", edition["number"], award["entry"]);
                let entry = entries["items"].as_array().expect("items").iter().find(|e| e["title"] == title.as_str());
                let entry = entry.unwrap_or_else(|| panic!("no entry {title}"))["id"].clone();
                let mut body = award.clone();
                body.as_object_mut().expect("award").remove("entry");
                post(app, &format!("/api/v1/entries/{entry}/international-awards"), body).await;
            }
        }
    }
}

async fn enter_honours(app: &TestApp, report: &Value) {
    let unlisted = &report["unlisted_category"];
    post(app, "/api/v1/award-categories", unlisted.clone()).await;
    let mut categories: Vec<&str> = Vec::new();
    for (code, count) in report["honour_categories"].as_object().expect("categories") {
        categories.extend(std::iter::repeat_n(code.as_str(), int(count) as usize));
    }
    let rounds = report["honour_rounds"].as_array().expect("rounds");
    let total: i64 = rounds.iter().map(|r| int(&r["honourees"])).sum();
    let named = categories.len();
    categories.extend(std::iter::repeat_n(text(&unlisted["code"]), total as usize - named));
    let mut people = categories.into_iter().enumerate();
    for round in rounds {
        let id =
            int(&post(app, "/api/v1/honour-rounds", json!({"year": round["year"], "name": round["name"]})).await["id"]);
        let records: Vec<Value> = people
            .by_ref()
            .take(int(&round["honourees"]) as usize)
            .map(
                |(n, category)| json!({"full_name": format!("Trí thức tiêu biểu {}", n + 1), "categories": [category]}),
            )
            .collect();
        post(app, &format!("/api/v1/honour-rounds/{id}/import"), Value::Array(records)).await;
        for step in ["open-nominations", "close-nominations", "publish"] {
            post(app, &format!("/api/v1/honour-rounds/{id}/{step}"), json!({})).await;
        }
    }
    for group in report["nominations"].as_array().expect("nominations") {
        let year = int(&group["year"]);
        for n in 0..int(&group["count"]) {
            let body = json!({"programme": group["programme"], "year": year, "nominee_name": format!("Người được đề cử {year}-{n}")});
            let id = int(&post(app, "/api/v1/nominations", body).await["id"]);
            post(app, &format!("/api/v1/nominations/{id}/submit"), json!({"on": format!("{year}-03-02")})).await;
            post(app, &format!("/api/v1/nominations/{id}/record-honoured"), json!({"on": format!("{year}-10-10")}))
                .await;
        }
    }
}

async fn enter_commendations(app: &TestApp, commendations: &[Value], ids: &HashMap<String, i64>) {
    for c in commendations {
        for year in c["years"].as_array().expect("years") {
            let mut body = json!({"type": c["type"], "issuer": c["issuer"], "year": year,
                                  "decided_on": format!("{year}-11-20"), "order_class": c.get("order_class")});
            match text(&c["recipient"]) {
                "union" => body["recipient_kind"] = json!("union"),
                "person" => {
                    body["recipient_kind"] = json!("person");
                    body["recipient_name"] = c["name"].clone();
                }
                key => {
                    body["recipient_kind"] = json!("association");
                    body["association_id"] = json!(ids[key]);
                }
            }
            post(app, "/api/v1/commendations", body).await;
        }
    }
}

async fn enter_activities(app: &TestApp, groups: &[Value], ids: &HashMap<String, i64>) {
    let mut records = Vec::new();
    for group in groups {
        let years = years_of(group);
        let mut roles: Vec<&str> = Vec::new();
        if let Some(by_role) = group["roles"].as_object() {
            for (role, count) in by_role {
                roles.extend(std::iter::repeat_n(role.as_str(), int(count) as usize));
            }
            assert_eq!(roles.len(), years.len(), "{}: a role for each council", group["title"]);
        }
        for (n, year) in years.iter().enumerate() {
            let mut record = json!({"kind": group["kind"], "title": group["title"], "union_role": group["union_role"],
                                    "starts_on": format!("{year}-{:02}-10", 1 + n % 12)});
            match text(&group["organiser"]) {
                "union" => record["organiser_kind"] = json!("union"),
                "partner" => {
                    record["organiser_kind"] = json!("partner");
                    record["partner_name"] = group["partner_name"].clone();
                }
                key => {
                    record["organiser_kind"] = json!("association");
                    record["association_id"] = json!(ids[key]);
                }
            }
            for extra in [&group["fields"], &group["each"][n]] {
                for (field, value) in extra.as_object().into_iter().flatten() {
                    record[field] = value.clone();
                }
            }
            if let Some(role) = roles.get(n) {
                record["council_role"] = json!(role);
            }
            records.push(record);
        }
    }
    post(app, "/api/v1/activities/import", Value::Array(records)).await;
}

async fn enter_advisory(app: &TestApp, groups: &[Value]) {
    let mut records = Vec::new();
    for group in groups {
        for received in group["received_on"].as_array().expect("dates") {
            let received = chrono::NaiveDate::parse_from_str(text(received), "%Y-%m-%d").expect("a date");
            let day = |days: i64| (received + chrono::Duration::days(days)).to_string();
            let mut record = json!({"title": group["title"], "kind": group["kind"], "requester": group["requester"],
                                    "requester_name": group.get("requester_name"),
                                    "received_on": received.to_string(), "accepted_on": day(3), "started_on": day(5),
                                    "submitted_on": day(30), "status": "opinion_submitted"});
            if group["speech_proposal"] == true {
                record["speech_proposal"] = json!(true);
            }
            if group["under_contract"] == true {
                record["under_contract"] = json!(true);
                record["fee"] = group["fee"].clone();
            }
            if let Some(outcome) = group.get("outcome") {
                record["status"] = json!("outcome_recorded");
                record["outcome"] = outcome.clone();
                record["outcome_note"] = group["outcome_note"].clone();
                record["outcome_on"] = json!(day(90));
            }
            records.push(record);
        }
    }
    post(app, "/api/v1/advisory-opinions/import", Value::Array(records)).await;
}

async fn enter_recorded_indicators(app: &TestApp, values: &[Value]) {
    for v in values {
        let uri = format!("/api/v1/statistics/indicator-definitions/{}/values/{}/union", text(&v["code"]), v["year"]);
        put(app, &uri, json!({"union_value": v["value"], "union_note": v.get("note")})).await;
    }
}

fn rows_of(figures: &Value) -> Vec<Row> {
    figures
        .as_array()
        .expect("figures")
        .iter()
        .map(|f| Row {
            metric: text(&f["metric"]).to_owned(),
            year: int(&f["year"]),
            association: f["association_id"].as_i64(),
            dimension: f["dimension_value"].as_str().map(str::to_owned),
            value: int(&f["value"]),
        })
        .collect()
}

fn matches(dimensions: &[String], value: Option<&str>) -> bool {
    dimensions.is_empty()
        || value.is_some_and(|v| {
            dimensions.iter().any(|d| d.strip_suffix('*').map_or(v == d, |prefix| v.starts_with(prefix)))
        })
}

/// What `read` asks of the summaries' rows: a sum, the first year with a figure, or how many
/// associations or breakdown values have one.
fn evaluate(read: &Value, rows: &[Row]) -> i64 {
    let metric = text(&read["metric"]);
    let (from, to) = (int(&read["from"]), int(&read["to"]));
    let dimensions: Vec<String> =
        read["dimensions"].as_array().into_iter().flatten().map(|d| text(d).to_owned()).collect();
    let selected: Vec<&Row> = rows
        .iter()
        .filter(|r| r.metric == metric && (from..=to).contains(&r.year) && matches(&dimensions, r.dimension.as_deref()))
        .collect();
    let union_wide = |r: &&&Row| r.association.is_none();
    let per_association = |r: &&&Row| r.association.is_some();
    let sum = |filter: &dyn Fn(&&&Row) -> bool| selected.iter().filter(filter).map(|r| r.value).sum::<i64>();
    match (read["scope"].as_str().unwrap_or("all"), read["aggregate"].as_str().unwrap_or("sum")) {
        ("all", "sum") => sum(&union_wide),
        ("associations", "sum") => sum(&per_association),
        // The union-wide figure counts everyone; the associations' own are broken out beside it.
        ("union_own", "sum") => sum(&union_wide) - sum(&per_association),
        ("all", "first_year") => {
            selected.iter().filter(union_wide).filter(|r| r.value > 0).map(|r| r.year).min().unwrap_or(0)
        }
        ("all", "distinct_dimensions") => selected
            .iter()
            .filter(union_wide)
            .filter(|r| r.value > 0)
            .map(|r| r.dimension.clone())
            .collect::<BTreeSet<_>>()
            .len() as i64,
        ("associations", "distinct_associations") => selected
            .iter()
            .filter(per_association)
            .filter(|r| r.value > 0)
            .map(|r| r.association)
            .collect::<BTreeSet<_>>()
            .len() as i64,
        other => panic!("unknown read {other:?}"),
    }
}

/// Whether `value` is what the report says: exactly, more than, nearly (within a tenth
/// below), or dozens.
fn says(report: &Value, value: &Value) -> bool {
    let n = value.as_f64();
    if let Some(exact) = report.get("exact") {
        exact == value
    } else if let Some(bound) = report.get("more_than").and_then(Value::as_f64) {
        n.is_some_and(|n| n > bound)
    } else if let Some(near) = report.get("nearly").and_then(Value::as_f64) {
        n.is_some_and(|n| n < near && n >= 0.9 * near)
    } else if report.get("dozens").is_some() {
        n.is_some_and(|n| (20.0..100.0).contains(&n))
    } else {
        panic!("unknown statement {report}")
    }
}

/// The same figures through `/statistics/series`, as a provincial system pulling one metric
/// reads them: a union-wide sum over the years.
async fn series_sum(app: &TestApp, read: &Value) -> i64 {
    let dimensions: Vec<String> =
        read["dimensions"].as_array().into_iter().flatten().map(|d| text(d).to_owned()).collect();
    let base = format!(
        "/api/v1/statistics/series?metric={}&from={}&to={}&fresh=true",
        text(&read["metric"]),
        read["from"],
        read["to"]
    );
    let exact: Vec<&String> = dimensions.iter().filter(|d| !d.ends_with('*')).collect();
    let mut total = 0;
    if exact.is_empty() || exact.len() < dimensions.len() {
        let answer = send(app, READER, &[], TestRequest::get().uri(&base), "series").await;
        total += rows_of(&answer["figures"])
            .iter()
            .filter(|r| r.association.is_none() && matches(&dimensions, r.dimension.as_deref()))
            .filter(|r| !exact.iter().any(|d| r.dimension.as_deref() == Some(d.as_str())))
            .map(|r| r.value)
            .sum::<i64>();
    }
    for d in exact {
        let answer = send(app, READER, &[], TestRequest::get().uri(&format!("{base}&dimension={d}")), "series").await;
        total += rows_of(&answer["figures"]).iter().filter(|r| r.association.is_none()).map(|r| r.value).sum::<i64>();
    }
    total
}

async fn read_figure(app: &TestApp, read: &Value, rows: &[Row]) -> Value {
    if let Some(field) = read.get("union") {
        return match text(field) {
            "terms" => {
                let terms = send(app, READER, &[], TestRequest::get().uri("/api/v1/union/terms"), "terms").await;
                json!(terms["items"].as_array().expect("items").len())
            }
            field => send(app, READER, &[], TestRequest::get().uri("/api/v1/union"), "union").await[field].clone(),
        };
    }
    if let Some(filter) = read.get("associations") {
        let uri =
            format!("/api/v1/associations?special_status={}&include_total=true&limit=100", filter["special_status"]);
        let list = send(app, STAFF, &[], TestRequest::get().uri(&uri), "associations").await;
        return json!(list["items"].as_array().expect("items").len());
    }
    let value = evaluate(read, rows);
    if read["scope"].as_str().unwrap_or("all") == "all" && read["aggregate"].as_str().unwrap_or("sum") == "sum" {
        assert_eq!(series_sum(app, read).await, value, "/series and /summary disagree on {read}");
    }
    json!(value)
}

fn indicator_matches(expected: &Value, line: &Value) -> bool {
    let value = line["union_value"].as_f64();
    match expected {
        Value::Null => value.is_none(),
        Value::String(x) if x == "X" => line["present"] == true,
        Value::Number(n) => {
            value == n.as_f64() && (line["unit"] != "presence" || line["present"] == json!(n.as_f64() > Some(0.0)))
        }
        statement => value.is_some_and(|v| says(statement, &json!(v))),
    }
}

#[actix_web::test]
async fn the_union_report_re_entered_through_the_api_comes_back_out_of_it() {
    let report: Value = serde_json::from_str(REPORT).expect("the report's data");
    let app = TestApp::spawn().await;
    enter_union(&app, &report["union"]).await;
    let ids = enter_associations(&app, report["associations"].as_array().expect("associations")).await;
    enter_contests(&app, report["contests"].as_array().expect("contests")).await;
    enter_honours(&app, &report).await;
    enter_commendations(&app, report["commendations"].as_array().expect("commendations"), &ids).await;
    enter_activities(&app, report["activities"].as_array().expect("activities"), &ids).await;
    enter_advisory(&app, report["advisory"].as_array().expect("advisory")).await;
    enter_recorded_indicators(&app, report["recorded_indicators"].as_array().expect("recorded")).await;

    let mut rows = Vec::new();
    for year in 2010..=2020 {
        let uri = format!("/api/v1/statistics/summary?year={year}&fresh=true");
        let summary = send(&app, READER, &[], TestRequest::get().uri(&uri), "summary").await;
        for resource in summary["resources"].as_array().expect("resources") {
            rows.extend(rows_of(&resource["figures"]));
        }
    }

    let backend = if app.db.is_postgres() { "PostgreSQL" } else { "SQLite" };
    println!("The union's ten-year report re-entered ({backend}): {}", text(&report["source"]));
    let mut wrong = Vec::new();
    for figure in report["figures"].as_array().expect("figures") {
        let got = read_figure(&app, &figure["read"], &rows).await;
        let entered = &figure["entered"];
        let ok = got == *entered && says(&figure["report"], entered);
        println!(
            "{} {:<34} | {} | report {} | entered {entered} | API {got}",
            if ok { "ok  " } else { "FAIL" },
            text(&figure["section"]),
            text(&figure["quote"]),
            figure["report"]
        );
        if !ok {
            wrong.push(format!("{}: API {got}, entered {entered}, report {}", figure["quote"], figure["report"]));
        }
    }

    let table = send(
        &app,
        READER,
        &[],
        TestRequest::get().uri("/api/v1/statistics/indicators?year=2019&fresh=true"),
        "indicators",
    )
    .await;
    let lines: BTreeMap<&str, &Value> =
        table["items"].as_array().expect("items").iter().map(|l| (text(&l["code"]), l)).collect();
    let expected = report["indicator_table_2019"].as_array().expect("table");
    assert_eq!(lines.len(), expected.len(), "the 2019 table has the report's lines and no other: {table}");
    println!("The indicator table of 2019 (section 5):");
    for row in expected {
        let line = lines.get(text(&row["code"])).unwrap_or_else(|| panic!("no line {}", row["code"]));
        let national_ok = line["national_value"].as_f64() == row["national"].as_f64();
        let ok = indicator_matches(&row["union"], line) && national_ok;
        println!(
            "{} {}.{} {:<60} | report {} / {} | API {} (present {}) / {}",
            if ok { "ok  " } else { "FAIL" },
            text(&line["section"]),
            text(&line["number"]),
            text(&line["name_vi"]),
            row["union"],
            row["national"],
            line["union_value"],
            line["present"],
            line["national_value"]
        );
        if !ok {
            wrong.push(format!("indicator {}: {line}", row["code"]));
        }
    }

    let current = lienhiep::domain::time::today(app.state.config.timezone).format("%Y").to_string();
    let summary = send(
        &app,
        READER,
        &[],
        TestRequest::get().uri(&format!("/api/v1/statistics/summary?year={current}&fresh=true")),
        "summary",
    )
    .await;
    let dat = ids["dat"];
    let roster_figure = summary["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .flat_map(|r| r["figures"].as_array().expect("figures").iter())
        .find(|f| f["metric"] == "members_total" && f["association_id"] == dat)
        .cloned();
    let roster = report["associations"].as_array().expect("a").iter().find(|a| a["key"] == "dat").expect("dat");
    assert_eq!(
        roster_figure.as_ref().map(|f| (f["value"].clone(), f["source"].clone())),
        Some((roster["roster_members"].clone(), json!("roster"))),
        "this year the synced roster gives the soil-science branch's members"
    );

    println!("Where the report contradicts itself, and the figure followed:");
    for c in report["contradictions"].as_array().expect("contradictions") {
        println!("- {}: {} -> {} ({})", text(&c["about"]), c["says"], text(&c["followed"]), text(&c["why"]));
    }
    println!("What the report states that the API does not hold yet:");
    for n in report["not_held"].as_array().expect("not held") {
        println!("- \"{}\": {}", text(&n["quote"]), text(&n["why"]));
    }
    assert!(wrong.is_empty(), "{} figure(s) differ on {backend}:\n{}", wrong.len(), wrong.join("\n"));
}
