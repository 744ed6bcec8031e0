//! Figures are addressed, read and weakened one at a time.

use super::*;

fn figures() -> Figures {
    let d = |answered: u64| Distribution {
        answered: Count::exact(answered),
        cells: vec![
            Cell::exact(2, answered),
            Cell::exact(answered - 2, answered),
        ],
        split: Some(Cell::exact(2, answered)),
    };
    Figures {
        groups: vec![GroupMembers {
            members: vec![0],
            pool: false,
        }],
        tables: vec![vec![Table {
            groups: vec![d(12)],
            total: Some(d(12)),
        }]],
        splits: Vec::new(),
        reach: vec![ReachFigure {
            platform: 0,
            volunteers: Count::exact(6),
            followers: Count::Significant {
                value: 2_300,
                base: 100,
            },
        }],
    }
}

#[test]
fn every_figure_has_an_address_it_can_be_read_and_set_by() {
    let mut f = figures();
    let ids = f.ids();
    // answered, two options, the split: for the group and the total; and
    // the reach's two.
    assert_eq!(ids.len(), 4 * 2 + 2);
    for id in &ids {
        assert!(f.get(id).is_some(), "{id:?}");
    }
    let option = FigureId::Table {
        question: 0,
        row: 0,
        at: At::Total,
        part: Part::Option(1),
    };
    assert!(f.set(
        &option,
        Published::Cell(Cell::Rounded {
            percent: 85,
            step: 5
        })
    ));
    assert_eq!(
        f.get(&option),
        Some(Published::Cell(Cell::Rounded {
            percent: 85,
            step: 5
        }))
    );
    // A count is not a cell: refused, nothing changed.
    assert!(!f.set(&option, Published::Count(Count::Hidden)));
    let reach = FigureId::ReachFollowers { reach: 0 };
    assert!(f.set(&reach, Published::Count(Count::Hidden)));
    assert_eq!(f.reach[0].followers, Count::Hidden);
}

#[test]
fn a_published_count_knows_which_truths_it_allows() {
    assert!(Count::exact(7).allows(7) && !Count::exact(7).allows(8));
    let rounded = Count::Rounded {
        value: 340,
        base: 5,
    };
    assert_eq!(rounded.interval(), Some((338, 342)));
    assert!(rounded.allows(338) && !rounded.allows(343));
    assert!(Count::Hidden.allows(1_000));
}
