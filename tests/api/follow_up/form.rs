//! HR's one screen: what it starts from, what it makes, what it refuses.

use super::*;

#[tokio::test]
async fn a_follow_up_carries_on_renamed_merged_and_new_departments_drops_one_and_keeps_its_pilots()
{
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let baseline = closed_baseline(&app).await;

    let form = admin.page(&format!("{}?lang=da", path(&baseline))).await;
    assert!(form.contains("opfølgning"), "{form}");
    assert!(form.contains("name=\"name-3\" value=\"Kantine\""), "{form}");

    let response = post_follow_up(
        &admin,
        &baseline,
        "Runde 2",
        ["Salg og marked", "Drift", "drift", ""],
        &[0, 1],
        "Kundeservice\n\n",
    )
    .await;

    assert_eq!(response.status(), 303);
    let to = location(&response);
    let id = to
        .trim_start_matches("/admin/surveys/")
        .trim_end_matches("?done=follow-up");
    let id = SurveyId::parse(id).unwrap();
    let of = app.app.follow_up_of(&id).await.unwrap();
    assert_eq!(
        of,
        Some(FollowUpOf {
            baseline: baseline.clone(),
            link: Link {
                departments: vec![
                    continues("Salg og marked", &["Salg"]),
                    continues("Drift", &["Lager", "Jura"]),
                    continues("Kundeservice", &[]),
                ],
                pilots: vec![dept("Salg"), dept("Lager")],
            },
        })
    );
    let (before, after) = (
        app.app.survey(&baseline).await.unwrap(),
        app.app.survey(&id).await.unwrap(),
    );
    assert_eq!(after.status, SurveyStatus::Draft);
    assert_eq!(after.title, "Runde 2");
    assert_eq!(after.min_group_size, before.min_group_size);
    assert_eq!(after.questionnaire, before.questionnaire);

    let page = admin.page(&to).await;
    assert!(
        page.contains(&format!("href=\"/admin/surveys/{baseline}\"")),
        "{page}"
    );
    let listed = admin.survey_page(&baseline).await;
    assert!(
        listed.contains(&format!("href=\"/admin/surveys/{id}\"")),
        "{listed}"
    );
    assert!(listed.contains("Runde 2"));
}

#[tokio::test]
async fn the_link_follows_a_rename_a_merge_and_a_removal_in_the_follow_ups_draft() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let baseline = closed_baseline(&app).await;
    let response = post_follow_up(
        &admin,
        &baseline,
        "Runde 2",
        ["Salg", "Lager", "Jura", "Kantine"],
        &[],
        "",
    )
    .await;
    let id = location(&response);
    let id = id
        .trim_start_matches("/admin/surveys/")
        .trim_end_matches("?done=follow-up");
    let id = SurveyId::parse(id).unwrap();

    for fields in [
        [("action", "rename"), ("name", "Salg"), ("new_name", "Sælg")],
        [("action", "merge"), ("name", "Jura"), ("new_name", "Lager")],
        [("action", "remove"), ("name", "Kantine"), ("new_name", "")],
    ] {
        let response = admin.post_departments(&id, &fields).await;
        assert_eq!(response.status(), 303, "{fields:?}");
    }

    let link = app.app.follow_up_of(&id).await.unwrap().unwrap().link;
    assert_eq!(
        link.departments,
        [
            continues("Sælg", &["Salg"]),
            continues("Lager", &["Lager", "Jura"]),
        ]
    );
}

#[tokio::test]
async fn only_a_closed_survey_can_be_followed_up() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let draft = app.create_survey("Salg,Lager,Jura,Kantine").await;
    let open = app.open_survey(5).await.id;

    for id in [&draft, &open] {
        let before = app.app.list_surveys().await.unwrap().len();
        let form = admin.get(&format!("{}?lang=da", path(id))).await;
        let sent = post_follow_up(&admin, id, "Runde 2", ["Salg", "", "", ""], &[], "").await;

        assert_eq!(form.status(), 409);
        assert_eq!(sent.status(), 409);
        assert!(
            sent.text()
                .await
                .unwrap()
                .contains("Det kan ikke lade sig gøre")
        );
        assert_eq!(app.app.list_surveys().await.unwrap().len(), before);
    }
}

