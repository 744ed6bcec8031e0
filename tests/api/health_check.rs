//! `/healthz` costs the same whatever the database holds (issue 23): a
//! health probe every few seconds, or a stranger calling it in a loop,
//! must not scan the invites.

use std::time::{Duration, Instant};

use crate::durability::open_survey_with_invites;
use crate::retry_flood::median;
use crate::server::serve;

#[tokio::test]
async fn the_health_check_takes_a_millisecond_or_so_with_two_hundred_thousand_invites() {
    // Arrange: 200,000 more invites, written straight into the file.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let (id, _) = open_survey_with_invites(&db, 10);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
         INSERT INTO invites (code_hash, survey_id, department, used)
         SELECT randomblob(32), ?1, 'Salg', i % 2 FROM n",
        [id.as_str()],
    )
    .unwrap();
    drop(conn);
    let server = serve(&db);
    let client = reqwest::Client::new();
    let url = format!("{}/healthz", server.address);

    // Act
    let mut times = Vec::new();
    for _ in 0..21 {
        let started = Instant::now();
        let response = client.get(&url).send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.json::<serde_json::Value>().await.unwrap(),
            serde_json::json!({ "status": "ok" })
        );
        times.push(started.elapsed());
    }

    // Assert: listing the surveys with their counts took 100 ms and more.
    let median = median(times);
    eprintln!("health check with 200,000 invites: median {median:?}");
    assert!(median < Duration::from_millis(10), "{median:?}");
}
