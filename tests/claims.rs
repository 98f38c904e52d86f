//! Claims through the public API: the golden article and hand-written paragraphs.

use presslens::{analyze, Claim, ClaimKind, Label};

fn content(c: &Claim, text: &str) -> String {
    c.content.iter().map(|s| s.text(text)).collect::<Vec<_>>().join(" | ")
}

/// The claim whose content contains `words` (the first one, skipping scare quotes).
fn claim<'a>(claims: &'a [Claim], text: &str, words: &str) -> &'a Claim {
    claims
        .iter()
        .find(|c| c.kind != ClaimKind::ScareQuote && content(c, text).contains(words))
        .unwrap_or_else(|| panic!("no claim with {words:?} in {:#?}", claims.iter().map(|c| content(c, text)).collect::<Vec<_>>()))
}

fn cue<'t>(c: &Claim, text: &'t str) -> &'t str {
    c.cue.map_or("", |s| s.text(text))
}

fn source<'t>(c: &Claim, text: &'t str) -> &'t str {
    c.source.as_ref().map_or("", |s| s.span.text(text))
}

/// (source, cue, content) of the claim of `text` whose content contains `words`.
fn read(text: &str, words: &str) -> (String, String, String) {
    let a = analyze(text);
    let c = claim(&a.claims, text, words);
    (source(c, text).to_string(), cue(c, text).to_string(), content(c, text))
}

fn golden() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/belgium-alibaba.txt")).unwrap()
}

#[test]
fn golden_article_claims() {
    let text = golden();
    let text = text.as_str();
    let a = analyze(text);
    let claims = &a.claims;

    let comply = claim(claims, text, "Alibaba must comply");
    assert_eq!((comply.kind, cue(comply, text), source(comply, text)), (ClaimKind::Quote, "added", "He"));

    let liege = claim(claims, text, "In Liege, Alibaba is only one of the customers");
    assert_eq!(liege.kind, ClaimKind::Quote);
    assert!(source(liege, text).starts_with("Crucke"), "{}", source(liege, text));
    assert!(liege.numeric, "90 percent");

    let warning = claim(claims, text, "I never received any warning");
    assert_eq!((warning.kind, source(warning, text)), (ClaimKind::Quote, "Kruk"));

    let cogolati = claim(claims, text, "Alibaba is not simply a private company");
    assert_eq!((cogolati.kind, cue(cogolati, text), source(cogolati, text)), (ClaimKind::AccordingTo, "According to", "Cogolati"));

    let suspicions = claim(claims, text, "had only suspicions in this regard");
    let hedges: Vec<&str> = suspicions.hedges.iter().map(|h| h.text(text)).collect();
    assert_eq!(hedges, ["only suspicions", "no formal evidence"]);

    assert!(claim(claims, text, "100 million euros").numeric);
    let hubs = claims.iter().find(|c| c.kind == ClaimKind::ScareQuote && content(c, text).contains("hubs")).expect("“hubs”");
    assert!(hubs.cue.is_none() && hubs.source.is_none());

    for c in claims {
        assert!((0.0..=1.0).contains(&c.checkworthiness) && (0.0..=1.0).contains(&c.confidence));
    }
    // The speakers resolve through the entity groups.
    let group_of = |name: &str| a.entities.iter().find(|e| e.span.text(text) == name).map(|e| e.group).unwrap_or_else(|| panic!("no entity {name:?}"));
    let speaker = |c: &Claim| c.source.as_ref().and_then(|s| s.group);
    let quikenborn = Some(group_of("Quikenborn"));
    assert_eq!(speaker(comply), quikenborn);
    assert_eq!(speaker(cogolati), Some(group_of("Cogolati")));
    assert_eq!(speaker(warning), Some(group_of("Kruk")));
    assert_eq!(speaker(liege), Some(group_of("Kruk")));
    assert_eq!(group_of("Kruk"), group_of("Crucke"));
    // Role nouns: "The Belgian justice minister" is Quikenborn, "The Belgian MP" Cogolati, not
    // the nationality inside them.
    let by_source = |s: &str| claims.iter().filter(move |c| source(c, text) == s).map(speaker).collect::<Vec<_>>();
    let ministers = by_source("The Belgian justice minister");
    assert!(!ministers.is_empty() && ministers.iter().all(|g| *g == quikenborn), "{ministers:?}");
    let mp = by_source("The Belgian MP");
    assert!(!mp.is_empty() && mp.iter().all(|g| *g == Some(group_of("Cogolati"))), "{mp:?}");
}

#[test]
fn interrupted_quote_is_one_claim_with_two_contents() {
    let text = "“We will not pay for this,” the mayor said, “because the contract was never signed.”";
    let a = analyze(text);
    let c = claim(&a.claims, text, "We will not pay");
    assert_eq!(c.content.len(), 2, "{}", content(c, text));
    assert!(content(c, text).contains("because the contract"));
    assert_eq!((c.kind, cue(c, text), source(c, text)), (ClaimKind::Quote, "said", "the mayor"));
}

/// A quotation that opens the sentence after the one naming the previous quotation's speaker,
/// however long the speaker's description or the words after the cue, goes on with that
/// speaker; one after a sentence of the writer's does not.
#[test]
fn a_quotation_after_the_speaker_continues_the_quote() {
    let text = "“We are running out of time,” said lead author Dr. Priya Raman, a climatologist at the university's National Snow and Ice Data Center. “Every tenth of a degree matters.”";
    let a = analyze(text);
    let c = claim(&a.claims, text, "Every tenth");
    assert_eq!(c.content.len(), 2, "{}", content(c, text));
    assert_eq!(source(c, text), "lead author Dr. Priya Raman, a climatologist at the university's National Snow and Ice Data Center");

    let text = "“We have done our job,” Majority Leader Chuck Schumer said on the floor. “Now the House must do theirs.”";
    let a = analyze(text);
    let c = claim(&a.claims, text, "Now the House");
    assert_eq!((c.content.len(), source(c, text)), (2, "Majority Leader Chuck Schumer"));

    let text = "“We are running out of time,” said Dr. Priya Raman. The university has studied the ice for decades and published many papers on it. “Every tenth of a degree matters.”";
    let a = analyze(text);
    let c = claim(&a.claims, text, "Every tenth");
    assert_eq!(c.content.len(), 1, "{}", content(c, text));

    // A short sentence goes on too; a title in title case, its stop inside the marks, does not.
    let text = "“Villa are a top side,” he told the BBC. “We were lucky.”";
    let a = analyze(text);
    assert_eq!(content(claim(&a.claims, text, "top side"), text), "“Villa are a top side,” | “We were lucky.”");
    let text = "“We will win,” he told the BBC. “Meet the Press.”";
    let a = analyze(text);
    assert_eq!(content(claim(&a.claims, text, "We will win"), text), "“We will win,”");
}

#[test]
fn inverted_order_and_reported_speech() {
    let text = "“The budget is balanced,” said Finance Minister Jan Peters.\n\nThe opposition leader said that the figures were wrong.";
    let a = analyze(text);
    let quote = claim(&a.claims, text, "The budget is balanced");
    assert_eq!((cue(quote, text), source(quote, text)), ("said", "Finance Minister Jan Peters"));
    let reported = claim(&a.claims, text, "the figures were wrong");
    assert_eq!((reported.kind, cue(reported, text), source(reported, text)), (ClaimKind::Reported, "said", "The opposition leader"));
}

/// "CONTENT, said SPEAKER.": the speaker after the cue is the source, never the content,
/// quoted or not; "who" after the speaker's appositive is that speaker.
#[test]
fn inverted_reported_speech_takes_the_speaker_after_the_cue() {
    let text = "The city closed the bridge on Monday.\n\n\
        Repairs were under way, said a spokesman for the city. The work would take weeks, said Anna Berg, the site manager, who added that the road would stay open.\n\n\
        “We are working around the clock,” said a spokeswoman for the contractor.";
    let a = analyze(text);
    let repairs = claim(&a.claims, text, "Repairs were under way");
    assert_eq!((content(repairs, text).as_str(), cue(repairs, text), source(repairs, text)), ("Repairs were under way", "said", "a spokesman for the city"));
    let weeks = claim(&a.claims, text, "The work would take weeks");
    assert_eq!((cue(weeks, text), source(weeks, text)), ("said", "Anna Berg, the site manager"));
    let road = claim(&a.claims, text, "the road would stay open");
    assert_eq!(source(road, text), "who");
    let berg = a.groups.iter().position(|g| g.name == "Anna Berg");
    assert!(berg.is_some());
    assert_eq!(road.source.as_ref().and_then(|s| s.group), berg);
    assert_eq!(weeks.source.as_ref().and_then(|s| s.group), berg);
    let quote = claim(&a.claims, text, "We are working around the clock");
    assert_eq!((quote.kind, source(quote, text)), (ClaimKind::Quote, "a spokeswoman for the contractor"));
}

