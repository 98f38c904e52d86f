//! Pattern entities (DATE, TIME, MONEY, PERCENT, QUANTITY, LAW, EVENT) and their groups,
//! through the public API, on sentences written in the style of a news article.

use presslens::{analyze, Label};

/// (text, label) of every entity of `text` with a pattern label.
fn patterns(text: &str) -> Vec<(&str, &'static str)> {
    let pattern_label = |l: Label| l.is_numeric() || matches!(l, Label::Law | Label::Event);
    analyze(text).entities.iter().filter(|e| pattern_label(e.label)).map(|e| (e.span.text(text), e.label.as_str())).collect()
}

#[test]
fn money_and_quantity_in_one_sentence() {
    assert_eq!(
        patterns("Alibaba is expected to invest 100 million euros in the area, which covers 220,000 square meters."),
        [("100 million euros", "MONEY"), ("220,000 square meters", "QUANTITY")]
    );
}

#[test]
fn dates_of_a_news_story() {
    assert_eq!(
        patterns("The report, published Monday, said the firm arrived in 2018 and was questioned in early May."),
        [("Monday", "DATE"), ("2018", "DATE"), ("early May", "DATE")]
    );
    assert_eq!(patterns("The minister replied in mid-May that talks would resume on 26 November 2026."), [("mid-May", "DATE"), ("26 November 2026", "DATE")]);
    assert_eq!(patterns("Exports fell sharply in the 1990s and again last week."), [("the 1990s", "DATE"), ("last week", "DATE")]);
}

#[test]
fn times_percentages_and_symbols() {
    assert_eq!(
        patterns("By 3 p.m. on Friday, shares had lost 12.5% and $3.5bn in value, or 5 per cent of the total."),
        [("3 p.m.", "TIME"), ("Friday", "DATE"), ("12.5%", "PERCENT"), ("$3.5bn", "MONEY"), ("5 per cent", "PERCENT")]
    );
    assert_eq!(
        patterns("In the port, 90 percent of the containers come from one company, a 5 km stretch of quay."),
        [("90 percent", "PERCENT"), ("5 km", "QUANTITY")]
    );
}

#[test]
fn laws_and_events() {
    assert_eq!(
        patterns("Under China's national intelligence law, companies must cooperate, unlike under the 2019 European Regulation."),
        [("China's national intelligence law", "LAW"), ("the 2019 European Regulation", "LAW")]
    );
    assert_eq!(
        patterns("Article 5 of the GDPR applies, as the Patriot Act did after World War II ended."),
        [("Article 5 of the GDPR", "LAW"), ("the Patriot Act", "LAW"), ("World War II", "EVENT")]
    );
}

#[test]
fn what_is_not_a_pattern_entity() {
    // "May" the verb, a count of people, a plain number, a lower-case "law" without a country.
    assert_eq!(patterns("Officials may act. Prices May rise, 2018 people came, 12 left, a Chinese law applies."), []);
}

#[test]
fn equal_numbers_share_a_group() {
    let text = "It will invest 100 million euros. Critics doubt the 100 million euros will come, or 90 percent of it.";
    let a = analyze(text);
    let money: Vec<usize> = a.entities.iter().filter(|e| e.label == Label::Money).map(|e| e.group).collect();
    assert_eq!(money.len(), 2);
    assert_eq!(money[0], money[1]);
    let group = &a.groups[money[0]];
    assert_eq!((group.name.as_str(), group.mentions.len()), ("100 million euros", 2));
    // Every entity is in exactly the group it names.
    for (g, group) in a.groups.iter().enumerate() {
        assert!(group.mentions.iter().all(|&i| a.entities[i].group == g));
    }
}

#[test]
fn confidences_are_probabilities_and_ambiguous_forms_are_less_sure() {
    let text = "In 2018 he invested 100 million euros, on Monday, 26 November 2026.";
    let a = analyze(text);
    assert!(a.entities.iter().all(|e| (0.0..=1.0).contains(&e.confidence)));
    let conf = |s: &str| a.entities.iter().find(|e| e.span.text(text) == s).map(|e| e.confidence).unwrap_or(0.0);
    assert!(conf("2018") < conf("26 November 2026"));
    assert!(conf("100 million euros") >= 0.9);
}

#[test]
fn the_sample_article() {
    let text = include_str!("golden/belgium-alibaba.txt");
    assert_eq!(
        patterns(text),
        [
            ("Monday", "DATE"),
            ("2018", "DATE"),
            ("early May", "DATE"),
            ("100 million euros", "MONEY"),
            ("220,000 square meters", "QUANTITY"),
            ("mid-May", "DATE"),
            ("China’s national intelligence law", "LAW"),
            ("90 percent", "PERCENT"),
            ("the 2019 European Regulation", "LAW"),
        ]
    );
}
