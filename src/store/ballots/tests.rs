//! How an answer's ballot is drawn: every empty ballot as likely as any
//! other, whatever was filled around it (rule P1). The draws follow fixed
//! seeds, so each test sees the same draws at every run.

use rusqlite::{Connection, params};

use super::*;

/// A survey with one department of `n` empty ballots, ids 0, 1, 2, …
fn department_of(n: u8) -> (Connection, SurveyId, DepartmentName) {
    let (conn, survey) = super::super::testing::open_survey();
    let s = survey.as_str();
    conn.execute(
        "INSERT INTO departments (survey_id, name, position) VALUES (?1, 'Salg', 0)",
        [s],
    )
    .unwrap();
    add_empty(&conn, s, "Salg", (0..n).map(|i| [i; 16]).collect(), 4).unwrap();
    (conn, survey, DepartmentName::parse("Salg").unwrap())
}

fn fill(conn: &Connection, ids: impl IntoIterator<Item = u8>) {
    for i in ids {
        conn.execute(
            "UPDATE ballots SET filled = 1 WHERE id = ?1",
            params![&[i; 16][..]],
        )
        .unwrap();
    }
}

fn seed(i: u32) -> [u8; 32] {
    let mut seed = [0; 32];
    seed[..4].copy_from_slice(&i.to_le_bytes());
    seed
}

/// How often each ballot is drawn in 2,000 draws.
fn draws(conn: &Connection, survey: &SurveyId, department: &DepartmentName) -> Vec<(u8, u32)> {
    let mut counts = std::collections::BTreeMap::new();
    for i in 0..2_000 {
        let id = empty_ballot(conn, survey, department, seed(i))
            .unwrap()
            .unwrap();
        *counts.entry(id[0]).or_insert(0) += 1;
    }
    counts.into_iter().collect()
}

#[test]
fn an_empty_ballot_after_a_run_of_filled_ones_is_drawn_no_more_often_than_any_other() {
    // Arrange: 20 ballots, the first 15 filled. The first empty one after a
    // random id would be ballot 15 four times in five.
    let (conn, survey, department) = department_of(20);
    fill(&conn, 0..15);

    // Act
    let counts = draws(&conn, &survey, &department);

    // Assert: the five empty ones, each about 400 times in 2,000.
    let drawn: Vec<u8> = counts.iter().map(|c| c.0).collect();
    assert_eq!(drawn, [15, 16, 17, 18, 19]);
    for (id, n) in counts {
        assert!((320..480).contains(&n), "ballot {id}: {n} of 2,000");
    }
}

#[test]
fn a_nearly_full_department_draws_evenly_among_its_last_ballots_and_a_full_one_has_none() {
    // Arrange: 200 ballots, all but two filled (half the answers miss 64
    // times and count the empty ones instead); a voided batch left a gap.
    let (conn, survey, department) = department_of(200);
    conn.execute(
        "DELETE FROM ballots WHERE id = ?1",
        params![&[100u8; 16][..]],
    )
    .unwrap();
    fill(&conn, (0..200).filter(|i| ![37, 150].contains(i)));

    // Act
    let counts = draws(&conn, &survey, &department);
    fill(&conn, [37, 150]);
    let none = empty_ballot(&conn, &survey, &department, seed(0)).unwrap();

    // Assert
    let drawn: Vec<u8> = counts.iter().map(|c| c.0).collect();
    assert_eq!(drawn, [37, 150]);
    for (id, n) in counts {
        assert!((900..1100).contains(&n), "ballot {id}: {n} of 2,000");
    }
    assert_eq!(none, None);
}

#[test]
fn a_merged_departments_ballots_follow_the_slots_of_the_one_it_joins() {
    // Arrange: Salg's three ballots (slots 0–2) and Lager's two.
    let (conn, survey, department) = department_of(3);
    let s = survey.as_str();
    conn.execute(
        "INSERT INTO departments (survey_id, name, position) VALUES (?1, 'Lager', 1)",
        [s],
    )
    .unwrap();
    add_empty(&conn, s, "Lager", vec![[7; 16], [8; 16]], 4).unwrap();

    // Act
    move_all(&conn, s, "Lager", "Salg").unwrap();

    // Assert: five ballots in Salg, slots 0–4, and each drawn.
    let slots: Vec<(u8, i64)> = conn
        .prepare("SELECT id, slot FROM ballots WHERE department = 'Salg' ORDER BY slot")
        .unwrap()
        .query_map([], |r| Ok((r.get::<_, Vec<u8>>(0)?[0], r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(slots, [(0, 0), (1, 1), (2, 2), (7, 3), (8, 4)]);
    assert_eq!(draws(&conn, &survey, &department).len(), 5);
}