/// More inverted shapes: a role with "to" ("the former aide to President X"), "reported", a
/// mixed quotation whose opening words the model found ("This is “…,” reported Reuters"),
/// and a parenthetical source whose first word the model took for content.
#[test]
fn inverted_and_parenthetical_sources() {
    let text = "“We went the other way,” said the former top aide to President Anna Berg. “If he loses, he will give more credence to our report.”\n\n\
        This is “roughly the same advantage she has held all month,” reported Reuters.\n\n\
        The plan, an inside source said, is to have volunteers pass out leaflets.";
    let a = analyze(text);
    let aide = claim(&a.claims, text, "We went the other way");
    assert_eq!(source(aide, text), "the former top aide to President Anna Berg");
    assert!(content(aide, text).contains("more credence"), "{}", content(aide, text));
    let poll = claim(&a.claims, text, "roughly the same advantage");
    assert_eq!((content(poll, text).as_str(), source(poll, text)), ("This is “roughly the same advantage she has held all month,”", "Reuters"));
    let plan = claim(&a.claims, text, "is to have volunteers");
    assert_eq!((content(plan, text).as_str(), source(plan, text)), ("The plan | is to have volunteers pass out leaflets", "an inside source"));
}

/// The counter-example: a comma before the cue that closes an appositive or a relative clause
/// about the subject is no inversion; what follows the cue is the content.
#[test]
fn a_subject_with_an_appositive_is_no_inversion() {
    let text = "Chris Cox, who runs the lobby, says the law would not have prevented the shootings.\n\n\
        Woodrow Benford, 58, a farmer, said the polls showed a tie.";
    let a = analyze(text);
    let law = claim(&a.claims, text, "the law would not have prevented");
    assert_eq!(content(law, text), "the law would not have prevented the shootings");
    assert!(source(law, text).starts_with("Chris Cox"), "{}", source(law, text));
    let polls = claim(&a.claims, text, "the polls showed a tie");
    assert!(source(polls, text).starts_with("Woodrow Benford"), "{}", source(polls, text));
}

/// A sentence-final speaker in the plural with a verb in the present ("..., analysts say.")
/// reports the whole clause before it, a passive verb of thinking inside that clause included.
#[test]
fn a_final_plural_speaker_reports_the_clause_before() {
    let text = "The central bank is expected to raise interest rates next week, analysts say.";
    assert_eq!(read(text, "central bank"), ("analysts".into(), "say".into(), "The central bank is expected to raise interest rates next week".into()));
}

/// "confirmed" ends a sentence's attribution as "said" does; the passive inside the clause
/// ("is expected") is not a claim of its own.
#[test]
fn a_final_speaker_confirms_the_clause_before() {
    let text = "Arsenal captain Martin Odegaard, who limped off with an ankle injury, is expected to miss at least three weeks, the club confirmed on Monday.";
    let (source, cue, content) = read(text, "three weeks");
    assert_eq!((source.as_str(), cue.as_str()), ("the club", "confirmed"));
    assert_eq!(content, "Arsenal captain Martin Odegaard, who limped off with an ankle injury, is expected to miss at least three weeks");
    let text = "Food prices will keep rising until the spring, economists predicted.";
    assert_eq!(read(text, "Food prices").0, "economists");
    // With an object after it, "confirmed" is no inversion: the object is no speaker.
    let text = "Craig Stromme, U.S. embassy spokesman in Jakarta, 700 km (430 miles) west of Surabaya, confirmed the Tuesday morning attack.";
    let sources: Vec<String> = analyze(text).claims.iter().map(|c| self::source(c, text).to_string()).collect();
    assert!(sources.iter().all(|s| !s.contains("attack")), "{sources:?}");
}

/// A quotation that ends its own sentence ("!", "?") before "Name wrote in a post on
/// Platform." is what was posted; the platform is where (the span model read it as content).
#[test]
fn a_quotation_before_where_it_was_posted() {
    let text = "Talks stalled. “Our discussions with them are going nowhere!” Trump wrote in a post on Truth Social.";
    let (source, cue, content) = read(text, "discussions");
    assert_eq!((source.as_str(), cue.as_str()), ("Trump", "wrote in a post on Truth Social"));
    assert_eq!(content, "“Our discussions with them are going nowhere!”");
}

/// A sentence-final speaker followed by where it was written, a name of several words, still
/// reports the clause before it (the "appeared" inside is a hedge, not a claim of its own).
#[test]
fn a_final_speaker_before_a_long_name_of_place() {
    let text = "The drug appeared to slow cognitive decline by about 27% over 18 months, the researchers wrote in the New England Journal of Medicine.";
    let (source, cue, content) = read(text, "cognitive decline");
    assert_eq!((source.as_str(), cue.as_str()), ("the researchers", "wrote"));
    assert_eq!(content, "The drug appeared to slow cognitive decline by about 27% over 18 months");
}

/// Unnamed speakers with what they are close to are the whole source, also when the span model
/// gives a weak cue none ("suggested").
#[test]
fn sources_close_to_something_are_the_whole_source() {
    let text = "Sources close to the negotiations suggested a deal could be reached.";
    assert_eq!(read(text, "a deal").0, "Sources close to the negotiations");
}

/// A speaker with an appositive between a quotation and its verb is the source, not the rest
/// of the content (the span model read "Michael McFaul, a senior fellow at Stanford" as content).
#[test]
fn a_speaker_with_an_appositive_after_a_quotation_is_the_source() {
    let text = "“Their strategy is very clear,” Michael McFaul, a senior fellow at Stanford, said. “Having people like Larry King work for them helps them.”";
    let (source, cue, content) = read(text, "Their strategy");
    assert_eq!(source, "Michael McFaul, a senior fellow at Stanford");
    assert_eq!(cue, "said");
    assert_eq!(content, "“Their strategy is very clear,” | “Having people like Larry King work for them helps them.”");
}

/// "X noted that P, according to Y": Y sources what X reports; both claims keep P (nested
/// sourcing), and the other claims of the sentence keep their own contents.
#[test]
fn according_to_after_a_reported_claim_is_nested() {
    let text = "The newspaper noted that the port, which opened in 2018, is not without risk, according to the harbour master.\n\n\
        Analysts believe the bank may raise rates, according to people familiar with the matter.";
    let a = analyze(text);
    let noted = claim(&a.claims, text, "is not without risk");
    assert_eq!((cue(noted, text), source(noted, text)), ("noted", "The newspaper"));
    let by = a.claims.iter().find(|c| cue(c, text) == "according to" && source(c, text) == "the harbour master").expect("nested according to");
    assert_eq!(content(by, text), "that the port, which opened in 2018, is not without risk");
    let familiar = a.claims.iter().find(|c| source(c, text) == "people familiar with the matter").expect("anonymous sourcing");
    assert_eq!((familiar.kind, content(familiar, text).as_str()), (ClaimKind::AccordingTo, "the bank may raise rates"));
    assert_eq!(source(claim(&a.claims, text, "the bank may raise rates"), text), "Analysts");
}

/// A short quotation that is the reported clause's predicate ("said a longer pause was
/// “vital”", "was a “disaster” for"), a fragment of two words or more ("had spent “trillions of
/// dollars”") or what the claim's verb of naming calls something ("described the scheme as “a
/// gimmick”") is the speaker's words: the claim is mixed and there is no scare quote. A quoted
/// noun stays a scare quote (“hubs”), and so do a quoted adjective before its noun and a term
/// the writer marks as one ("the so-called “peace dividend”").
#[test]
fn a_quoted_predicate_is_the_speakers_words() {
    let text = "Sir Keir Starmer, the leader of the Labour Party, said a longer pause was “vital”.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "a longer pause");
    assert_eq!(c.kind, ClaimKind::Mixed);
    assert!(a.claims.iter().all(|c| c.kind != ClaimKind::ScareQuote));

    let text = "Judge Deborah Taylor said the defendant had “lied repeatedly” to the court.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| c.kind != ClaimKind::ScareQuote), "{:?}", a.claims);

    let text = "Labour leader Keir Starmer described the scheme as “a gimmick” and said he would scrap it.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the scheme as");
    assert_eq!(c.kind, ClaimKind::Mixed);
    assert!(a.claims.iter().all(|c| c.kind != ClaimKind::ScareQuote));

    for text in ["Mr. Trump said the United States had spent “trillions of dollars” in the region.", "She said the plan was a “disaster” for the town."] {
        let a = analyze(text);
        assert_eq!(a.claims.iter().map(|c| c.kind).collect::<Vec<_>>(), [ClaimKind::Mixed], "{text}");
    }

    let text = "The minister said the airport is one of Europe’s main “hubs” for parcels.";
    let a = analyze(text);
    assert!(a.claims.iter().any(|c| c.kind == ClaimKind::ScareQuote), "{:?}", a.claims);
    for text in ["Officials said the so-called “peace dividend” had vanished.", "The minister said there is a “certain” risk of spying."] {
        let a = analyze(text);
        assert!(a.claims.iter().any(|c| c.kind == ClaimKind::ScareQuote), "{text}: {:?}", a.claims);
    }
}

/// "“Q,” X said Sunday on NBC's “Meet the Press.”": where it was said joins the cue, the content
/// is the quotation (and the next quotation continues it); a programme's quoted title is no
/// scare quote. Counter-example: a quotation after the cue stays content.
#[test]
fn where_a_quote_was_said_is_not_content() {
    let text = "“Donald Trump is a fraud,” Perez said Sunday on NBC’s “Meet the Press.” “Listening to him is absurd.”\n\n\
        “We are doing everything we need to do,” Clinton said on ABC’s “This Week” on Sunday.\n\n\
        “We will win,” she said in Ohio, “because we must.”";
    let a = analyze(text);
    let perez = claim(&a.claims, text, "Donald Trump is a fraud");
    assert_eq!(content(perez, text), "“Donald Trump is a fraud,” | “Listening to him is absurd.”");
    assert_eq!(cue(perez, text), "said Sunday on NBC’s “Meet the Press.”");
    let clinton = claim(&a.claims, text, "We are doing everything");
    assert_eq!((content(clinton, text).as_str(), source(clinton, text)), ("“We are doing everything we need to do,”", "Clinton"));
    assert!(!a.claims.iter().any(|c| c.kind == ClaimKind::ScareQuote && content(c, text).contains("This Week")));
    let win = claim(&a.claims, text, "We will win");
    assert!(content(win, text).contains("because we must"), "{}", content(win, text));
}

