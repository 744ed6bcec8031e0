//! The slots as an ordered hash table: where everyone sits follows from who
//! is in the table, never from who came first (rule P1).

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;

use super::*;

/// An open survey's empty table of `slots` slots.
fn table(slots: u64) -> (Connection, SurveyId) {
    let (conn, survey) = super::super::testing::open_survey();
    let s = survey.as_str();
    conn.execute(
        "INSERT INTO sso_surveys (survey_id, mode) VALUES (?1, 'sso')",
        [s],
    )
    .unwrap();
    rebuild(&conn, &survey, slots).unwrap();
    (conn, survey)
}

/// A person whose hash names bucket `home` of 16, told apart by `tie`.
fn person(home: u64, tie: u8) -> ([u8; 32], SlotRecord) {
    let mut hash = [tie; 32];
    hash[..8].copy_from_slice(&home.to_be_bytes());
    let slot = SlotRecord {
        key_id: [1; 32],
        blinded_hash: [tie; 32],
        blind_sig: vec![tie; 256],
    };
    (hash, slot)
}

/// Who sits in which bucket, with what.
fn layout(conn: &Connection, survey: &SurveyId) -> Vec<(u64, Vec<u8>, Vec<u8>)> {
    conn.prepare(
        "SELECT bucket, subject_hash, blinded_hash FROM sso_slots
         WHERE survey_id = ?1 AND used = 1 ORDER BY bucket",
    )
    .unwrap()
    .query_map([survey.as_str()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

#[test]
fn where_everyone_sits_follows_from_who_is_in_the_table_not_from_who_came_first() {
    // Arrange: eleven people in 16 slots, most of them after the same few
    // buckets, some of them across the table's end (buckets 13 to 2).
    let people: Vec<_> = [13, 14, 14, 15, 15, 15, 0, 0, 1, 14, 2]
        .into_iter()
        .zip(1u8..)
        .map(|(home, tie)| person(home, tie))
        .collect();
    let mut rng = StdRng::seed_from_u64(21);

    // Act: the same people, arriving in 30 different orders.
    let mut layouts = Vec::new();
    for _ in 0..30 {
        let mut order = people.clone();
        order.shuffle(&mut rng);
        let (conn, survey) = table(16);
        for (hash, slot) in order {
            insert(&conn, &survey, 16, hash, slot).unwrap();
        }
        for (hash, slot) in &people {
            let Probe::Found(found) = probe(&conn, &survey, hash).unwrap() else {
                panic!("a person is not found")
            };
            assert_eq!(&found, slot);
        }
        layouts.push(layout(&conn, &survey));
    }

    // Assert: one table, whatever the order; each hash with its own record.
    assert_eq!(layouts[0].len(), 11);
    assert!(layouts.iter().all(|l| *l == layouts[0]));
    assert!(
        layouts[0]
            .iter()
            .all(|(_, hash, blinded)| hash[8] == blinded[0])
    );
}
