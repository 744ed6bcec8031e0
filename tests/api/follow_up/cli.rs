//! `stemme survey follow-up`, run as the real binary beside the server.

use super::*;

#[tokio::test]
async fn survey_follow_up_on_the_command_line_prints_the_new_id_and_refuses_mistakes_with_a_reason()
{
    let app = spawn_app().await;
    let baseline = closed_baseline(&app).await;
    let before = made(&app, &baseline).await;
    let follow_up = |extra: &[&str]| {
        let mut args = vec!["survey", "follow-up", "--from", baseline.as_str()];
        args.extend_from_slice(extra);
        stemme(&app.db_path, &args)
    };

    for (extra, reason) in [
        (
            &["--title", "R2", "--rename", "Ukendt=X"][..],
            "no department called \"Ukendt\"",
        ),
        (
            &[
                "--title",
                "R2",
                "--rename",
                "Salg=A",
                "--merge",
                "Salg+Lager=B",
            ][..],
            "more than one",
        ),
        (&["--title", "R2", "--add", "SaIg"][..], "SaIg"),
        (&["--title", " "][..], "the title is empty"),
        (
            &[
                "--title", "R2", "--drop", "Salg", "--drop", "Lager", "--drop", "Jura", "--drop",
                "Kantine", "--add", "Ny",
            ][..],
            "no department of the follow-up continues",
        ),
        (
            &["--title", "R2", "--questionnaire", "newest"][..],
            "no newer version",
        ),
    ] {
        let output = follow_up(extra);
        assert!(!output.status.success(), "{extra:?}");
        assert!(
            stderr(&output).contains(reason),
            "{extra:?}: {}",
            stderr(&output)
        );
        assert_eq!(made(&app, &baseline).await, before, "{extra:?}");
    }
    let output = follow_up(&[
        "--title",
        "Runde 2",
        "--rename",
        "Salg=Sælg",
        "--merge",
        "Lager+Jura=Drift",
        "--drop",
        "Kantine",
        "--add",
        "Kundeservice",
        "--pilot",
        "lager",
    ]);

    assert!(output.status.success(), "{}", stderr(&output));
    let id = SurveyId::parse(stdout(&output).trim()).unwrap();
    let of = app.app.follow_up_of(&id).await.unwrap().unwrap();
    assert_eq!(of.baseline, baseline);
    assert_eq!(
        of.link,
        Link {
            departments: vec![
                continues("Sælg", &["Salg"]),
                continues("Drift", &["Lager", "Jura"]),
                continues("Kundeservice", &[]),
            ],
            pilots: vec![dept("Lager")],
        }
    );
}
