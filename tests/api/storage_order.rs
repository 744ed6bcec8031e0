//! Rule P1 against someone who copies the data directory while a survey is
//! open (a file-level backup, a VM snapshot): neither the write-ahead log nor
//! the layout of the main file may tell the order in which invites were used
//! and answers arrived, so no invite can be paired with a response.

use std::collections::HashSet;
use std::path::Path;

use rand::seq::SliceRandom;
use rusqlite::Connection;

use crate::helpers::*;
use crate::privacy::{numbered_answers, submission_number};

/// What an attacker copies: the database file and its write-ahead log.
struct Copy {
    db: Vec<u8>,
    wal: Vec<u8>,
}

fn copy(app: &TestApp) -> Copy {
    let read = |p: &Path| std::fs::read(p).unwrap_or_default();
    Copy {
        db: read(&app.db_path),
        wal: read(&app.db_path.with_extension("db-wal")),
    }
}

/// Where each commit ends in a log, read raw: every frame whose header
/// marks a commit, whatever its salt (stale frames of older logs count).
fn commit_ends(wal: &[u8]) -> Vec<usize> {
    if wal.len() < 32 {
        return Vec::new();
    }
    let page_size = u32::from_be_bytes(wal[8..12].try_into().unwrap()) as usize;
    let frame = 24 + page_size;
    let mut ends = Vec::new();
    let mut at = 32;
    while at + frame <= wal.len() {
        if wal[at + 4..at + 8] != [0, 0, 0, 0] {
            ends.push(at + frame);
        }
        at += frame;
    }
    ends
}

/// Used invites and filled ballots in the copy, with its log cut at `end`.
fn state(copy: &Copy, end: usize) -> (HashSet<Vec<u8>>, HashSet<Vec<u8>>) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("copy.db");
    std::fs::write(&db, &copy.db).unwrap();
    if end > 0 {
        std::fs::write(dir.path().join("copy.db-wal"), &copy.wal[..end]).unwrap();
    }
    let conn = Connection::open(&db).unwrap();
    let set = |sql: &str| -> HashSet<Vec<u8>> {
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    (
        set("SELECT code_hash FROM invites WHERE used = 1"),
        set("SELECT id FROM ballots WHERE filled = 1"),
    )
}

/// The attack of the report: replay the log commit by commit, and pair a
/// commit that used exactly one invite with a next commit that stored
/// exactly one response. Returns how many commits and pairs the copy gave.
fn replay(copy: &Copy) -> (usize, usize) {
    let ends = commit_ends(&copy.wal);
    let mut states = vec![state(copy, 0)];
    states.extend(ends.iter().map(|&end| state(copy, end)));
    let added: Vec<(usize, usize)> = states
        .windows(2)
        .map(|w| {
            let invites = w[1].0.difference(&w[0].0).count();
            let responses = w[1].1.difference(&w[0].1).count();
            (invites, responses)
        })
        .collect();
    let pairs = added
        .windows(2)
        .filter(|w| w[0] == (1, 0) && w[1] == (0, 1))
        .count();
    (ends.len(), pairs)
}

