use super::*;

const LIMITS: Limits = Limits {
    k: 5,
    band_below: 10,
};

fn exact(count: u64, answered: u64) -> Cell {
    Cell::exact(count, answered)
}

#[test]
fn fewer_than_k_answerers_show_nothing() {
    let p = publish(&[2, 2], 4, Shape::OneOf, LIMITS, Some(&[0]));
    assert_eq!(p.cells, [Cell::Hidden, Cell::Hidden]);
    assert_eq!(p.split, Some(Cell::Hidden));
}

#[test]
fn a_small_group_where_everyone_gave_one_answer_gets_bands() {
    use Cell::{AlmostAll, AlmostNone};
    // Six of six, or five of six: the same picture, so nobody can be sure
    // of a given member.
    let all = publish(&[6, 0, 0], 6, Shape::OneOf, LIMITS, None);
    let all_but_one = publish(&[5, 1, 0], 6, Shape::OneOf, LIMITS, None);
    assert_eq!(all.cells, [AlmostAll, AlmostNone, AlmostNone]);
    assert_eq!(all_but_one.cells, all.cells);
    // From 2k on, exact.
    let big = publish(&[10, 0, 0], 10, Shape::OneOf, LIMITS, None);
    assert_eq!(big.cells, [exact(10, 10), exact(0, 10), exact(0, 10)]);
    assert_eq!(
        big.cells[0],
        Cell::Exact {
            count: 10,
            share: 1.0
        }
    );
}

#[test]
fn yes_no_cells_band_both_ends_and_keep_the_middle() {
    use Cell::{AlmostAll, AlmostNone};
    let p = publish(&[7, 6, 3, 1, 0], 7, Shape::AnyOf, LIMITS, None);
    assert_eq!(
        p.cells,
        [AlmostAll, AlmostAll, exact(3, 7), AlmostNone, AlmostNone]
    );
}

#[test]
fn a_split_near_all_hides_its_options_so_they_cannot_be_added_up() {
    use Cell::{AlmostAll, AlmostNone, Hidden};
    // Willingness 1–5 in a group of 6: everyone said 4 or 5.
    let p = publish(&[0, 0, 0, 3, 3], 6, Shape::OneOf, LIMITS, Some(&[3, 4]));
    assert_eq!(
        p.cells,
        [AlmostNone, AlmostNone, AlmostNone, Hidden, Hidden]
    );
    assert_eq!(p.split, Some(AlmostAll));
    // Nobody did: the other side is hidden instead.
    let p = publish(&[2, 3, 1, 0, 0], 6, Shape::OneOf, LIMITS, Some(&[3, 4]));
    assert_eq!(p.cells, [Hidden, Hidden, Hidden, AlmostNone, AlmostNone]);
    assert_eq!(p.split, Some(AlmostNone));
    // In the middle, all exact.
    let p = publish(&[1, 1, 1, 2, 1], 6, Shape::OneOf, LIMITS, Some(&[3, 4]));
    assert!(p.cells.iter().all(Cell::is_exact));
    assert_eq!(p.split, Some(exact(3, 6)));
}

#[test]
fn bands_stand_in_for_the_middle_of_what_they_cover() {
    assert_eq!(Cell::AlmostAll.stand_in(6), Some(5.5 / 6.0));
    assert_eq!(Cell::AlmostNone.stand_in(6), Some(0.5 / 6.0));
    assert_eq!(Cell::Hidden.stand_in(6), None);
    assert_eq!(Cell::AlmostAll.at_least(6), 5);
}

#[test]
fn a_total_next_to_a_band_is_hidden_in_that_column() {
    let banded = [Cell::AlmostAll, Cell::AlmostNone, exact(3, 9)];
    let plain = [exact(4, 9), exact(5, 9), exact(0, 9)];
    let mut total = [exact(10, 15), exact(5, 15), exact(3, 15)];
    protect_total(&[&banded, &plain], &mut total);
    assert_eq!(total, [Cell::Hidden, Cell::Hidden, exact(3, 15)]);
}

#[test]
fn volunteers_and_the_rest_protect_each_other_and_the_whole() {
    let whole = [exact(9, 20), Cell::Hidden, exact(4, 20)];
    let mut v = [Cell::AlmostAll, exact(3, 8), exact(2, 8)];
    let mut r = [exact(3, 12), exact(4, 12), exact(2, 12)];
    protect_pair(&whole, &mut v, &mut r);
    assert_eq!(v, [Cell::AlmostAll, exact(3, 8), exact(2, 8)]);
    assert_eq!(r, [Cell::Hidden, Cell::Hidden, exact(2, 12)]);
}
