use super::*;

fn ip(a: u8, b: u8) -> From {
    From::Client(IpAddr::from([10, 0, a, b]))
}

fn held_back(result: Result<Attempt, AccountsError>) -> bool {
    matches!(result, Err(AccountsError::Throttled(_)))
}

#[test]
fn simultaneous_attempts_count_like_attempts_one_after_another() {
    let guard = Guard::default();
    let held: Vec<Attempt> = (0..5)
        .map(|_| guard.reserve("anne", true, ip(0, 1)).unwrap())
        .collect();
    assert!(held_back(guard.reserve("anne", true, ip(0, 1))));
    drop(held);
}

#[test]
fn a_thousand_fresh_addresses_get_the_accounts_budget_and_no_more() {
    // Arrange
    let guard = Guard::default();
    let now = Instant::now();
    // Act: one guess from each of 1,000 addresses.
    let checked = (0..1000u32)
        .filter(|i| {
            let from = ip((i / 250) as u8, (i % 250) as u8);
            guard.reserve_at("anne", true, from, now).is_ok()
        })
        .count();
    // Assert: the budget, then nothing until the hour has passed.
    assert_eq!(checked, PER_ACCOUNT.failures);
    let later = now + PER_ACCOUNT.window;
    assert!(guard.reserve_at("anne", true, ip(9, 9), later).is_ok());
}

#[test]
fn the_owners_remembered_browser_gets_in_while_strangers_spent_the_budget() {
    let guard = Guard::default();
    let now = Instant::now();
    for i in 0..100u8 {
        let _ = guard.reserve_at("anne", true, ip(1, i), now);
    }
    assert!(held_back(guard.reserve_at("anne", true, ip(2, 1), now)));
    let device = From::Device(DeviceId::generate().unwrap());
    // A typo first: the owner is not held back for it.
    drop(guard.reserve_at("anne", true, device, now).unwrap());
    let right = guard.reserve_at("anne", true, device, now).unwrap();
    guard.succeeded(right);
    assert!(guard.reserve_at("anne", true, device, now).is_ok());
}

#[test]
fn a_remembered_browser_has_its_own_limit() {
    let guard = Guard::default();
    let now = Instant::now();
    let device = From::Device(DeviceId::generate().unwrap());
    for _ in 0..PER_DEVICE.failures {
        drop(guard.reserve_at("anne", true, device, now).unwrap());
    }
    assert!(held_back(guard.reserve_at("anne", true, device, now)));
}

#[test]
fn a_flood_of_made_up_names_and_addresses_resets_no_count() {
    // Arrange: one address held back on the real account.
    let guard = Guard::default();
    let now = Instant::now();
    for _ in 0..PER_PAIR.failures {
        drop(guard.reserve_at("anne", true, ip(0, 1), now).unwrap());
    }
    // Act: 10,001 more addresses, each with one failure on a made-up name.
    for i in 0..10_001u32 {
        let from = From::Client(IpAddr::from(i.to_be_bytes()));
        let _ = guard.reserve_at(&format!("x{i}"), false, from, now);
    }
    // Assert
    assert!(held_back(guard.reserve_at("anne", true, ip(0, 1), now)));
    let counts = guard.counts();
    assert!(counts.clients.len() <= crate::accounts::MAX_KEYS);
    assert!(counts.unknown.len() <= crate::accounts::MAX_KEYS);
}

#[test]
fn the_right_password_takes_back_the_attempt_and_earlier_typos() {
    let guard = Guard::default();
    for _ in 0..4 {
        drop(guard.reserve("anne", true, ip(0, 1)).unwrap());
    }
    let right = guard.reserve("anne", true, ip(0, 1)).unwrap();
    guard.succeeded(right);
    for _ in 0..5 {
        drop(guard.reserve("anne", true, ip(0, 1)).unwrap());
    }
    assert!(guard.reserve("anne", true, ip(0, 1)).is_err());
}