#[tokio::test]
async fn a_follow_up_form_with_a_mistake_comes_back_as_it_was_filled_in_and_makes_nothing() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let baseline = closed_baseline(&app).await;
    let before = made(&app, &baseline).await;
    admin.get("/admin?lang=da").await;

    let cases: [(&str, [&str; 4], &str, &str); 5] = [
        (
            "",
            ["Salg", "Lager", "Jura", "Kantine"],
            "",
            "Giv undersøgelsen en titel",
        ),
        (
            "Runde 2",
            ["Salg", "Lager", "Jura", "Kantine"],
            "SaIg",
            "til forveksling",
        ),
        (
            "Runde 2",
            ["Salg", "Lager", "Jura", "Kantine"],
            "lager",
            "to gange",
        ),
        (
            "Runde 2",
            ["", "", "", ""],
            "Kundeservice",
            "Før mindst én afdeling videre",
        ),
        ("Runde 2", ["", "", "", ""], "", "mindst én afdeling"),
    ];
    for (title, names, new, message) in cases {
        let response = post_follow_up(&admin, &baseline, title, names, &[2], new).await;

        assert_eq!(response.status(), 400, "{message}");
        let page = response.text().await.unwrap();
        assert!(page.contains(message), "{message}: {page}");
        assert!(page.contains(&format!(">{new}</textarea>")), "{page}");
        assert!(
            page.contains("name=\"pilot-2\" value=\"yes\" checked"),
            "{page}"
        );
        assert_eq!(made(&app, &baseline).await, before, "{message}");
    }
}

#[tokio::test]
async fn the_pilot_boxes_start_as_the_baselines_recommendation_for_the_goal_chosen() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let baseline = closed_baseline(&app).await;
    let plan = app.app.plan_follow_up(&baseline).await.unwrap();
    let results = admin
        .page(&format!("/admin/surveys/{baseline}/results?goal=sales"))
        .await;
    assert!(results.contains(&format!(
        "href=\"/admin/surveys/{baseline}/follow-up?goal=sales\""
    )));

    for goal in stemme::questionnaire::readiness::Goal::ALL {
        let form = admin
            .page(&format!("{}?goal={}", path(&baseline), goal.id()))
            .await;

        let recommended = plan.recommended_for(goal);
        for (i, department) in plan.baseline.departments.iter().enumerate() {
            let ticked = form.contains(&format!("name=\"pilot-{i}\" value=\"yes\" checked"));
            assert_eq!(
                ticked,
                recommended.contains(&department.name),
                "{goal:?} {i}"
            );
        }
    }
    assert!(!plan.recommended_for(plan.goal).is_empty());
}

#[tokio::test]
async fn a_follow_up_keeps_its_baselines_minimum_group_size_in_the_draft() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let baseline = closed_baseline(&app).await;
    let names = ["Salg", "Lager", "Jura", "Kantine"];
    let response = post_follow_up(&admin, &baseline, "Runde 2", names, &[], "").await;
    let id = location(&response);
    let id = id
        .trim_start_matches("/admin/surveys/")
        .trim_end_matches("?done=follow-up");
    let id = SurveyId::parse(id).unwrap();
    assert!(
        !admin
            .survey_page(&id)
            .await
            .contains("name=\"min_group_size\"")
    );

    let other = admin.post_settings(&id, "7").await;
    let same = admin.post_settings(&id, "5").await;

    assert_eq!(other.status(), 409);
    assert_eq!(same.status(), 303);
    assert_eq!(app.app.survey(&id).await.unwrap().min_group_size.get(), 5);
}