/// "“Q,” X said, but ...": after a quotation and its cue the sentence is the writer's; a
/// quotation that reopens after a comma, a sentence end or "but" goes on with the speaker, one
/// inside the writer's clause does not. Counter-example: a quotation the cue opens
/// ("X said: “...”") keeps what follows it.
#[test]
fn after_a_quotation_and_its_cue_the_sentence_is_the_writers() {
    let text = "“You winning?” she said, but Kevin was drifting off again, and Trump went on about “how the system is rigged.”\n\n\
        “Every time you say that,” Tester said, referring to the excuse, “you give ammunition to the banks.”\n\n\
        “I love Larry,” he said, but “when it comes to energy, Larry has a history.”\n\n\
        “It was a spectacular deal,” said Mr. McGinley, who has been involved in such cases since the 1970s. “This company has done well.”";
    let a = analyze(text);
    assert_eq!(content(claim(&a.claims, text, "You winning"), text), "“You winning?”");
    assert_eq!(content(claim(&a.claims, text, "Every time"), text), "“Every time you say that,” | “you give ammunition to the banks.”");
    assert_eq!(content(claim(&a.claims, text, "I love Larry"), text), "“I love Larry,” | “when it comes to energy, Larry has a history.”");
    let deal = claim(&a.claims, text, "spectacular deal");
    assert!(!content(deal, text).contains("involved"), "{}", content(deal, text));
    assert!(!a.entities.iter().any(|e| e.span.text(text) == "You"));
}

/// A reported clause that the model runs on into the next sentence's quotation stops before
/// it: the quotation is its own speaker's, whole, and no claim is a bare quote mark.
#[test]
fn reported_speech_does_not_run_into_the_next_quotation() {
    let text = "Speaking at a press conference in Kyiv on Saturday, Zelensky said a ceasefire without guarantees would simply give Russia time to rearm. \"We have seen this before,\" he said.";
    let a = analyze(text);
    let reported = claim(&a.claims, text, "ceasefire");
    assert!(!content(reported, text).contains("seen"), "{}", content(reported, text));
    let quote = claim(&a.claims, text, "We have seen this before");
    assert_eq!((content(quote, text).as_str(), source(quote, text)), ("\"We have seen this before,\"", "he"));
    assert!(a.claims.iter().all(|c| c.content.iter().all(|s| s.text(text).chars().any(char::is_alphanumeric))));
}

/// When neither the model nor the rules give a subject, a name that opens the sentence and its
/// appositive right before the cue are the source; an aside that describes nothing ("however")
/// is no appositive.
#[test]
fn a_name_and_its_appositive_before_the_cue_are_the_source() {
    let text = "Gary Marcus, an AI researcher and frequent critic of the company, wrote on X that the announcement was a stunt.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "announcement was a stunt");
    assert_eq!(source(c, text), "Gary Marcus, an AI researcher and frequent critic of the company");
    let text = "Microsoft, OpenAI's largest investor, did not respond to a request for comment.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "request for comment");
    assert_eq!((source(c, text), content(c, text).as_str()), ("Microsoft, OpenAI's largest investor", "a request for comment"));
    let text = "Bush, however, interjected, hitting Trump for using eminent domain.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| !source(c, text).contains("however")));
}

/// In a Q&A, "A:" before a quotation that a reporting verb attributes is no speaker; an answer
/// in the interviewee's own words stays the answer's. Quotations coordinated with one a verb of
/// naming names are the speaker's words too, not scare quotes.
#[test]
fn interview_answers_and_coordinated_naming() {
    let text = "Q: How has the attack changed your writing?\n\nA: \"I'm more aware of time,\" Rushdie said. \"Every book could be the last one.\"\n\nQ: And now?\n\nA: I believe the work goes on.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "more aware of time");
    assert_eq!((source(c, text), cue(c, text)), ("Rushdie", "said"));
    claim(&a.claims, text, "the work goes on");
    let text = "Critics have called it \"unflinching\" and \"tender\".";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| c.kind != ClaimKind::ScareQuote), "{:?}", a.claims);
    assert_eq!(content(claim(&a.claims, text, "tender"), text), "it \"unflinching\" and \"tender\"");
}

/// "It is tempting to believe that ...": an "it" before a copula is nobody; "It said" (a
/// company) is somebody.
#[test]
fn an_expletive_it_is_no_source() {
    let text = "It is tempting to believe that the housing crisis can be solved by building more homes.";
    let a = analyze(text);
    assert_eq!(source(claim(&a.claims, text, "housing crisis"), text), "");
    let text = "Norvex cut its forecast. It said demand had slowed sharply.";
    let a = analyze(text);
    assert_eq!(source(claim(&a.claims, text, "demand had slowed"), text), "It");
    // Nor is it a fragment of the content before the clause it stands for.
    let text = "It is not clear whether any executives will be charged.";
    let a = analyze(text);
    assert_eq!(content(claim(&a.claims, text, "executives will be charged"), text), "whether any executives will be charged");
}

/// A time is never the speaker: "X, a provider of robots, today announced" is X's; a day
/// between a name and its verb is not part of the name, but a name with a day in it is.
#[test]
fn a_time_is_no_speaker() {
    let text = "Acme Robotics Ltd, a leading provider of warehouse automation, today announced that it has raised £45 million.";
    let a = analyze(text);
    assert_eq!(source(claim(&a.claims, text, "raised"), text), "Acme Robotics Ltd, a leading provider of warehouse automation");
    let text = "Acme Robotics Ltd today announced that it has raised £45 million. A reporter for USA Today reported that it had. Last week proved that it works.";
    let a = analyze(text);
    assert_eq!(source(claim(&a.claims, text, "raised"), text), "Acme Robotics Ltd");
    assert_eq!(source(claim(&a.claims, text, "it had"), text), "A reporter for USA Today");
    assert!(a.claims.iter().all(|c| !matches!(source(c, text), "Last" | "Last week" | "today")));
    // A time phrase between any source and its verb is no part of it; one dating a participle is.
    let text = "The agency last week said that profits would fall. A Marquette Law School poll released last week showed Clinton leading in the state.";
    let a = analyze(text);
    assert_eq!(source(claim(&a.claims, text, "profits"), text), "The agency");
    assert_eq!(source(claim(&a.claims, text, "Clinton leading"), text), "A Marquette Law School poll released last week");
}

/// A press release's defined short names, quoted in brackets after the name, are part of the
/// speaker and no scare quotes; a nickname in brackets stays one.
#[test]
fn defined_short_names_are_no_scare_quotes() {
    let text = "LONDON, 12 March 2025 /PRNewswire/ -- Acme Robotics Ltd (\"Acme\" or \"the Company\"), a leading provider of warehouse automation, today announced that it has raised £45 million.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| c.kind != ClaimKind::ScareQuote), "{:?}", a.claims);
    let c = claim(&a.claims, text, "raised");
    assert_eq!(source(c, text), "Acme Robotics Ltd (\"Acme\" or \"the Company\"), a leading provider of warehouse automation");
    assert!(!a.entities.iter().any(|e| e.span.text(text) == "Company"));
    let text = "Trump mocked Marco Rubio (\"Little Marco\") again.";
    let a = analyze(text);
    assert!(a.claims.iter().any(|c| c.kind == ClaimKind::ScareQuote));
}

/// A helper word capitalised inside a sentence before a word in lower case is a name's, not
/// the cue's ("Theresa May said"); "also" stays the cue's, and so does a title-case headline's.
#[test]
fn a_capitalised_helper_word_is_a_name() {
    let text = "British Prime Minister Theresa May said the talks would continue. Kruk also said the port was safe.";
    let a = analyze(text);
    let may = claim(&a.claims, text, "talks would continue");
    assert_eq!((source(may, text), cue(may, text)), ("British Prime Minister Theresa May", "said"));
    assert_eq!(cue(claim(&a.claims, text, "port was safe"), text), "also said");
}

#[test]
fn an_unclosed_quote_loses_nothing_after_its_paragraph() {
    let text = "He said, “We will win the vote.\n\nThe minister added that the vote would be held on Monday.";
    let a = analyze(text);
    let later = claim(&a.claims, text, "the vote would be held");
    assert_eq!(source(later, text), "The minister");
}

#[test]
fn multi_paragraph_quote_is_one_content() {
    let text = "The senator said:\n\n“We have waited for years.\n\n“Now the time has come to act.”\n\nThe vote is on Friday.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "We have waited");
    assert!(content(c, text).contains("the time has come"), "{}", content(c, text));
}

