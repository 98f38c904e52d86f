//! Inverted reported speech: "Repairs were under way, said a spokesman for the city." In the
//! annotated US news the span model learnt from, content nearly always follows "said", so it
//! reads the speaker after the cue as the content, or finds nothing. The rules' reading of the
//! sentence (content before the cue, a noun phrase after it) is the one to keep there.

use std::collections::HashMap;
use std::ops::Range;

use super::anonymity::is_speaking_anonymously;
use super::attribution::{left_np_tagged, Attribution, RuleIndex, UsedTokens};
use super::doc::Doc;
use super::source_grammar::is_time;

/// Whether the rules read the attribution as inverted (its source after its cue, a content
/// before it) and the sentence bears that out: English inverts only verbs of saying ("said
/// the minister", never "shows a poll" or "calling him"), and the speaker ends the clause
/// (the sentence ends or a comma follows: "said John Smith, a spokesman"), a plain noun phrase
/// with a name or a noun in it. Otherwise the comma before the cue closes an appositive and
/// what follows the cue is the content ("Chris Cox, who runs the lobby, says the law ...").
fn is_inverted(doc: &Doc, rule: &Attribution) -> bool {
    let (Some(cue), Some(source)) = (&rule.cue, &rule.source) else { return false };
    // After the speaker: the sentence end, or an appositive or relative clause about them.
    let about = |i: usize| matches!(doc.word(i), "who" | "whose" | "which") || is_determiner(doc.word(i)) || doc.is_capitalised(i) || doc.word(i).starts_with(|c: char| c.is_ascii_digit());
    // A line without a stop ends its sentence too ("• 200,000 homes without power, says X").
    let sentence_end = doc.sentence.get(source.start).is_some_and(|s| s.end == source.end);
    let ends_clause = doc.is_terminal(source.end) || source.end >= doc.len() || sentence_end || (doc.is_punct(source.end, ",") && about(source.end + 1));
    // "said John Smith", "said the minister"; not "said he expects Obama", "said of the plan".
    let first = doc.word(source.start);
    let named = (doc.is_capitalised(source.start) && first != "he" && first != "she")
        || (source.len() >= 2 && (is_determiner(first) || matches!(first, "another" | "one" | "several" | "some" | "many")) && !is_determiner(doc.word(source.end - 1)));
    source.start >= cue.end
        && rule.content.first().is_some_and(|c| c.end <= cue.start)
        && is_quotative(doc.word(cue.end - 1))
        && ends_clause
        && named
        && !is_time(doc, source)
        && is_speaker_phrase(doc, source)
}

/// The attribution that ends its sentence after the content, from the rules' cue and source:
/// "Content, EU competition chief Margrethe Vestager announced in Brussels." (a comma, a
/// speaker phrase with a name, a verb of saying, then the sentence end, at most after a short
/// phrase of place or time, which the rules take for the content). The content is the clause
/// before the comma. The cue model, which learnt this shape from "said", misses it now and
/// then with rarer verbs.
fn final_attribution(doc: &Doc, rule: &Attribution) -> Option<Attribution> {
    let (Some(cue), Some(source)) = (rule.cue.clone(), rule.source.clone()) else { return None };
    let first = doc.word(source.start);
    let named = (doc.is_capitalised(source.start) || matches!(first, "the" | "a" | "an") || is_speakers_noun(first)) && !matches!(first, "he" | "she" | "they" | "it" | "we" | "i" | "you");
    // A capitalised cue is a name's word ("the United States").
    let ok = named && is_final_quotative(doc.word(cue.end - 1)) && !doc.is_capitalised(cue.end - 1) && is_speaker_phrase(doc, &source);
    let content = ok.then(|| content_before(doc, &cue, &source)).flatten()?;
    Some(Attribution { content: vec![content], cue: Some(cue), source: Some(source) })
}

