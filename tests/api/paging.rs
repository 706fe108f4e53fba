//! Every list pages alike: `Link: <…>; rel="next"` (RFC 8288) exactly when `next_cursor` says
//! there is a next page, to the same address with every other parameter kept; with
//! `include_total=true`, every page counts every match.

use actix_web::test::TestRequest;
use lienhiep::auth::Role;
use serde_json::Value;

use crate::associations::create_ok;
use crate::helpers::{json, TestApp};
use crate::imports::Import;

/// Follows `first` by its `Link` headers alone; the ids of every item seen.
async fn follow(app: &TestApp, first: &str) -> Vec<Value> {
    let mut uri = first.to_owned();
    let mut ids = Vec::new();
    let mut totals = Vec::new();
    for _ in 0..50 {
        let res = app.call_as(&[Role::Admin], &[], TestRequest::get().uri(&uri)).await;
        assert_eq!(res.status, 200, "{uri}: {}", res.body_text());
        let link = res.header("link").map(str::to_owned);
        let body = res.json();
        if let Some(total) = body.get("total") {
            totals.push(total.clone());
        }
        let items = body["items"].as_array().expect("items");
        ids.extend(items.iter().map(|i| i["id"].clone()));
        match body["next_cursor"].as_str() {
            None => {
                assert_eq!(link, None, "{uri}: the last page links nowhere");
                if first.contains("include_total=true") {
                    assert!(
                        totals.iter().all(|t| t.as_u64() == Some(ids.len() as u64)),
                        "{first}: totals {totals:?} of {}",
                        ids.len()
                    );
                }
                return ids;
            }
            Some(cursor) => {
                let link = link.unwrap_or_else(|| panic!("{uri}: a next page and no Link"));
                let target = link
                    .strip_suffix(">; rel=\"next\"")
                    .and_then(|l| l.strip_prefix('<'))
                    .unwrap_or_else(|| panic!("{uri}: {link}"));
                assert!(
                    target.ends_with(&format!("&cursor={cursor}")) || target.ends_with(&format!("?cursor={cursor}"))
                );
                let kept = |u: &str| {
                    let mut pairs: Vec<String> = u
                        .split_once('?')
                        .map_or("", |(_, q)| q)
                        .split('&')
                        .filter(|p| !p.starts_with("cursor="))
                        .map(str::to_owned)
                        .collect();
                    pairs.sort();
                    pairs
                };
                assert_eq!(kept(target), kept(&uri), "{uri}: every other parameter kept");
                uri = target.to_owned();
            }
        }
    }
    panic!("{first}: more than 50 pages");
}

#[actix_web::test]
async fn every_page_links_the_next_one_as_its_cursor_does() {
    let app = TestApp::spawn().await;
    for name in ["Hội Khuyến học", "Hội Y học", "Hội Nông học"] {
        create_ok(&app, name).await;
    }
    let a = create_ok(&app, "Hội Tin học").await;
    let roster = "external_id,full_name\nL-1,Nguyễn Văn Một\nL-2,Nguyễn Thị Hai\nL-3,Nguyễn Văn Ba\nL-4,Lò Văn Bốn\n";
    let sync = TestRequest::post()
        .uri(&format!("/api/v1/associations/{a}/roster/sync"))
        .insert_header(("Content-Type", "text/csv"))
        .set_payload(roster);
    assert_eq!(app.call_as(&[Role::Staff], &[], sync).await.status, 200);
    // Two people who may be one (the same name and birth date): a group of duplicates.
    let b = create_ok(&app, "Hội Sử học").await;
    let twins = "external_id,full_name,birth_date\nT-1,Trần Văn Trùng,1970-01-01\nT-2,Trần Văn Trùng,1970-01-01\n";
    let sync = TestRequest::post()
        .uri(&format!("/api/v1/associations/{b}/roster/sync"))
        .insert_header(("Content-Type", "text/csv"))
        .set_payload(twins);
    assert_eq!(app.call_as(&[Role::Staff], &[], sync).await.status, 200);
    let imports = [
        (
            "/api/v1/activities/import",
            "Loại hoạt động;Tên hoạt động;Đơn vị tổ chức;Ngày;Vai trò\n\
             Hội thảo khoa học;Một;Liên hiệp hội;01/02/2019;Chủ trì\n\
             Hội thảo khoa học;Hai;Liên hiệp hội;02/02/2019;Chủ trì\n\
             Hội thảo khoa học;Ba;Liên hiệp hội;03/02/2019;Chủ trì\n",
        ),
        (
            "/api/v1/advisory-opinions/import",
            "Tên vụ việc,Ngày tiếp nhận,Loại,Cơ quan đề nghị,Trạng thái\n\
             Vụ việc 1,01/03/2019,Tư vấn,UBND tỉnh,Đã tiếp nhận\n\
             Vụ việc 2,02/03/2019,Tư vấn,UBND tỉnh,Đã tiếp nhận\n\
             Vụ việc 3,03/03/2019,Tư vấn,UBND tỉnh,Đã tiếp nhận\n",
        ),
    ];
    for (uri, file) in imports {
        let req = TestRequest::post().uri(uri).insert_header(("Content-Type", "text/csv")).set_payload(file);
        let res = app.call_as(&[Role::Staff], &[], req).await;
        assert_eq!(res.status, 201, "{uri}: {}", res.body_text());
    }
    // A round's honourees and an edition's entries, three of each.
    let mut parts = Vec::new();
    for (import, list) in [(Import::Honourees, "honourees"), (Import::Entries, "entries")] {
        let uri = import.target(&app, list).await;
        let records: Vec<Value> = (1..=3).map(|i| import.json_record(&format!("{list} {i}"))).collect();
        let req = json(TestRequest::post().uri(&uri), serde_json::json!({ "records": records }));
        let res = app.call_as(&[Role::Staff], &[], req).await;
        assert_eq!(res.status, 201, "{uri}: {}", res.body_text());
        parts.push(uri.replace("/import", &format!("/{list}?limit=2&include_total=true")));
    }
    let lists = [
        (parts[0].clone(), 3),
        (parts[1].clone(), 3),
        ("/api/v1/associations?limit=3&include_total=true".to_owned(), 5),
        ("/api/v1/activities?limit=2&include_total=true".to_owned(), 3),
        ("/api/v1/advisory-opinions?include_total=true&limit=2".to_owned(), 3),
        // Empty: the total is 0 all the same.
        ("/api/v1/commendations?limit=2&include_total=true".to_owned(), 0),
        ("/api/v1/nominations?limit=2&include_total=true".to_owned(), 0),
        (format!("/api/v1/associations/{a}/members?limit=1&q=nguy%E1%BB%85n"), 3),
        (format!("/api/v1/associations/{a}/members?limit=2"), 4),
        ("/api/v1/users?limit=1".to_owned(), 0),
        ("/api/v1/users?limit=1&include_total=true".to_owned(), 0),
        ("/api/v1/people/duplicates?limit=1&include_total=true".to_owned(), 1),
        // Counted against the records paged through (their number is the sync's and the creates').
        ("/api/v1/audit-log?limit=2&include_total=true&entity_type=association".to_owned(), 0),
    ];
    for (list, expected) in lists {
        let ids = follow(&app, &list).await;
        let unique: std::collections::HashSet<String> = ids.iter().map(Value::to_string).collect();
        assert_eq!(unique.len(), ids.len(), "{list}: an item twice");
        if expected > 0 {
            assert_eq!(ids.len(), expected, "{list}");
        }
    }
    // The audit log: at least the writes above, over pages of two.
    assert!(follow(&app, "/api/v1/audit-log?limit=2").await.len() >= 5);
}