/// "according to X": X, however it is written (a possessive with a role noun), is the source
/// and the clause is the content, whichever side of the cue the clause is on.
#[test]
fn according_to_takes_its_object_as_source() {
    let text = "The plan is fragile, according to Denmark's central bank governor.\n\nAccording to Portugal's finance minister, the deficit will shrink next year.\n\nThe auditor replied that, according to the regulator's chief economist, the reserves were too small.";
    let a = analyze(text);
    let fragile = claim(&a.claims, text, "The plan is fragile");
    assert_eq!((fragile.kind, content(fragile, text), source(fragile, text)), (ClaimKind::AccordingTo, "The plan is fragile".into(), "Denmark's central bank governor"));
    let deficit = claim(&a.claims, text, "the deficit will shrink");
    assert_eq!((content(deficit, text), source(deficit, text)), ("the deficit will shrink next year".into(), "Portugal's finance minister"));
    let reserves = claim(&a.claims, text, "the reserves were too small");
    assert_eq!((content(reserves, text), source(reserves, text)), ("the reserves were too small".into(), "the regulator's chief economist"));
    // No claim takes the source for its content.
    for c in &a.claims {
        assert!(!content(c, text).contains("governor") && !content(c, text).contains("finance minister"), "{}", content(c, text));
    }
    // The whole clause before the cue, over its commas.
    let text = "The model, called o1, scored 83% on a qualifying exam for the International Mathematics Olympiad, compared with 13% for its predecessor, according to the company.";
    let a = analyze(text);
    assert!(content(claim(&a.claims, text, "13%"), text).starts_with("The model, called o1, scored 83%"));
    // Counter-example: a possessive inside the content stays content.
    let text = "According to the agency, Norway's central bank will raise rates.";
    let a = analyze(text);
    let rates = claim(&a.claims, text, "raise rates");
    assert_eq!((content(rates, text), source(rates, text)), ("Norway's central bank will raise rates".into(), "the agency"));
}

/// The group of the entity mention `name`.
fn group_of(a: &presslens::Analysis, text: &str, name: &str) -> Option<usize> {
    a.entities.iter().find(|e| e.span.text(text) == name).map(|e| e.group)
}

/// The speaker group of the claim whose content contains `words`.
fn speaker_of(a: &presslens::Analysis, text: &str, words: &str) -> Option<usize> {
    claim(&a.claims, text, words).source.as_ref().and_then(|s| s.group)
}

/// "he" refers to the last speaker not known to be a woman, "she" to the last one not known to
/// be a man: known from a given name, a title, or an earlier pronoun.
#[test]
fn pronouns_skip_speakers_of_the_other_gender() {
    let text = "Maria Lindqvist, the chief executive of the firm, said the plant would stay open.\n\n\
        Tomas Berg, the union leader, said the workers did not believe it.\n\n\
        “We have heard this before,” he said.\n\n\
        “The order book is full,” she said.\n\n\
        “Then show us the orders,” he replied.\n\n\
        She added that the figures would be published next week.";
    let a = analyze(text);
    let (maria, tomas) = (group_of(&a, text, "Maria Lindqvist"), group_of(&a, text, "Tomas Berg"));
    assert!(maria.is_some() && tomas.is_some() && maria != tomas);
    assert_eq!(speaker_of(&a, text, "We have heard this before"), tomas);
    assert_eq!(speaker_of(&a, text, "The order book is full"), maria);
    assert_eq!(speaker_of(&a, text, "Then show us the orders"), tomas);
    assert_eq!(speaker_of(&a, text, "the figures would be published"), maria);

    // Titles say it too: "he" skips the woman who spoke last.
    let text = "Mr. Dunmore said the bridge was unsafe.\n\nMrs. Okafor said the inspection found nothing.\n\n“I walked over it myself,” he said.";
    let a = analyze(text);
    let dunmore = group_of(&a, text, "Mr. Dunmore");
    assert!(dunmore.is_some());
    assert_eq!(speaker_of(&a, text, "I walked over it myself"), dunmore);

    // Counter-example: nothing says either speaker's gender, so "she" is the last speaker.
    let text = "Robin Vale said the bridge was unsafe.\n\nKit Moreno said the inspection found nothing.\n\n“I walked over it myself,” she said.";
    let a = analyze(text);
    let moreno = group_of(&a, text, "Kit Moreno");
    assert!(moreno.is_some());
    assert_eq!(speaker_of(&a, text, "I walked over it myself"), moreno);
}

/// Speed is measured by the benchmarks (`scripts/bench.sh`); this only checks that 100,000
/// marks of every kind leave a well-formed analysis.
#[test]
fn many_quote_marks() {
    let text = "“a” \" ’ « ".repeat(25_000);
    let a = analyze(&text);
    assert_eq!(presslens::check_invariants(&text, &a), Ok(()));
}

// proptest is a native dev-dependency; `wasm-pack test` builds every test file for wasm32.
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text made of the pieces claims care about: quote marks of every kind, apostrophes,
    /// cues, names, punctuation and line breaks.
    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("\""), Just("“"), Just("”"), Just("‘"), Just("’"), Just("'"), Just("''"), Just("``"), Just("«"), Just("»"),
            Just(" said "), Just(" according to "), Just("He"), Just(" Anna Berg"), Just(", "), Just(". "), Just(":"),
            Just("\n\n"), Just(" the minister "), Just(" 90 percent "), Just(" may "), Just("é"), Just("😀"), Just("’s"),
        ];
        proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn any_text_gives_claims_inside_it(text in pieces()) {
            let a = analyze(&text);
            for c in &a.claims {
                prop_assert!(!c.content.is_empty());
                let spans = c.content.iter().chain(c.cue.iter()).chain(c.source.iter().map(|s| &s.span)).chain(c.hedges.iter());
                for s in spans {
                    prop_assert!(s.start < s.end && s.end <= text.len());
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                }
                prop_assert!((0.0..=1.0).contains(&c.checkworthiness) && (0.0..=1.0).contains(&c.confidence));
            }
        }
    }
}

/// Sources the span model misses are read by grammar: the subject before the cue when the
/// model has none, and the noun phrase a relative clause or a participle phrase modifies, not
/// a noun inside it.
#[test]
fn sources_from_grammar() {
    let text = "Marta Quill writes from Lisbon that the port is expanding fast.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the port is expanding");
    assert_eq!((cue(c, text), source(c, text)), ("writes", "Marta Quill"));

    let text = "In any case, the Danish transport minister concluded, the harbour is of great importance to Oslo.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the harbour is of great importance");
    assert_eq!((cue(c, text), source(c, text)), ("concluded", "the Danish transport minister"));

    let text = "The regional council, which depends heavily on the growth of the northern province, stressed that the state has still not acted.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the state has still not acted");
    assert_eq!((cue(c, text), source(c, text)), ("stressed", "The regional council"));

    // A participle phrase between subject and cue is set off the same way.
    let text = "The harbour master, speaking on condition of anonymity, said the cranes had stopped.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the cranes had stopped");
    assert_eq!((cue(c, text), source(c, text)), ("said", "The harbour master"));

    // Counter-example: a relative clause inside the content changes nothing.
    let text = "The regional council stressed that the firm, which depends on the province, has not paid.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "has not paid");
    assert_eq!(source(c, text), "The regional council");
}

/// A cue that neither the model's source nor the rules cover takes the subject right before it
/// when that reads as one (a pronoun, or a noun phrase opening its clause); an opening
/// participle or a phrase cut off at a determiner is not a subject.
#[test]
fn subject_before_an_unlisted_cue() {
    let text = "The trade union accused the ministry of ignoring the safety report.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the ministry of ignoring");
    assert_eq!((cue(c, text), source(c, text)), ("accused", "The trade union"));

    // A relative clause that restricts the subject is part of it.
    let text = "Senior campaign advisers who have run the numbers argue that by month's end, Clinton will be the nominee.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "Clinton will be the nominee");
    assert_eq!(source(c, text), "Senior campaign advisers who have run the numbers");

    let text = "So much so that he accused the regulators of asking too many questions.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the regulators of asking");
    assert_eq!((cue(c, text), source(c, text)), ("accused", "he"));

    // Counter-examples: no subject stands before these cues.
    let text = "Rattling off promises to cut taxes, the candidate left the stage.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| source(c, text).is_empty()), "{:?}", a.claims.iter().map(|c| source(c, text)).collect::<Vec<_>>());
    let text = "Given the expected fallout, officials delayed the vote.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| source(c, text).is_empty()), "{:?}", a.claims.iter().map(|c| source(c, text)).collect::<Vec<_>>());
}

/// "X did Y, adding that ...": a participle cue after a comma takes the main clause's source:
/// an earlier cue's in the sentence, or a name or pronoun opening the sentence; a sentence
/// that opens with an adverbial phrase gives none.
#[test]
fn participle_cue_takes_the_main_clause_source() {
    let text = "Anna Berg left the meeting early, adding that the board would decide in May.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the board would decide");
    assert_eq!((cue(c, text), source(c, text)), ("adding", "Anna Berg"));

    let text = "“The vote is close,” Dahl said, noting that the count was not over.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the count was not over");
    assert_eq!((cue(c, text), source(c, text)), ("noting", "Dahl"));

    // Counter-example: no subject opens the sentence.
    let text = "In the morning the council met for two hours, adding that the board would decide in May.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the board would decide");
    assert_eq!((cue(c, text), source(c, text)), ("adding", ""));
}