/// The reading the rules miss of cue `cue` after a name that ends in a tag in parentheses
/// ("..., the National Highway Traffic Safety Administration (NHTSA) said on Wednesday."): the
/// rules scan no speaker across the parenthesis. No content: [`final_attribution`] finds it.
fn tagged_speaker(doc: &Doc, cue: &Range<usize>) -> Option<Attribution> {
    let sent_start = doc.sentence.get(cue.start)?.start;
    let source = left_np_tagged(doc, cue.start, sent_start).filter(|np| doc.is_punct(np.end - 1, ")"))?;
    Some(Attribution { content: Vec::new(), cue: Some(cue.clone()), source: Some(source) })
}

/// The speaker of a sentence-final attribution the model and the rules left without one, when
/// it ends in a tag the rules do not read: "..., the Office for National Statistics (ONS) said
/// on Wednesday." Only when the claim's content lies in the clause before the speaker.
pub fn final_tagged_subject(doc: &Doc, a: &Attribution) -> Option<Range<usize>> {
    let reading = final_attribution(doc, &tagged_speaker(doc, a.cue.as_ref()?)?)?;
    let clause = reading.content.first()?;
    a.content.iter().all(|c| c.start >= clause.start && c.end <= clause.end).then_some(reading.source).flatten()
}

/// The content of a sentence-final attribution: the clause before the comma that opens the
/// source, when the source stands right before the cue and the sentence ends after the cue,
/// or after "in Brussels", "on Monday", "in a statement", or after whom it was told ("told
/// Bloomberg", "told reporters").
fn content_before(doc: &Doc, cue: &Range<usize>, source: &Range<usize>) -> Option<Range<usize>> {
    let sentence = doc.sentence.get(cue.start)?.clone();
    let comma = source.start.checked_sub(1).filter(|&c| doc.is_punct(c, ",") && c > sentence.start)?;
    // The sentence ends, or a participle clause about what was said follows ("..., the ONS
    // said on Wednesday, raising hopes of a cut").
    // A name may be longer ("wrote in the New England Journal of Medicine").
    let limit = cue.end + if is_named_place(doc, cue.end, sentence.end) { MAX_SOURCE_NAME } else { FINAL_PHRASE_TOKENS };
    let end = (cue.end..=limit).find(|&i| doc.is_terminal(i) || i >= doc.len() || i >= sentence.end || is_participle_clause(doc, i))?;
    let plain = (cue.end..end).all(|i| !doc.is_punct(i, ",") && !doc.is_quote(i));
    let circumstance = matches!(doc.word(cue.end), "in" | "on" | "at" | "during" | "late" | "early" | "earlier" | "later" | "this" | "last");
    // "..., people familiar with the matter told Bloomberg.": whom it was told.
    let addressee = matches!(doc.word(cue.end - 1), "told" | "tells") && (doc.is_capitalised(cue.end) || matches!(doc.word(cue.end), "reporters" | "journalists" | "the"));
    let phrase = end == cue.end || (plain && (circumstance || addressee));
    (source.end == cue.start && phrase).then_some(sentence.start..comma)
}

/// Whether token `i` is the comma that opens a participle clause ("..., raising hopes of a
/// cut"); its verb may be one of saying ("..., adding that ...").
fn is_participle_clause(doc: &Doc, i: usize) -> bool {
    doc.is_punct(i, ",") && doc.word(i + 1).len() > 4 && doc.word(i + 1).ends_with("ing")
}

/// Whether the "-ing" word at `i` opens the subject of a clause that goes on with its verb:
/// "Though that transition was seamless, he said, replacing Clinton would be much harder."
fn is_gerund_subject(doc: &Doc, i: usize) -> bool {
    let sentence_end = doc.sentence.get(i).map_or(i, |s| s.end);
    (i + 1..sentence_end.min(i + 8))
        .take_while(|&k| !doc.is_punct(k, ",") && !matches!(doc.word(k), "that" | "of" | "to" | "as"))
        .any(|k| matches!(doc.word(k), "is" | "are" | "was" | "were" | "would" | "will" | "could" | "can" | "should" | "may" | "might" | "must" | "has" | "have" | "had"))
}

