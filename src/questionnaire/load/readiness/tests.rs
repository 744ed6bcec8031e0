use crate::questionnaire::readiness::{Goal, Step};
use crate::questionnaire::{DEFAULT_SOURCE, Questionnaire};

fn problems(source: &str) -> Vec<String> {
    match Questionnaire::parse(source) {
        Ok(_) => Vec::new(),
        Err(e) => e
            .problems
            .into_iter()
            .map(|p| format!("line {}: {}", p.line, p.message))
            .collect(),
    }
}

fn with(from: &str, to: &str) -> String {
    assert!(DEFAULT_SOURCE.contains(from), "{from}");
    DEFAULT_SOURCE.replacen(from, to, 1)
}

fn line_of(source: &str, needle: &str) -> usize {
    let offset = source.find(needle).unwrap();
    source[..offset].lines().count() + 1
}

#[test]
fn the_default_questionnaire_names_every_role_and_weight() {
    let q = Questionnaire::parse(DEFAULT_SOURCE).unwrap();
    let r = q.readiness.as_ref().unwrap();
    assert_eq!(q.questions[r.willingness].id, "willingness");
    assert_eq!(r.volunteer_from, 3, "point 4 is option index 3");
    assert_eq!(r.min_volunteers, 3);
    let use_q = &q.questions[r.platform_use.question];
    let weekly: Vec<&str> = r
        .platform_use
        .options
        .iter()
        .map(|&o| use_q.options[o].id.as_str())
        .collect();
    assert_eq!(weekly, ["weekly", "daily"]);
    let linkedin = use_q.row_index("linkedin").unwrap();
    let intranet = use_q.row_index("intranet").unwrap();
    assert_eq!(r.fit(Goal::Recruitment)[linkedin], 1.0);
    assert_eq!(
        r.fit(Goal::BrandAwareness)[intranet],
        0.0,
        "left out fits 0"
    );
    let barriers = &q.questions[r.barriers];
    let unsure = barriers.option_index("unsure_allowed").unwrap();
    assert_eq!(r.barrier_steps[unsure], Some(Step::Guidelines));
    let unremovable: Vec<&str> = r
        .unremovable
        .iter()
        .map(|&o| barriers.options[o].id.as_str())
        .collect();
    assert_eq!(
        unremovable,
        ["work_private_apart", "other"],
        "\"nothing\" is exclusive: no barrier"
    );
    let motivations = &q.questions[r.motivations];
    let managers = motivations.option_index("managers_do_it").unwrap();
    assert_eq!(r.motivation_steps[managers], Some(Step::LeadersFirst));
    let none = q.questions[r.willing_platforms]
        .option_index("none")
        .unwrap();
    assert_eq!(r.willing_rows[none], None);
    let w = r.weights;
    let sum = w.volunteers
        + w.platform_fit
        + w.already_sharing
        + w.course_interest
        + w.removable_barriers;
    assert_eq!(sum, 100.0);
}

#[test]
fn a_questionnaire_without_the_section_has_no_readiness() {
    let start = DEFAULT_SOURCE.find("\n[readiness]").unwrap();
    let q = Questionnaire::parse(&DEFAULT_SOURCE[..start]).unwrap();
    assert!(q.readiness.is_none());
}

#[test]
fn a_role_naming_a_missing_or_wrong_question_is_reported_on_its_line() {
    let source = with(
        "willingness = \"willingness\"",
        "willingness = \"shares_work\"",
    );
    let line = line_of(&source, "willingness = \"shares_work\"");
    assert_eq!(
        problems(&source),
        [format!(
            "line {line}: readiness: willingness must be a scale question, and \"shares_work\" is not"
        )]
    );
    let source = with("barriers = \"barriers\"", "barriers = \"obstacles\"");
    assert_eq!(problems(&source).len(), 1);
    assert!(problems(&source)[0].contains("\"obstacles\", which is no question"));
}

#[test]
fn options_steps_and_platforms_must_exist() {
    let cases = [
        (
            "already_sharing = [\"sometimes\", \"often\"]",
            "already_sharing = [\"sometimes\", \"always\"]",
            "\"shares_work\" has no option \"always\"",
        ),
        (
            "unsure_allowed = \"guidelines\"",
            "unsure_allowed = \"rules\"",
            "unknown first step \"rules\"",
        ),
        (
            "managers_do_it = \"leaders_first\"",
            "bosses = \"leaders_first\"",
            "has no option \"bosses\"",
        ),
        (
            "instagram = 1.0",
            "myspace = 1.0",
            "fit.brand_awareness names \"myspace\"",
        ),
        (
            "course_interested = [\"yes\"]",
            "course_interested = []",
            "list at least one option",
        ),
    ];
    for (from, to, expected) in cases {
        let found = problems(&with(from, to));
        assert!(
            found.len() == 1 && found[0].contains(expected),
            "{to}: {found:?}"
        );
    }
}

#[test]
fn weights_fits_and_thresholds_are_checked() {
    let cases = [
        (
            "volunteers = 35",
            "volunteers = -1",
            "a weight must be a number, 0 or more",
        ),
        (
            "\ninstagram = 1.0",
            "\ninstagram = 1.5",
            "fit.brand_awareness.instagram must be from 0 to 1",
        ),
        (
            "volunteer_from = 4",
            "volunteer_from = 3",
            "volunteer_from must be 4 or 5",
        ),
        (
            "min_volunteers = 3",
            "min_volunteers = 0",
            "min_volunteers must be",
        ),
    ];
    for (from, to, expected) in cases {
        let found = problems(&with(from, to));
        assert!(
            found.len() == 1 && found[0].contains(expected),
            "{to}: {found:?}"
        );
    }
    let zero = [
        "volunteers = 35",
        "platform_fit = 25",
        "already_sharing = 15",
        "removable_barriers = 15",
        "course_interest = 10",
    ]
    .iter()
    .fold(DEFAULT_SOURCE.to_owned(), |s, w| {
        s.replacen(w, &format!("{} = 0", w.split(' ').next().unwrap()), 1)
    });
    assert!(
        problems(&zero)
            .iter()
            .any(|p| p.contains("at least one weight must be above 0"))
    );
}

#[test]
fn unknown_fields_in_the_section_are_refused() {
    let found = problems(&with(
        "min_volunteers = 3",
        "min_volunteers = 3\nmin_volunters = 3",
    ));
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("unknown field"), "{found:?}");
}