/// The main clause's subject may open with an article ("The minister resigned, saying ...")
/// when it names someone who can take a stand; the span model's reading of the main verb's
/// object as the source ("blocked a state law, ruling") gives way to it.
#[test]
fn participle_cue_takes_an_article_subject() {
    for (text, speaker) in [
        ("The minister resigned on Friday, saying that she had lost the confidence of her party.", "The minister"),
        ("A federal judge in Texas on Friday blocked a state law, ruling that it likely violates the First Amendment.", "A federal judge in Texas"),
        ("The embattled minister resigned, saying that she had lost the confidence of her party.", "The embattled minister"),
        ("The agency revised its forecast, citing weaker demand.", "The agency"),
        // An irregular past verb ("hit", "took"); a name before the noun ("The Clinton campaign").
        ("The campaign hit back, claiming that the report was false.", "The campaign"),
        ("The senator took to Twitter, saying the report was false.", "The senator"),
        ("The Clinton campaign responded, saying the report was false.", "The Clinton campaign"),
    ] {
        let a = analyze(text);
        let c = a.claims.iter().find(|c| c.cue.is_some()).unwrap_or_else(|| panic!("no claim in {text:?}"));
        assert_eq!(source(c, text), speaker, "{text}");
    }
    // Counter-examples: a storm and an atmosphere take no stand.
    for text in [
        "The storm weakened on Monday, raising hopes that the harbour could reopen.",
        "The atmosphere darkened after the vote, suggesting that the coalition would not survive.",
    ] {
        let a = analyze(text);
        assert!(a.claims.iter().all(|c| source(c, text).is_empty()), "{text}: {:?}", a.claims.iter().map(|c| source(c, text)).collect::<Vec<_>>());
    }
}

/// A verb of saying coordinated by "and" shares its clause's subject ("she claimed ... and
/// said ..."); a second subject after "and" is that verb's own.
#[test]
fn coordinated_cue_shares_the_subject() {
    let text = "But she claimed that criminal groups had tried to buy votes, and said the government would investigate.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the government would investigate");
    assert_eq!((cue(c, text), source(c, text)), ("said", "she"));

    let text = "Igor Dodon called the vote a fraud and urged supporters to protest outside parliament.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "supporters to protest");
    assert_eq!((cue(c, text), source(c, text)), ("urged", "Igor Dodon"));

    // Counter-example: the second verb has a subject of its own.
    let text = "The minister said prices would rise and analysts warned that a recession was near.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "a recession was near");
    assert_eq!((cue(c, text), source(c, text)), ("warned", "analysts"));
}

/// "but" coordinates verbs as "and" does; the shared subject may be a possessive and its noun,
/// a name with a role noun inside, or a name before an aside, and an opening adverb is skipped.
#[test]
fn verb_after_but_shares_the_subject() {
    let text = "Chancellor Rachel Reeves welcomed the figures but said families were still feeling the squeeze.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "families were still feeling");
    assert_eq!((cue(c, text), source(c, text)), ("said", "Chancellor Rachel Reeves"));

    let text = "His ex-wife agreed, but also contended that she should not have to give up her privacy.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "she should not have to give up");
    assert_eq!(source(c, text), "His ex-wife");

    let text = "Democratic candidate Hillary Clinton, like Obama, has encouraged allies to spend more but has said she will hold firm.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "she will hold firm");
    assert_eq!(source(c, text), "Democratic candidate Hillary Clinton");

    // After a wire story's dateline, past a time: "OpenAI on Monday released ..., claiming".
    let text = "SAN FRANCISCO — OpenAI on Monday released a new model, claiming it makes 40% fewer errors.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "it makes 40% fewer errors");
    assert_eq!(source(c, text), "OpenAI");
    // "WHO" in capitals is the organisation, not the pronoun a source sheds.
    let text = "WHO Director-General Tedros Adhanom Ghebreyesus told reporters the risk was low.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the risk was low");
    assert_eq!(source(c, text), "WHO Director-General Tedros Adhanom Ghebreyesus");
    // A Reuters dateline with a date is no speaker.
    let text = "KYIV, Nov 26 (Reuters) - Ukraine's air force said on Tuesday it had shot down 30 drones.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "it had shot down");
    assert_eq!(source(c, text), "Ukraine's air force");
    // "..., while officials in the region reported ...": the second claim has its speaker, and
    // the first content stops before "while".
    let text = "Ukraine's air force said on Tuesday it had shot down 30 of 35 drones launched by Russia overnight, while officials in the southern region of Odesa reported damage to port infrastructure.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "damage to port");
    assert_eq!(source(c, text), "officials in the southern region of Odesa");
    let c = claim(&a.claims, text, "it had shot down");
    assert_eq!(content(c, text), "it had shot down 30 of 35 drones launched by Russia overnight");
    // Counter-example: a participle that opens the sentence is no subject.
    let text = "Rallying hundreds of workers, Clinton tried to empathize with them and promised to deliver change.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| source(c, text) != "Rallying"));

    // The model's source is the appositive alone: the name before it joins; an opening phrase
    // does not.
    let text = "Elon Musk, Tesla's chief executive, has long argued that Autopilot makes driving safer.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "Autopilot makes driving safer");
    assert_eq!(source(c, text), "Elon Musk, Tesla's chief executive");
    let text = "On Sunday, Hillary Clinton, the Democratic front-runner, called on tech companies to act.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "tech companies to act");
    assert!(!source(c, text).starts_with("On Sunday"), "{}", source(c, text));

    // Two claims of one subject share the whole of it.
    let text = "A Google spokeswoman said the company was “focused on safety” and declined to comment further.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "to comment further");
    assert_eq!(source(c, text), "A Google spokeswoman");

    // Counter-example: a possessive before a word that reads as no verb is no subject ("Its
    // opening salvo began"), and the participle has no speaker.
    let text = "Its opening salvo began with a web ad, yelling that the deal was a fraud.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the deal was a fraud");
    assert_eq!(source(c, text), "");
}

/// "posted on X that ...": the platform joins the cue, as "said on Twitter" does; the content
/// is the clause.
#[test]
fn where_it_was_posted_joins_the_cue() {
    let text = "Musk posted on X that the deal was off.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the deal was off");
    assert_eq!((cue(c, text), source(c, text), content(c, text).as_str()), ("posted on X", "Musk", "that the deal was off"));
}

/// A sentence-final attribution reports the whole clause before its comma, past an
/// appositive's commas; a noun after a possessive is the speaker's, not the cue's.
#[test]
fn final_attribution_reports_the_whole_clause() {
    let text = "John Smith, the former mayor of Leeds, has died aged 80, his family said.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "John Smith");
    assert_eq!((content(c, text).as_str(), cue(c, text), source(c, text)), ("John Smith, the former mayor of Leeds, has died aged 80", "said", "his family"));

    let text = "Dame Ada Brook, the actress whose career spanned seven decades, has died aged 91, her agent said on Tuesday.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "Ada Brook");
    assert_eq!((content(c, text).as_str(), source(c, text)), ("Dame Ada Brook, the actress whose career spanned seven decades, has died aged 91", "her agent"));
}

/// "added a second from the penalty spot" adds a goal, not words; "added that" reports.
#[test]
fn adding_a_thing_is_no_claim() {
    let text = "The England winger opened the scoring after 12 minutes and added a second from the penalty spot before half-time.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| cue(c, text) != "added"), "{:?}", a.claims);
    let text = "The minister added that the plan would cost more.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the plan would cost more");
    assert_eq!(cue(c, text), "added");
}

/// A currency sign after a cue belongs to the amount, not the cue.
#[test]
fn a_cue_ends_before_a_symbol() {
    let text = "Chelsea agree £60m deal for Brighton midfielder";
    let a = analyze(text);
    for c in &a.claims {
        assert!(!cue(c, text).ends_with('£'), "{}", cue(c, text));
    }
}

/// Live-blog shapes: a tag before a headline ("LIVE:") names no speaker; a bullet line ends its
/// sentence without a stop, so "..., says X" there is inverted; the bullet is no content.
#[test]
fn live_blog_tags_and_bullets() {
    let text = "LIVE: Storm batters UK with 90mph winds\n\nKey points:\n• More than 200,000 homes without power, says Energy Networks Association\n• Rail services cancelled";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| source(c, text) != "LIVE"), "{:?}", a.claims);
    let c = claim(&a.claims, text, "200,000 homes");
    assert_eq!((content(c, text).as_str(), source(c, text)), ("More than 200,000 homes without power", "Energy Networks Association"));
}

/// "X said A but insisted B": a verb of saying coordinated after a reported clause opens a
/// claim of its own, with the same speaker. Counter-example: a verb that is no cue ("and
/// wages fell") continues the content.
#[test]
fn a_coordinated_verb_of_saying_is_a_claim_of_its_own() {
    let text = "Finance minister Rachel Reeves said the figures were “disappointing” but insisted the government's plans would restore growth.";
    let a = analyze(text);
    let said = claim(&a.claims, text, "the figures were");
    let insisted = claim(&a.claims, text, "restore growth");
    assert_eq!((content(said, text).as_str(), cue(said, text)), ("the figures were “disappointing”", "said"));
    assert_eq!((content(insisted, text).as_str(), cue(insisted, text)), ("the government's plans would restore growth", "insisted"));
    assert_eq!(source(insisted, text), "Finance minister Rachel Reeves");
    let text = "Finance minister Rachel Reeves said prices rose and wages fell.";
    let a = analyze(text);
    assert_eq!(content(claim(&a.claims, text, "prices rose"), text), "prices rose and wages fell");
}

/// A content that another claim's source cuts short loses the relative word before it, and
/// a claim whose content would be that word alone is none.
#[test]
fn a_relative_word_before_another_claim_is_not_content() {
    let text = "SAN FRANCISCO — OpenAI on Thursday released a new version of its ChatGPT chatbot that it says can reason through complex problems, a step the company describes as a \"new paradigm\" for artificial intelligence.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| !content(c, text).ends_with("that") && content(c, text) != "that"), "{:?}", a.claims);
    let c = claim(&a.claims, text, "can reason");
    assert_eq!((cue(c, text), source(c, text)), ("says", "it"));
}