/// A model attribution with a source in the shape of a sentence-final one, and no content, one
/// that ends at a comma short of the one before the source, or one that starts inside the clause
/// without a dash or colon before it: the clause before the comma. The span
/// model, reading the time after the cue, sometimes finds no content ("The firm will pay,
/// officials said on Monday."), and stops at an appositive's comma ("Dame Eileen Atkins, the
/// actress whose career spanned seven decades, has died aged 91, her agent said"). It also
/// reads on past the participle clause that follows now and then ("Prices rose 2%, the agency
/// said on Friday, fuelling concerns that rates will rise."): what a participle other than
/// one of saying says is the writer's.
pub fn final_content(doc: &Doc, a: &mut Attribution) {
    let (Some(cue), Some(source)) = (&a.cue, &a.source) else { return };
    let Some(clause) = content_before(doc, cue, source) else { return };
    // A source with a comma in it may be the tail of a longer one ("Anne Richards, assistant
    // secretary for population, refugees, and migration, said"): the clause is then unsure.
    let plain = !source.clone().any(|i| doc.is_punct(i, ","));
    let writers = |c: &Range<usize>| {
        let comma = (cue.end..c.start).find(|&i| is_participle_clause(doc, i));
        let saying = |i: usize| doc.is_cue(i + 1) && !is_speaking_anonymously(doc, i + 1);
        c.start > cue.end && comma.is_some_and(|i| !saying(i) && !matches!(doc.word(i + 1), "including" | "excluding") && !is_gerund_subject(doc, i + 1))
    };
    let short = match a.content.as_slice() {
        [] => true,
        [only] => (plain && only.start >= clause.start && only.end < clause.end && doc.is_punct(only.end, ",")) || (plain && only.start > clause.start && only.end == clause.end && !(clause.start..only.start).any(|i| is_break(doc, i)))
            // "... in London early on [Friday morning], her sons said": the time is the clause's.
            || (plain && only.start >= clause.start && only.end < clause.end && is_time(doc, &(only.end..clause.end)))
            || writers(only),
        more => more.iter().all(|c| writers(c) || (c.start >= clause.start && c.end <= clause.end)),
    };
    if short {
        a.content = vec![clause];
    }
}

/// A dash or a colon, which ends what a final attribution covers ("Cruz's allies bristle at
/// that — it's a two-way street, they insist"; "A: Because they needed help, I think").
fn is_break(doc: &Doc, i: usize) -> bool {
    matches!(doc.word(i), "—" | "–" | "--" | ":")
}

/// The most tokens of a phrase of place or time between a final cue and the sentence end.
const FINAL_PHRASE_TOKENS: usize = 6;

/// The most tokens of "in"/"on" and a name between a final cue and the sentence end.
const MAX_SOURCE_NAME: usize = 12;

/// "in the New England Journal of Medicine", "on NBC's Meet the Press": "in" or "on", then
/// words in title case (and "the", "of", "and", a possessive) up to the sentence's stop.
fn is_named_place(doc: &Doc, from: usize, sentence_end: usize) -> bool {
    if !matches!(doc.word(from), "in" | "on") {
        return false;
    }
    let words = from + 1..sentence_end.saturating_sub(1).min(from + MAX_SOURCE_NAME);
    let title_case = |i: usize| doc.is_capitalised(i) || matches!(doc.word(i), "the" | "of" | "and" | "'s" | "’s");
    doc.is_terminal(words.end) && words.clone().any(|i| doc.is_capitalised(i)) && words.clone().all(title_case)
}