#[tokio::test]
async fn p1_copies_of_the_data_directory_taken_while_people_answer_pair_no_invite_with_a_response()
{
    // Arrange: 25 people answer one after another, as in the report, then
    // 20 at once; the directory is copied after every step and throughout.
    let app = spawn_app().await;
    let survey = app.open_survey(45).await;
    let mut copies = Vec::new();
    for (i, code) in survey.codes[..25].iter().enumerate() {
        let token = app.obtain_token(&survey.id, code).await;
        copies.push(copy(&app));
        let answered = app.submit(&survey.id, &token, numbered_answers(i)).await;
        assert_eq!(answered.status(), 201);
        copies.push(copy(&app));
    }
    let answering = survey.codes[25..].iter().enumerate().map(|(i, code)| {
        let (app, id) = (&app, &survey.id);
        async move {
            let token = app.obtain_token(id, code).await;
            app.submit(id, &token, numbered_answers(25 + i))
                .await
                .status()
        }
    });
    let copying = async {
        let mut taken = Vec::new();
        for _ in 0..200 {
            taken.push(copy(&app));
            tokio::task::yield_now().await;
        }
        taken
    };
    let (statuses, taken) = tokio::join!(futures_util::future::join_all(answering), copying);
    assert!(statuses.iter().all(|s| *s == 201));
    copies.extend(taken);

    // Act
    let replays: Vec<(usize, usize)> = copies.iter().map(replay).collect();

    // Assert: at most the batch being committed is in any log; no pairs.
    let most_commits = replays.iter().map(|r| r.0).max().unwrap();
    let pairs: usize = replays.iter().map(|r| r.1).sum();
    assert!(
        most_commits <= 1,
        "a copy's log held {most_commits} commits"
    );
    assert_eq!(pairs, 0, "copies paired invites with responses");
}

/// Kendall's tau between the order things happened in and where their cells
/// sit, over the pairs that share a page: -1 or 1 when a page keeps the order.
pub fn tau_within_pages(cells: &[(usize, usize)], page_size: usize) -> f64 {
    let (mut agree, mut pairs) = (0i64, 0i64);
    for (i, a) in cells.iter().enumerate() {
        for b in &cells[i + 1..] {
            if a.1 / page_size == b.1 / page_size && a.0 != b.0 {
                pairs += 1;
                let same = (a.0 < b.0) == (a.1 < b.1);
                agree += if same { 1 } else { -1 };
            }
        }
    }
    assert!(pairs > 20, "too few cells share a page to judge: {pairs}");
    agree as f64 / pairs as f64
}

pub fn offsets(file: &[u8], needle: &[u8]) -> Vec<usize> {
    (0..file.len() - needle.len())
        .filter(|&i| &file[i..i + needle.len()] == needle)
        .collect()
}

#[tokio::test]
async fn p1_where_invites_and_ballots_sit_in_the_file_says_nothing_of_the_order_they_were_used_in()
{
    // Arrange: 40 invites used in an order unrelated to the list HR got.
    let app = spawn_app().await;
    let survey = app.open_survey(40).await;
    let mut order: Vec<usize> = (0..40).collect();
    order.shuffle(&mut rand::rng());
    for (step, &i) in order.iter().enumerate() {
        let token = app.obtain_token(&survey.id, &survey.codes[i]).await;
        let answered = app.submit(&survey.id, &token, numbered_answers(step)).await;
        assert_eq!(answered.status(), 201);
    }

    // Act: the main file as a copy would hold it once the log is emptied.
    let conn = Connection::open(&app.db_path).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
        .unwrap();
    let file = std::fs::read(&app.db_path).unwrap();
    let page_size: usize = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    let mut invite_cells = Vec::new();
    for (step, &i) in order.iter().enumerate() {
        let hash = stemme::invites::InviteCode::parse(&survey.codes[i])
            .unwrap()
            .hash();
        // The row and its entries in both indexes.
        for at in offsets(&file, &hash.0) {
            invite_cells.push((step, at));
        }
    }
    let mut stmt = conn
        .prepare("SELECT id, answers FROM ballots WHERE filled = 1")
        .unwrap();
    let ballot_cells: Vec<(usize, usize)> = stmt
        .query_map([], |r| {
            Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Vec<u8>>(1)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .map(|(id, record)| (submission_number(&record), offsets(&file, &id)[0]))
        .collect();

    // Assert: within each page, no trace of the order (1 or -1 if there were).
    let invites = tau_within_pages(&invite_cells, page_size);
    let ballots = tau_within_pages(&ballot_cells, page_size);
    assert!(
        invites.abs() < 0.5,
        "invites keep their order: tau {invites}"
    );
    assert!(
        ballots.abs() < 0.5,
        "ballots keep their order: tau {ballots}"
    );
}