/// "the Liberal Democrat leader, Sir Ed Davey, said": the name in apposition is the speaker
/// past a title it leaves out; "A Downing Street spokesperson said:": the noun is the
/// speaker's, not the cue's.
#[test]
fn appositive_names_and_speaker_nouns() {
    let text = "Ed Davey met voters.\n\nBut the Liberal Democrat leader, Sir Ed Davey, said families had been hit hard.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "families had been");
    assert_eq!(c.source.as_ref().and_then(|s| s.group), group_of(&a, text, "Ed Davey"));
    let text = "A Downing Street spokesperson said: \"The prime minister remains focused.\"";
    let a = analyze(text);
    let c = claim(&a.claims, text, "remains focused");
    assert_eq!((source(c, text), cue(c, text)), ("A Downing Street spokesperson", "said:"));
}

/// What research finds is a claim, with or without "that" (the counter-examples are in
/// `findings.rs`).
#[test]
fn what_a_study_finds_is_a_claim() {
    let text = "Researchers at Lund University found the test was 90% accurate.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "90% accurate");
    assert_eq!((source(c, text), cue(c, text), c.numeric), ("Researchers at Lund University", "found", true));
}

/// A final attribution may be followed by a participle clause ("..., the ONS said on
/// Wednesday, raising hopes ..."), which is the writer's; no source is a word of its own cue.
/// Counter-examples: a participle of saying ("adding that"), "including", and an "-ing" word
/// that opens the subject of the rest of the sentence are the speaker's.
#[test]
fn final_attribution_before_a_participle_clause() {
    let text = "Inflation fell in October, the ONS said on Wednesday, raising hopes that the Bank of England will cut rates.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "Inflation fell");
    assert_eq!((content(c, text).as_str(), cue(c, text), source(c, text)), ("Inflation fell in October", "said", "the ONS"));
    for text in [
        "Britain's economy shrank by 0.1% in the quarter, the Office for National Statistics said on Friday, raising fears that the country is heading for a recession.",
        "Prices rose 2%, the agency said on Friday, fuelling concerns that rates will rise.",
    ] {
        let a = analyze(text);
        assert!(a.claims.iter().all(|c| !content(c, text).contains("that")), "{text}: {:?}", a.claims);
    }
    let text = "Prices rose 2%, the agency said, adding that rates will rise.";
    let a = analyze(text);
    assert_eq!(content(claim(&a.claims, text, "rates will rise"), text), "that rates will rise");
    let text = "Though that transition was relatively seamless, he said, replacing Clinton would be much more acrimonious.";
    let a = analyze(text);
    assert!(content(claim(&a.claims, text, "seamless"), text).contains("replacing Clinton"));
    for c in &a.claims {
        let (cue, source) = (c.cue.map(|s| s.start..s.end), c.source.as_ref().map(|s| s.span.start..s.span.end));
        if let (Some(cue), Some(source)) = (cue, source) {
            assert!(cue.end <= source.start || source.end <= cue.start, "{}", &text[source]);
        }
    }
}

/// "..., people familiar with the matter told Bloomberg.": a final attribution may name whom
/// it was told, and its speakers may be unnamed people; a weak cue inside what they report
/// ("is considering") is no claim of its own.
#[test]
fn final_attribution_told_to_a_news_outlet() {
    let text = "The department is considering new limits on chip exports, people familiar with the matter told Bloomberg.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "The department is considering");
    assert_eq!((cue(c, text), source(c, text)), ("told", "people familiar with the matter"));
    assert_eq!(a.claims.len(), 1);
}

/// Two claims sharing a source far before the second's cue: the first keeps its content ("X
/// has called the plan “a gimmick”, arguing that ...").
#[test]
fn a_borrowed_source_does_not_swallow_a_content() {
    let text = "Lyon's opposition leader, Pierre Oliver, has called the tree programme \"a gimmick\", arguing that it is costly.";
    let a = analyze(text);
    let called = claim(&a.claims, text, "the tree programme");
    assert_eq!(cue(called, text), "has called");
    let arguing = claim(&a.claims, text, "it is costly");
    assert_eq!((cue(arguing, text), source(arguing, text)), ("arguing", "Lyon's opposition leader, Pierre Oliver"));
}

/// The subject before a cue the model left without source, past a time ("Donald Trump on
/// Friday endorsed"), or with the appositive the model read as content ("Arturo Sarukhán,
/// Mexico's ambassador ..., said").
#[test]
fn subject_past_a_time_or_with_its_appositive() {
    let text = "Republican presidential nominee Donald Trump on Friday endorsed the re-election of House Speaker Paul Ryan.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the re-election");
    assert_eq!((cue(c, text), source(c, text)), ("endorsed", "Republican presidential nominee Donald Trump"));

    let text = "Arturo Sarukhán, Mexico's ambassador to the United States from 2007 to 2013, said Mexico must rebut the claims.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "Mexico must rebut");
    assert_eq!((content(c, text).as_str(), source(c, text)), ("Mexico must rebut the claims", "Arturo Sarukhán, Mexico's ambassador to the United States from 2007 to 2013"));
}

/// A subject after an opening phrase, with a party tag ("In a statement, Florida Gov. Rick
/// Scott (R) blasted ...") or an abbreviation ("(ONS)"), and a relative pronoun right before the cue ("three in 10 who
/// said ...": PolNeAR's source is "who").
#[test]
fn subject_after_an_opening_phrase_or_a_relative_pronoun() {
    let text = "In a statement, Florida Gov. Rick Scott (R) blasted Congress and said the state had spent more than $26 million.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the state had spent");
    assert_eq!((cue(c, text), source(c, text)), ("said", "Florida Gov. Rick Scott (R)"));

    // An abbreviation in parentheses ends a name too, also in a sentence-final attribution.
    let text = "The Office for National Statistics (ONS) said inflation fell to 2.1% in October.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "inflation fell");
    assert_eq!(source(c, text), "The Office for National Statistics (ONS)");
    let text = "UK inflation fell to 2.1% in October, the Office for National Statistics (ONS) said on Wednesday.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "inflation fell");
    assert_eq!((content(c, text).as_str(), source(c, text)), ("UK inflation fell to 2.1% in October", "the Office for National Statistics (ONS)"));
    let text = "Tesla will fix a defective system, the National Highway Traffic Safety Administration (NHTSA) announced on Wednesday.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "Tesla will fix");
    assert_eq!(source(c, text), "the National Highway Traffic Safety Administration (NHTSA)");
    // Counter-example: a parenthesis that is no tag ends no name.
    let text = "Prices rose, the committee (which met on Tuesday) said.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| !source(c, text).contains("(which")));

    let text = "Four in 10 said they preferred experience, compared with three in 10 who said they wanted an outsider.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "they wanted an outsider");
    assert_eq!((cue(c, text), source(c, text)), ("said", "who"));
}

/// Paragraphs that are long quotations go on with the speaker of the quotation before them; a
/// short one may be a subheading, and a paragraph with its own cue is that cue's.
#[test]
fn quotation_paragraphs_go_on_with_the_speaker() {
    let text = "“He is the best since Reagan,” Viguerie tells Breitbart News.\n\n“He is what we have waited for ever since Reagan. He checks all our boxes.”\n\n“He unites the party in a way that nobody else can do right now.”\n\n‘All Bets Are Off.’";
    let a = analyze(text);
    for words in ["He checks all our boxes", "He unites the party"] {
        let c = claim(&a.claims, text, words);
        assert_eq!((cue(c, text), source(c, text)), ("tells", "Viguerie"), "{words}");
    }
    let heading = a.claims.iter().find(|c| content(c, text).contains("All Bets")).map_or("", |c| source(c, text));
    assert_eq!(heading, "");
}

/// Between two quotations, an adverb after the cue says how it was said: it joins the cue,
/// and the claim is a quotation.
#[test]
fn an_adverb_between_quotations_joins_the_cue() {
    let text = "“No,” he said eventually. “But I am not here to blame Paris.”";
    let a = analyze(text);
    let c = claim(&a.claims, text, "No,");
    assert_eq!((c.kind, cue(c, text), content(c, text).as_str()), (ClaimKind::Quote, "said eventually", "“No,” | “But I am not here to blame Paris.”"));
}

/// An interview transcript: a speaker label's claim is the whole paragraph; "Q:" marks a
/// question, no claim.
#[test]
fn interview_transcript() {
    let text = "Q: Why did you leave the ministry?\n\nANDERSSON: I had no choice. The budget was cut by 40 percent and I could not do my job.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| source(c, text) != "Q"), "{:?}", a.claims.iter().map(|c| source(c, text)).collect::<Vec<_>>());
    let c = claim(&a.claims, text, "I had no choice");
    assert_eq!((source(c, text), cue(c, text)), ("ANDERSSON", ":"));
    assert!(content(c, text).ends_with("I could not do my job."), "{}", content(c, text));
}

/// A source never ends inside the relative clause about it, even where the clause holds a
/// verb of saying of its own.
#[test]
fn source_runs_to_the_end_of_its_relative_clause() {
    let text = "President Maia Sandu, who had urged citizens to vote yes, said the result showed a clear choice.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the result showed");
    assert_eq!(source(c, text), "President Maia Sandu, who had urged citizens to vote yes");
}