/// A noun phrase naming a speaker: short, without a verb or a clause word; prepositions only
/// those of a role before a name or a noun ("a spokesman for the city", "a professor at
/// Yale", "the head of the agency", "an aide to President Bush", "people familiar with the
/// matter").
fn is_speaker_phrase(doc: &Doc, r: &Range<usize>) -> bool {
    let role_preposition = |i: usize| {
        let role = matches!(doc.word(i), "of" | "for" | "at" | "in" | "to") || (doc.word(i) == "with" && i > r.start && doc.word(i - 1) == "familiar");
        role && i > r.start && (is_determiner(doc.word(i + 1)) || doc.is_capitalised(i + 1))
    };
    r.len() <= MAX_SPEAKER_TOKENS
        && r.clone().all(|i| {
            let w = doc.word(i);
            role_preposition(i)
                || !(doc.is_helper(i) || matches!(w, "of" | "for" | "at" | "in" | "by" | "from" | "to" | "after" | "before" | "with" | "about" | "on" | "as" | "that" | "which" | "who" | "when" | "while" | "if" | "because"))
        })
}

/// Plural nouns for unnamed speakers, which open a final attribution without an article
/// ("..., officials said.", "..., people familiar with the matter told Bloomberg.").
pub fn is_speakers_noun(word: &str) -> bool {
    matches!(
        word,
        "people" | "officials" | "sources" | "analysts" | "experts" | "diplomats" | "witnesses" | "residents" | "police" | "investigators"
            | "prosecutors" | "economists" | "aides" | "lawmakers" | "critics" | "activists" | "doctors" | "scientists" | "researchers"
    )
}

/// The most tokens a speaker after an inverted cue may have.
const MAX_SPEAKER_TOKENS: usize = 10;

fn is_determiner(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their" | "our" | "my" | "your")
}

/// Verbs of saying that English puts before their subject ("..., said the minister").
fn is_quotative(word: &str) -> bool {
    matches!(
        word,
        "said" | "says" | "added" | "adds" | "wrote" | "writes" | "asked" | "asks" | "explained" | "explains" | "noted"
            | "notes" | "replied" | "replies" | "continued" | "continues" | "insisted" | "insists" | "recalled" | "recalls"
            | "warned" | "warns" | "concluded" | "concludes" | "argued" | "argues" | "observed" | "observes" | "remarked"
            | "remarks" | "responded" | "responds" | "declared" | "declares" | "acknowledged" | "acknowledges" | "admitted"
            | "admits" | "stated" | "states" | "commented" | "comments" | "told" | "tells" | "announced" | "announces"
            | "reported" | "reports" | "claimed"
            // With a plural subject ("..., analysts say."); not the forms that are also nouns
            // ending a clause ("handed over management to the state.", "a product recall").
            | "say" | "add" | "write" | "ask" | "explain" | "insist" | "warn" | "argue" | "observe" | "respond" | "declare"
            | "acknowledge" | "admit" | "tell" | "announce"
    )
}

/// Verbs of saying that end a sentence after their subject ("..., the club confirmed."). English
/// does not invert these: what follows them is their object, no speaker ("Craig Stromme, a
/// spokesman, confirmed the attack.").
fn is_final_quotative(word: &str) -> bool {
    is_quotative(word)
        || matches!(
            word,
            "confirmed" | "confirms" | "confirm" | "predicted" | "predicts" | "predict" | "revealed" | "reveals" | "reveal" | "stressed" | "stresses"
                | "stress" | "cautioned"
        )
}

