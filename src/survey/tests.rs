use super::*;
use proptest::prelude::*;

#[test]
fn generated_ids_parse_back() {
    let id = SurveyId::generate().unwrap();
    assert_eq!(SurveyId::parse(id.as_str()), Ok(id));
}

#[test]
fn ids_with_ambiguous_or_upper_case_letters_are_refused() {
    for bad in [
        "abcdefghijkl",
        "ABCDEFGHJKMN",
        "abc",
        "0123456789abc",
        "0123456789o1",
    ] {
        assert_eq!(SurveyId::parse(bad), Err(SurveyIdError), "{bad}");
    }
}

#[test]
fn department_lists_are_trimmed_and_split_on_commas() {
    let d = Departments::parse_list(" Sales, Marketing ,IT,, ").unwrap();
    let names: Vec<&str> = d
        .names()
        .iter()
        .map(super::DepartmentName::as_str)
        .collect();
    assert_eq!(names, ["Sales", "Marketing", "IT"]);
}

#[test]
fn duplicate_departments_are_refused_whatever_their_case() {
    assert_eq!(
        Departments::parse_list("Salg,salg"),
        Err(DepartmentsError::Duplicate("salg".into()))
    );
}

#[test]
fn an_empty_department_list_is_refused() {
    assert_eq!(Departments::parse_list(" , "), Err(DepartmentsError::None));
}

#[test]
fn department_names_keep_danish_letters() {
    let name = DepartmentName::parse("Kundeservice Århus – Ærø & Ølstykke").unwrap();
    assert_eq!(name.as_str(), "Kundeservice Århus – Ærø & Ølstykke");
}

#[test]
fn control_characters_in_titles_are_refused() {
    assert!(matches!(
        SurveyTitle::parse("Hello\u{0}"),
        Err(NameError::ControlCharacter { .. })
    ));
}

#[test]
fn minimum_group_size_is_never_below_three() {
    assert_eq!(MinGroupSize::new(2), Err(MinGroupSizeError::TooSmall));
    assert_eq!(MinGroupSize::new(3).unwrap().get(), 3);
    assert_eq!(MinGroupSize::default().get(), 5);
}

proptest! {
    #[test]
    fn survey_id_parsing_never_panics(s in "\\PC*") {
        let _ = SurveyId::parse(&s);
    }

    #[test]
    fn parsed_department_names_are_trimmed_and_bounded(s in "\\PC{0,100}") {
        if let Ok(name) = DepartmentName::parse(&s) {
            prop_assert_eq!(name.as_str(), name.as_str().trim());
            prop_assert!(name.as_str().chars().count() <= DepartmentName::MAX_CHARS);
            prop_assert!(!name.as_str().is_empty());
        }
    }
}