/// Coordinated subjects are one source ("both the agency and the minister"); a clause
/// before "and" that is some claim's content is no part of a source.
#[test]
fn coordinated_subjects_are_one_source() {
    let text = "In any case, both the port agency and the regional minister seem to believe that there is a real danger.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "there is a real danger");
    assert_eq!(source(c, text), "both the port agency and the regional minister");

    let text = "The unions and the employers both argued that the reform came too late.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the reform came too late");
    assert!(source(c, text).starts_with("The unions and the employers"), "{}", source(c, text));

    // Counter-example: "taxes would rise" is the mayor's content, not a speaker.
    let text = "The mayor said taxes would rise and the council warned that services would be cut.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| !source(c, text).contains("taxes")), "{:?}", a.claims.iter().map(|c| source(c, text)).collect::<Vec<_>>());
}

/// A time is never the speaker, and a conjunction opening the clause is not part of one.
#[test]
fn times_and_conjunctions_are_not_sources() {
    let text = "“We do not think the tax is the answer to the problem,” Carla Wendt, the deputy finance adviser, said Sunday.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "We do not think the tax");
    assert!(source(c, text).starts_with("Carla Wendt"), "{}", source(c, text));

    let text = "And Oslo’s Ida Lunde, one of only a few women on the board, said the vote would pass easily.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the vote would pass");
    assert!(source(c, text).starts_with("Oslo’s Ida Lunde"), "{}", source(c, text));

    // Counter-example: "Day" is a name.
    let text = "Sarah Day said the platform was divisive.";
    let a = analyze(text);
    assert_eq!(source(claim(&a.claims, text, "the platform was divisive"), text), "Sarah Day");

    // A surname in "-ly" is no adverb, and an opening clause word or time is not the speaker.
    let text = "In 1973, Mrs. Schlafly replied that she was pleased. Later Mrs. Schlafly said she had won. If Democrats believe the polls, they will lose.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "she was pleased");
    assert_eq!((cue(c, text), source(c, text)), ("replied", "Mrs. Schlafly"));
    assert_eq!(source(claim(&a.claims, text, "she had won"), text), "Mrs. Schlafly");
    let text = "The senator publicly said the plan failed.";
    let a = analyze(text);
    assert_eq!(cue(claim(&a.claims, text, "the plan failed"), text), "publicly said");

    // When it was said is not who said it; an appositive about the speaker stays.
    let text = "“We cannot wait for the next storm,” said Mayor Ines Marchetti after the vote, which passed by 23 votes to 8.";
    let a = analyze(text);
    assert_eq!(source(claim(&a.claims, text, "We cannot wait"), text), "Mayor Ines Marchetti");
    let text = "“We cannot wait for the next storm,” said Ines Marchetti, the mayor who took office after the flood.";
    let a = analyze(text);
    assert!(source(claim(&a.claims, text, "We cannot wait"), text).starts_with("Ines Marchetti, the mayor"));
}

/// "X is expected to Y": the subject of a passive verb of thinking or saying before "to" is
/// part of what is expected, not who expects it; an active verb after "to" keeps its subject.
#[test]
fn the_subject_of_a_raising_passive_is_content() {
    let text = "The Fed is widely expected to hold interest rates steady next week.\n\nThe Washington Post is expected to report that the deal failed.";
    let a = analyze(text);
    let fed = claim(&a.claims, text, "to hold interest rates");
    assert_eq!((content(fed, text).as_str(), cue(fed, text), source(fed, text)), ("The Fed | to hold interest rates steady next week", "is widely expected", ""));
    let post = claim(&a.claims, text, "the deal failed");
    assert_eq!(source(post, text), "The Washington Post");
}

/// "Content, Speaker announced in Place.": an attribution that ends its sentence, with a short
/// phrase of place after the cue, is found even where the cue model misses the verb.
#[test]
fn a_final_attribution_with_a_place_after_the_cue() {
    let text = "The Commission fined Apple for abusing its dominance, Margrethe Vestager announced in Brussels.";
    let a = analyze(text);
    let fine = claim(&a.claims, text, "fined Apple");
    assert_eq!((content(fine, text).as_str(), cue(fine, text), source(fine, text)), ("The Commission fined Apple for abusing its dominance", "announced", "Margrethe Vestager"));
}

/// “A,” X says.¶“B,” he points out.: B is his, not X's, even where the span model runs X's
/// content on into the next paragraph and leaves him only the closing mark.
#[test]
fn a_quotation_in_the_next_paragraph_is_its_own_speakers() {
    let text = "“Cruz is the only candidate running who can keep the Democratic voters with us,” Viguerie says.\n\n\
        “Voters consistently reject establishment Republicans. George W. Bush got half a million fewer votes than Al Gore in 2000,” he points out.";
    let a = analyze(text);
    let voters = claim(&a.claims, text, "Voters consistently reject");
    assert_eq!((cue(voters, text), source(voters, text)), ("points out", "he"));
    let cruz = claim(&a.claims, text, "Cruz is the only candidate");
    assert!(!content(cruz, text).contains("Voters"), "{}", content(cruz, text));
    assert!(a.claims.iter().all(|c| c.content.iter().all(|s| s.text(text).chars().any(char::is_alphanumeric))));
}

/// Wire copy: "Content, officials said on Monday." (the span model, reading the time after the
/// cue, found no content), a dateline before the content, and "said Tuesday, as ..." (a
/// circumstance after the cue, not what was said).
#[test]
fn wire_story_attributions() {
    let text = "BRUSSELS (Reuters) - The Commission will fine the firm, officials said on Monday.";
    let a = analyze(text);
    let fine = claim(&a.claims, text, "will fine the firm");
    assert_eq!((content(fine, text).as_str(), cue(fine, text), source(fine, text)), ("The Commission will fine the firm", "said", "officials"));

    let text = "LUSAKA, Zambia (AP) — Maize prices climbed to a record, the grain board said Tuesday, as the drought spread.";
    let a = analyze(text);
    let prices = claim(&a.claims, text, "Maize prices");
    assert_eq!((content(prices, text).as_str(), cue(prices, text), source(prices, text)), ("Maize prices climbed to a record", "said", "the grain board"));
}

/// A speaker's organisation after "at"/"for" belongs to the source the cue takes from the
/// sentence; a circumstance after "in a" does not.
#[test]
fn a_speakers_organisation_is_part_of_the_source() {
    let text = "Prices rose. Economists at Zambia's central bank warned that food inflation could rise further.";
    let a = analyze(text);
    let inflation = claim(&a.claims, text, "food inflation");
    assert_eq!((cue(inflation, text), source(inflation, text)), ("warned", "Economists at Zambia's central bank"));
}

/// "Content, the club announced on Friday.": a final attribution whose speaker is a noun
/// phrase with an article, taking the place of the cue model's misreading of a verb inside
/// what is reported ("have completed"); a capitalised word is never its cue ("... of the
/// United States.").
#[test]
fn a_final_attribution_with_a_common_noun_speaker() {
    let text = "Harrow United have completed the signing of Tunde Okafor for £42 million, the Premier League side announced on Friday.";
    let a = analyze(text);
    let deal = claim(&a.claims, text, "the signing of Tunde Okafor");
    assert_eq!((cue(deal, text), source(deal, text)), ("announced", "the Premier League side"));
    assert!(content(deal, text).starts_with("Harrow United have completed"), "{}", content(deal, text));
    assert_eq!(a.claims.len(), 1);

    let text = "Google drew staff from the company, including Megan Smith, the chief technology officer of the United States.";
    assert!(analyze(text).claims.iter().all(|c| cue(c, text) != "States"));
}

/// "... because TikTok accepted the findings, Ofcom said.": the final speaker's claim is the
/// whole clause; the verb inside it is not the speaker's.
#[test]
fn a_final_speaker_is_not_lent_to_a_verb_inside_the_content() {
    let text = "The fine was reduced by 30% because Norvex accepted the findings and agreed to settle, Kessel said.";
    let a = analyze(text);
    assert_eq!(a.claims.len(), 1, "{:?}", a.claims.iter().map(|c| cue(c, text)).collect::<Vec<_>>());
    let c = claim(&a.claims, text, "The fine was reduced");
    assert_eq!((cue(c, text), source(c, text)), ("said", "Kessel"));
}

/// "..., the report said.": what a report said is its claim, though the cue model reads a
/// passive inside it as one without a source ("is predicted").
#[test]
fn a_final_research_speaker_takes_the_passive_inside() {
    let text = "Arctic warming is predicted to be more than three times the global average over the next five winters, the report said.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "Arctic warming");
    assert_eq!((cue(c, text), source(c, text)), ("said", "the report"));
    assert!(content(c, text).starts_with("Arctic warming is predicted"), "{}", content(c, text));
    assert_eq!(a.claims.len(), 1);
}

/// A name something goes by asserts nothing: "known as" is no cue, and the thing named no
/// speaker; the claim of the sentence's verb stays.
#[test]
fn a_name_something_goes_by_is_no_claim() {
    let text = "The rule, also known as the Buffett rule, would set a minimum tax on millionaires.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| !cue(c, text).ends_with("known as")), "{:?}", a.claims.iter().map(|c| cue(c, text)).collect::<Vec<_>>());
    let text = "Analysts said that the rule, known as the Buffett rule, would raise little money.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "would raise little money");
    assert_eq!((cue(c, text), source(c, text)), ("said", "Analysts"));
}

