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
    let p = publish_cells(&[2, 2], 4, Shape::OneOf, LIMITS, Some(&[0]));
    assert_eq!(p.cells, [Cell::Hidden, Cell::Hidden]);
    assert_eq!(p.split, Some(Cell::Hidden));
}

#[test]
fn a_small_group_where_everyone_gave_one_answer_gets_bands() {
    use Cell::{AlmostAll, AlmostNone};
    // Six of six, or five of six: the same picture, so nobody can be sure
    // of a given member.
    let all = publish_cells(&[6, 0, 0], 6, Shape::OneOf, LIMITS, None);
    let all_but_one = publish_cells(&[5, 1, 0], 6, Shape::OneOf, LIMITS, None);
    assert_eq!(all.cells, [AlmostAll, AlmostNone, AlmostNone]);
    assert_eq!(all_but_one.cells, all.cells);
    // From 2k on, exact.
    let big = publish_cells(&[10, 0, 0], 10, Shape::OneOf, LIMITS, None);
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
    let p = publish_cells(&[7, 6, 3, 1, 0], 7, Shape::AnyOf, LIMITS, None);
    assert_eq!(
        p.cells,
        [AlmostAll, AlmostAll, exact(3, 7), AlmostNone, AlmostNone]
    );
}

#[test]
fn a_split_near_all_hides_its_options_so_they_cannot_be_added_up() {
    use Cell::{AlmostAll, AlmostNone, Hidden};
    // Willingness 1–5 in a group of 6: everyone said 4 or 5.
    let p = publish_cells(&[0, 0, 0, 3, 3], 6, Shape::OneOf, LIMITS, Some(&[3, 4]));
    assert_eq!(
        p.cells,
        [AlmostNone, AlmostNone, AlmostNone, Hidden, Hidden]
    );
    assert_eq!(p.split, Some(AlmostAll));
    // Nobody did: the other side is hidden instead.
    let p = publish_cells(&[2, 3, 1, 0, 0], 6, Shape::OneOf, LIMITS, Some(&[3, 4]));
    assert_eq!(p.cells, [Hidden, Hidden, Hidden, AlmostNone, AlmostNone]);
    assert_eq!(p.split, Some(AlmostNone));
    // In the middle, all exact.
    let p = publish_cells(&[1, 1, 1, 2, 1], 6, Shape::OneOf, LIMITS, Some(&[3, 4]));
    assert!(p.cells.iter().all(Cell::is_exact));
    assert_eq!(p.split, Some(exact(3, 6)));
}

#[test]
fn bands_and_rounded_shares_give_ranges_never_midpoints() {
    assert_eq!(Cell::AlmostAll.share_range(Some(6)), Some((5.0 / 6.0, 1.0)));
    assert_eq!(
        Cell::AlmostNone.share_range(Some(6)),
        Some((0.0, 1.0 / 6.0))
    );
    assert_eq!(Cell::Hidden.share_range(Some(6)), None);
    assert_eq!(
        Cell::Rounded {
            percent: 45,
            step: 10
        }
        .share_range(Some(300)),
        Some((0.40, 0.50))
    );
    assert_eq!(
        Cell::Rounded {
            percent: 0,
            step: 5
        }
        .share_range(None),
        Some((0.0, 0.025))
    );
    assert_eq!(Cell::AlmostAll.at_least(6), 5);
}

#[test]
fn a_cell_allows_exactly_the_truths_it_stands_for() {
    assert!(Cell::AlmostAll.allows(5, 6) && Cell::AlmostAll.allows(6, 6));
    assert!(!Cell::AlmostAll.allows(4, 6));
    assert!(Cell::AlmostNone.allows(1, 6) && !Cell::AlmostNone.allows(2, 6));
    assert!(exact(3, 9).allows(3, 9) && !exact(3, 9).allows(4, 9));
    let r = Cell::rounded(144, 335, 1);
    assert_eq!(
        r,
        Cell::Rounded {
            percent: 43,
            step: 1
        }
    );
    assert!(r.allows(144, 335) && r.allows(145, 335) && !r.allows(147, 335));
    assert!(Cell::Hidden.allows(7, 9));
}