/// A cue the rules read as inverted takes their content and source when the model found no
/// source and its content is empty or takes in the rules' source (the speaker read as what is
/// said). A model source means the model read a subject before the cue ("Woodrow Benford, 58,
/// a farmer, said the polls ..."), where the rules' reading is the wrong one.
pub fn inverted_from_rules(doc: &Doc, a: &mut Attribution, rules: &RuleIndex) {
    let Some(cue) = a.cue.clone() else { return };
    let Some(rule) = rules.of(&cue).filter(|r| is_inverted(doc, r)) else { return };
    let Some(source) = rule.source.clone() else { return };
    let overlaps = |c: &Range<usize>| c.start < source.end && source.start < c.end;
    if a.source.is_none() && (a.content.is_empty() || a.content.iter().any(overlaps)) {
        // The model's content without the speaker, when what is left comes before the cue and
        // takes in the rules' content ("This is “...,” reported Reuters" keeps "This is");
        // else the rules' content.
        let kept: Vec<Range<usize>> = a.content.iter().filter(|c| !overlaps(c)).cloned().collect();
        let covers = match (kept.first(), kept.last(), rule.content.first(), rule.content.last()) {
            (Some(first), Some(last), Some(r_first), Some(r_last)) => first.start <= r_first.start && last.end >= r_last.end && last.end <= cue.start,
            _ => false,
        };
        a.content = if covers { kept } else { rule.content.clone() };
        a.source = Some(source);
        a.cue = rule.cue.clone();
    }
}

/// Inverted attributions of the rules whose cue the cue model did not find, added when none of
/// their tokens is another attribution's and the cue is a reporting verb, not a weak one
/// ("..., said John Smith, a spokesman for the city.").
pub fn add_inverted(doc: &Doc, found: &mut Vec<Attribution>, rules: &[Attribution]) {
    let mut finals: Vec<Attribution> = rules.iter().filter_map(|r| final_attribution(doc, r)).collect();
    let tagged_cues = doc.cues.iter().filter(|m| !m.weak && m.tokens.start > 0 && doc.is_punct(m.tokens.start - 1, ")"));
    finals.extend(tagged_cues.filter_map(|m| final_attribution(doc, &tagged_speaker(doc, &m.tokens)?)));
    // A model attribution inside a final one's content, with a cue that is no word of saying
    // or a weak one ("Harrow United have completed the signing ..., the club announced on
    // Friday.", "The department is considering new limits ..., people familiar with the
    // matter told Bloomberg."), is a misreading of what the final one reports.
    let is_listed = |cue: &Range<usize>| cue.clone().any(|i| doc.is_strong_cue(i));
    // Final contents by start, with the furthest end reached so far: `a` lies inside one of
    // them when one starting at or before it reaches its end (a search, not a scan of all).
    let mut contents: Vec<Range<usize>> = finals.iter().filter_map(|f| f.content.first().cloned()).collect();
    contents.sort_by_key(|c| c.start);
    let reach: Vec<usize> = contents.iter().scan(0, |max, c| {
        *max = c.end.max(*max);
        Some(*max)
    }).collect();
    let inside_a_final = |a: &Attribution| {
        let (Some(first), Some(last)) = (a.ranges().map(|r| r.start).min(), a.ranges().map(|r| r.end).max()) else { return false };
        let k = contents.partition_point(|c| c.start <= first);
        k > 0 && reach.get(k - 1).is_some_and(|&end| end >= last)
    };
    // So is one that gives a verb inside a final one's content the final one's speaker ("...
    // because TikTok accepted the findings and agreed to settle, Ofcom said.": not Ofcom's
    // acceptance).
    let final_contents: HashMap<usize, Range<usize>> = finals.iter().filter_map(|f| Some((f.source.as_ref()?.start, f.content.first()?.clone()))).collect();
    let borrows_final_speaker = |a: &Attribution| {
        let (Some(source), Some(cue)) = (&a.source, &a.cue) else { return false };
        final_contents.get(&source.start).is_some_and(|c| cue.start >= c.start && cue.end <= c.end)
    };
    found.retain(|a| (a.cue.as_ref().is_none_or(is_listed) || !inside_a_final(a)) && !borrows_final_speaker(a));
    let mut used = UsedTokens::of(doc, found);
    for rule in rules.iter().filter(|r| is_inverted(doc, r)).chain(&finals) {
        let Some(cue) = rule.cue.clone() else { continue };
        if doc.is_strong_cue(cue.end - 1) {
            used.add_if_free(rule.clone(), found);
        }
    }
}