/// "Officials in Texas, where the outbreak began, said ...": a relative clause (with "where"
/// too) between the subject and the cue is neither source nor content when the content
/// follows the cue.
#[test]
fn a_relative_clause_before_the_cue_is_no_content() {
    for (text, speaker) in [
        ("Health officials in Texas, where an outbreak began in January, said two unvaccinated children had died.", "Health officials in Texas"),
        ("Officials in Texas, where the outbreak began, said two children had died.", "Officials in Texas"),
    ] {
        let a = analyze(text);
        let c = claim(&a.claims, text, "children had died");
        assert_eq!((source(c, text), content(c, text).contains("outbreak")), (speaker, false), "{text}");
    }
}

/// "according to figures released on Wednesday by the CDC": the participle's agent belongs to
/// the source, which then resolves to the agency's group.
#[test]
fn according_to_takes_a_participles_agent() {
    let text = "The Centers for Disease Control and Prevention counted 1,288 cases. Measles cases have reached their highest level in decades, according to figures released on Wednesday by the Centers for Disease Control and Prevention.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "highest level in decades");
    assert_eq!(source(c, text), "figures released on Wednesday by the Centers for Disease Control and Prevention");
    let cdc = a.entities.iter().find(|e| e.label == Label::Org).map(|e| e.group);
    assert!(cdc.is_some() && c.source.as_ref().and_then(|s| s.group) == cdc, "{:?}", c.source);
}

/// A sentence-final attribution covers its whole clause, though the span model starts it inside
/// an appositive ("the actress known to millions as ..."), and "known ... as" is no cue.
#[test]
fn a_final_attribution_covers_its_whole_clause() {
    let text = "Dame Maggie Smith, the Oscar-winning actress known to millions as the Dowager Countess in Downton Abbey, has died at the age of 89, her family said on Friday.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "has died at the age of 89");
    assert_eq!((source(c, text), content(c, text).starts_with("Dame Maggie Smith")), ("her family", true));
    assert!(a.claims.iter().all(|c| !cue(c, text).contains("known")), "{:?}", a.claims.iter().map(|c| cue(c, text)).collect::<Vec<_>>());
    // A time that ends the clause is the clause's, not when it was said.
    let text = "Smith died peacefully in hospital in London early on Friday morning, her sons Chris Larkin and Toby Stephens said in a statement.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "died peacefully");
    assert_eq!(content(c, text), "Smith died peacefully in hospital in London early on Friday morning");
}

/// "..., the people said, speaking on condition of anonymity because ...": why a source spoke
/// unnamed is not what it said; the clause before the attribution is.
#[test]
fn speaking_on_condition_of_anonymity_is_no_content() {
    let text = "The decision, which could be announced as early as next week, would be the first penalty under the Digital Markets Act, the people said, speaking on condition of anonymity because the talks are private.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "the first penalty");
    assert_eq!((source(c, text), content(c, text).contains("anonymity")), ("the people", false));
}

/// "X did A, doing B, it said": the final cue keeps the main clause when a participle inside
/// it (with no source of its own) is read as a cue; "about" before an amount is the amount's.
#[test]
fn a_final_cue_keeps_the_clause_before_a_participle() {
    let text = "The central bank cut the reserve ratio by 50 basis points, releasing about 1.16 trillion rupees into the banking system, it said.";
    let a = analyze(text);
    let said = a.claims.iter().find(|c| cue(c, text) == "said").unwrap_or_else(|| panic!("no \"said\" claim: {:#?}", a.claims));
    assert_eq!((source(said, text), content(said, text).as_str()), ("it", "The central bank cut the reserve ratio by 50 basis points"));
    assert!(a.claims.iter().all(|c| !cue(c, text).ends_with("about")), "{:#?}", a.claims);
}

/// "..., as expected, but ...": the clause before "as expected" is what was expected.
#[test]
fn as_expected_is_about_the_clause_before_it() {
    let text = "The bank kept its key rate unchanged on Friday, as expected, but signalled it could begin cutting rates early next year.";
    let (_, cue, content) = read(text, "kept its key rate");
    assert_eq!((cue.as_str(), content.as_str()), ("as expected", "The bank kept its key rate unchanged on Friday"));
}

/// Where and when something was posted or written is neither cue content nor content: "wrote on
/// Truth Social late Monday that ...", "said in court filings that ...", "..., analysts wrote in
/// a note to clients."
#[test]
fn where_and_when_it_was_written_stay_out_of_the_content() {
    let (_, cue, content) = read("Trump wrote on Truth Social late Monday that the EU had taken advantage of us.", "the EU had");
    assert_eq!((cue.as_str(), content.as_str()), ("wrote on Truth Social", "that the EU had taken advantage of us"));
    let text = "Prosecutors said in court filings that he had searched online for “how to detect if you are being monitored” weeks before his arrest.";
    assert_eq!(read(text, "searched online").1, "said in court filings");
    let text = "German carmakers would be hit hardest, analysts at Goldman Sachs wrote in a note to clients.";
    assert_eq!(read(text, "German carmakers"), ("analysts at Goldman Sachs".into(), "wrote".into(), "German carmakers would be hit hardest".into()));
}

/// A speaker named by role and organisation is the whole noun phrase, not the organisation
/// alone ("a spokesperson for the Treasury said").
#[test]
fn a_role_for_an_organisation_is_the_speaker() {
    let text = "Downing Street declined to comment on the figures, but a spokesperson for the Treasury said: \"We have taken the difficult decisions.\"";
    assert_eq!(read(text, "difficult decisions").0, "a spokesperson for the Treasury");
    let text = "The mother of one of the victims says she won't vote this fall.";
    assert_eq!(read(text, "vote this fall").0, "The mother of one of the victims");
}

/// "appeared to believe" is a listed cue phrase: its own words are no content of a claim.
#[test]
fn the_rest_of_a_cue_phrase_is_no_claim() {
    let text = "Some economists were skeptical. She argued that the labor market was weakening faster than officials appeared to believe.";
    let a = analyze(text);
    assert!(a.claims.iter().all(|c| content(c, text) != "to believe"), "{:?}", a.claims.iter().map(|c| content(c, text)).collect::<Vec<_>>());
    assert_eq!(read(text, "labor market").1, "argued");
}

/// A role noun that a name was introduced with refers back to that person: "Republican
/// presidential nominee Anna Berg ... The Republican nominee said".
#[test]
fn a_campaign_role_resolves_to_the_person() {
    let text = "Republican presidential nominee Anna Berg released her returns on Monday. The Republican nominee said she had paid her taxes.";
    let a = analyze(text);
    let c = claim(&a.claims, text, "she had paid her taxes");
    assert_eq!(source(c, text), "The Republican nominee");
    let berg = a.groups.iter().position(|g| g.name == "Anna Berg");
    assert!(berg.is_some(), "{:?}", a.groups);
    assert_eq!(c.source.as_ref().and_then(|s| s.group), berg);
}

/// The subject of a passive verb of telling is its addressee, not its source: who told goes
/// unnamed, or follows "by".
#[test]
fn a_passive_telling_has_no_addressee_for_source() {
    let text = "The BBC has been told that the minister will resign. Reporters were told by a spokesman that the talks had failed.";
    assert_eq!(read(text, "the minister will resign").0, "");
    assert_eq!(read(text, "the talks had failed").0, "a spokesman");
}

/// An age set off by commas, or a number inside a date or a time, makes no numeric claim; a
/// count does.
#[test]
fn ages_and_dates_are_no_numeric_claims() {
    let text = "Police said the man, 34, was arrested on Friday. Officials said the meeting would take place on March 3 at 5 pm. Police said 34 people were arrested.";
    let a = analyze(text);
    assert!(!claim(&a.claims, text, "the man, 34").numeric);
    assert!(!claim(&a.claims, text, "the meeting would take place").numeric);
    assert!(claim(&a.claims, text, "34 people were arrested").numeric);
}

/// A number spelled out with its magnitude, or a plural magnitude ("thousands of"), is a
/// numeric claim though no entity pattern takes it (it has no unit); "one of" is not.
#[test]
fn spelled_amounts_are_numeric_claims() {
    let text = "The charity said two million pensioners live in poverty. Officials warned that thousands of homes could flood. He said one of the ministers was wrong.";
    let a = analyze(text);
    assert!(claim(&a.claims, text, "two million pensioners").numeric);
    assert!(claim(&a.claims, text, "thousands of homes").numeric);
    assert!(!claim(&a.claims, text, "one of the ministers").numeric);
}

/// A reported content that runs on into the next sentence's quotation leaves the quotation to
/// the speaker named after it ("Some researchers cautioned that A. “B,” said Y.": B is Y's).
#[test]
fn a_quotation_after_a_reported_claim_is_its_own_speakers() {
    let text = "Some researchers cautioned that the estimate relied on models rather than direct measurements. \"These figures should be treated with care,\" said Dr Marc Dubois, an epidemiologist in Lyon.";
    let (source, cue, content) = read(text, "treated with care");
    assert_eq!((source.as_str(), cue.as_str()), ("Dr Marc Dubois, an epidemiologist in Lyon", "said"));
    assert_eq!(content, "\"These figures should be treated with care,\"");
    assert!(!read(text, "the estimate").2.contains("figures"));
}

/// A finding the cue model reads without a source takes the research subject before its verb.
#[test]
fn a_finding_without_a_source_takes_its_research_subject() {
    let text = "Polling by YouGov published on Tuesday found that 62% of voters opposed the change.";
    assert_eq!(read(text, "62% of voters").0, "Polling by YouGov published on Tuesday");
}
