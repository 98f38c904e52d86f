//! Grammar for sources, after the span model: the speakers it leaves out or reads wrongly
//! are recovered from the sentence's structure (its subject before the cue, the clause a
//! participle cue hangs on, coordinated subjects). Each rule keeps away from contents.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::attribution::{is_personal_pronoun, left_np, left_np_tagged, name_tag_before, relative_clause, token_marks, Attribution, RuleIndex, MAX_DEFINED_TOKENS};
use super::addressee::is_possessive_determiner;
use super::doc::Doc;
use super::inverted::{final_tagged_subject, is_speakers_noun};
use super::speakers::{is_role_noun, is_speaker_noun};
use crate::lexicon::{embedded_list, word_set};
use crate::text::dateline_end;

embedded_list! {
    /// Irregular simple-past verbs ("hit", "took", "won").
    fn past_tense_verbs() -> HashSet<&'static str> = word_set, "past-tense-verbs.txt";
}

/// Grammar the span model misses, for sources: a cue it leaves without source takes the
/// rules' source for the same cue ("Jean Dupont writes from Paris that ...", "..., the
/// minister concluded, ..."), unless that overlaps its content; a source inside a relative
/// clause right before the cue is that clause's, not the cue's: the cue's subject is the noun
/// phrase the clause modifies ("The council, which relies on the development of the region,
/// stressed that ..."), and a source the model ends inside such a clause runs to its end
/// ("President Maia Sandu, who had urged ..., said"); a cue the rules do not attribute takes
/// the subject right before it ([`subject_before`]), or else a name and its appositive
/// ([`appositive_subject`]). First the model's source loses an opening conjunction ("And he")
/// and is dropped if it is only a time ("said Sunday").
pub fn sources_from_rules(doc: &Doc, found: &mut [Attribution], rules: &RuleIndex) {
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    for a in found.iter_mut() {
        let Some(cue) = a.cue.clone() else { continue };
        if let Some(subject) = a.source.clone().filter(|s| s.end == cue.start && is_raising_passive(doc, &cue)) {
            let at = a.content.partition_point(|f| f.start < subject.start);
            a.content.insert(at, subject);
            a.source = None;
            continue;
        }
        let sent_start = doc.sentence.get(cue.start).map_or(0, |s| s.start);
        let relative = cue.start.checked_sub(1).and_then(|comma| relative_clause(doc, comma, sent_start));
        // "Officials in Texas, where the outbreak began, said two children had died": the span
        // model may read the subject and its clause as content; with content after the cue,
        // they are not.
        if let Some((subject, clause)) = relative.as_ref().filter(|_| !is_passive(doc, &cue) && a.content.iter().any(|c| c.start >= cue.end)) {
            let before = subject.start..clause.end;
            if a.content.iter().any(|c| overlaps(c, &before)) {
                a.content.retain(|c| !(c.start >= before.start && c.end <= before.end));
                if a.source.as_ref().is_none_or(|s| s.start >= before.start && s.end <= before.end) {
                    a.source = Some(subject.clone());
                }
            }
        }
        // A time is no speaker ("..., who chairs the panel, said Thursday"), nor is a wire
        // story's dateline ("KYIV, Nov 26 (Reuters) -").
        let dateline = dateline_end(doc.text, doc.tokens, sent_start);
        let model_source = trimmed(doc, a.source.clone())
            .map(|s| without_circumstance(doc, s, &cue))
            .map(|s| without_trailing_time(doc, s, &cue))
            .filter(|s| !is_time(doc, s) && dateline.is_none_or(|end| s.end > end));
        a.source = match (model_source, relative) {
            (Some(source), Some((subject, clause))) if source.start >= clause.start && source.end <= clause.end => Some(subject),
            // "President Maia Sandu, who had urged citizens to vote yes, said": the model stops
            // before a verb of saying inside the clause; a source never ends mid-clause.
            (Some(source), Some((_, clause)))
                if source.start < clause.start && source.end > clause.start && source.end < clause.end && !a.content_overlaps(&clause) =>
            {
                Some(source.start..clause.end)
            }
            (Some(source), _) => Some(with_name_before_appositive(doc, source, &cue, sent_start, &a.content)),
            (None, relative) => {
                // The rules may read a word of the model's cue as the subject of a cue of their
                // own ("raising [hopes]": "raising").
                // Nor is a time their subject ("..., today announced").
                let from_rule = rules.of(&cue).and_then(|r| r.source.clone()).filter(|s| is_plain_noun_phrase(doc, s) && !overlaps(s, &cue) && !is_time(doc, s));
                // "The plan, an inside source said, is ...": the model may read a word of the
                // subject before an active cue ("an") as a content fragment of its own; the
                // source takes it back when other content remains.
                if let Some(s) = from_rule.as_ref().filter(|s| s.end <= cue.start && !is_passive(doc, &cue)) {
                    let inside = |c: &Range<usize>| c.start >= s.start && c.end <= s.end;
                    if a.content.iter().any(|c| !inside(c)) {
                        a.content.retain(|c| !inside(c));
                    }
                }
                // The first reading that keeps out of the content: the rules' ("... accused the
                // chancellor of ..." read as inverted overlaps the content), the subject before a
                // relative clause, the subject right before the cue.
                let free = |s: &Range<usize>| !a.content_overlaps(s);
                let subject = || subject_before(doc, &cue, sent_start).filter(free);
                let found = from_rule.filter(free).or(relative.map(|(subject, _)| subject).filter(free)).or_else(subject);
                found
                    .or_else(|| final_tagged_subject(doc, a))
                    .or_else(|| appositive_subject(doc, a, &cue, sent_start))
                    .or_else(|| name_and_appositive_before(doc, a, &cue, sent_start))
            }
        };
        without_expletive_it(doc, a);
    }
}

/// "It is tempting to believe that ...", "it appeared that ...": the "it" before a copula
/// stands for the clause, not for anyone who says it: there is no source (PolNeAR annotates 40
/// of 51 such cues without one), and it is no part of the content either.
fn without_expletive_it(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.as_ref() else { return };
    let copula = matches!(doc.word(cue.start), "is" | "was" | "'s" | "’s" | "seems" | "seemed" | "appears" | "appeared" | "remains" | "remained");
    let expletive = |r: &Range<usize>| r.len() == 1 && doc.word(r.start) == "it" && r.end == cue.start && copula;
    if a.source.as_ref().is_some_and(expletive) {
        a.source = None;
    }
    // Nor is it a fragment of the content before a clause it stands for ("It is not clear
    // whether ...", "it was revealed that ..."); "It is expected to rise" is about something.
    let clause = a.content.iter().find(|c| c.start >= cue.end).is_some_and(|c| matches!(doc.word(c.start), "that" | "whether" | "if" | "like" | "how" | "why" | "what" | "who"));
    if a.content.len() > 1 && clause {
        a.content.retain(|c| !expletive(c));
    }
}

/// "Arturo Sarukhán, Mexico's ambassador to the United States, said Mexico must ...": the span
/// model may read a subject's appositive as a content fragment of its own. A fragment between
/// two commas right before the cue, after a name that opens the sentence, with more content
/// after the cue, is the appositive: the name and it are the source (taken out of `a`'s
/// content).
fn appositive_subject(doc: &Doc, a: &mut Attribution, cue: &Range<usize>, sent_start: usize) -> Option<Range<usize>> {
    let comma = cue.start.checked_sub(1).filter(|&c| doc.is_punct(c, ","))?;
    let k = a.content.iter().position(|f| f.end == comma || f.end == comma + 1)?;
    let opening = a.content[k].start.checked_sub(1).filter(|&c| doc.is_punct(c, ",") && c > sent_start)?;
    let name = sent_start..opening;
    let is_name = name.len() <= MAX_NAME_TOKENS && name.clone().all(|i| doc.is_capitalised(i) || doc.is_punct(i, "."));
    let more = a.content.iter().any(|f| f.start >= cue.end);
    if !(is_name && more) {
        return None;
    }
    a.content.remove(k);
    Some(sent_start..comma)
}

/// "Elon Musk, Tesla's chief executive, has long argued ...": a source that is the appositive
/// between commas right before the cue takes in the name that opens the sentence before it.
fn with_name_before_appositive(doc: &Doc, source: Range<usize>, cue: &Range<usize>, sent_start: usize, content: &[Range<usize>]) -> Range<usize> {
    let closing = source.end == cue.start.saturating_sub(1) && doc.is_punct(source.end, ",");
    let Some(opening) = source.start.checked_sub(1).filter(|&c| c > sent_start && doc.is_punct(c, ",") && closing) else { return source };
    let free = !content.iter().any(|c| c.start < opening && sent_start < c.end);
    if opens_with_name(doc, sent_start, opening) && describes(doc, &source) && free {
        sent_start..source.end
    } else {
        source
    }
}

/// Whether the tokens from the sentence start to the comma at `opening` are a name: a few
/// capitalised words, not an opening phrase, a time, a clause word or an adverb.
fn opens_with_name(doc: &Doc, sent_start: usize, opening: usize) -> bool {
    let name = sent_start..opening;
    !name.is_empty()
        && name.len() <= MAX_NAME_TOKENS
        && name.clone().all(|i| doc.is_capitalised(i) || doc.is_punct(i, "."))
        && !after_opening_phrase(doc, opening + 1, sent_start)
        && !name.clone().any(|i| is_time(doc, &(i..i + 1)) || is_clause_opener(doc.word(i)) || is_opening_adverb(doc.word(i)))
}

/// Whether `r` is an appositive that describes a name: a plain noun phrase (no comma) with an
/// article, a possessive or a lower-case word first ("Tesla's chief executive", "a professor"),
/// not a name of its own.
fn describes(doc: &Doc, r: &Range<usize>) -> bool {
    let possessive = r.clone().any(|i| matches!(doc.word(i), "'s" | "’s")) || doc.word(r.start).ends_with("'s") || doc.word(r.start).ends_with("’s");
    let plain = !r.clone().any(|i| doc.is_punct(i, ","));
    plain && (!doc.is_capitalised(r.start) || possessive)
}

/// "Gary Marcus, an AI researcher and frequent critic of the company, wrote on X that ...": when
/// neither the model nor the rules give a subject, a name that opens the sentence and the
/// appositive between commas right before the cue are the source (taken out of the content
/// when the model read them as a fragment of it).
fn name_and_appositive_before(doc: &Doc, a: &mut Attribution, cue: &Range<usize>, sent_start: usize) -> Option<Range<usize>> {
    // "..., a leading provider of robots, today announced": a time may stand before the cue.
    let mut before_cue = cue.start;
    while before_cue > sent_start + 1 && cue.start - before_cue < FINAL_TIME_WORDS && is_time(doc, &(before_cue - 1..before_cue)) {
        before_cue -= 1;
    }
    // After a dateline, the sentence proper starts past its dash.
    let sent_start = dateline_end(doc.text, doc.tokens, sent_start).filter(|&e| e < before_cue).unwrap_or(sent_start);
    let closing = before_cue.checked_sub(1).filter(|&c| c > sent_start && doc.is_punct(c, ","))?;
    // The name opens the sentence: its comma comes within a name and its tag.
    let opening = (sent_start + 1..closing.min(sent_start + MAX_NAME_TOKENS + MAX_DEFINED_TOKENS)).find(|&i| doc.is_punct(i, ","))?;
    let appositive = opening + 1..closing;
    let source = sent_start..closing;
    // Checked first, in constant time: a long sentence's commas are not scanned for each claim.
    if doc.words_in(source.clone()) > MAX_SOURCE_TOKENS || source.len() > 2 * MAX_SOURCE_TOKENS {
        return None;
    }
    // "an AI researcher", "the company's founder"; not "however", "like Turkey".
    let determined = matches!(doc.word(opening + 1), "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "one")
        || appositive.clone().any(|i| matches!(doc.word(i), "'s" | "’s"));
    let fits = determined && !appositive.is_empty() && !appositive.clone().any(|i| doc.is_cue(i) || doc.is_quote(i));
    // The name may end in a tag ("Acme Robotics Ltd (“Acme”)").
    let name_end = name_tag_before(doc, opening).map_or(opening, |t| t.start);
    if !(fits && opens_with_name(doc, sent_start, name_end) && describes(doc, &appositive)) {
        return None;
    }
    // The span model may read the whole subject as a content fragment of its own ("Microsoft,
    // OpenAI's largest investor, did not respond to ..."): it is the source when content
    // remains after the cue.
    let subject_fragment = |f: &Range<usize>| f.start == sent_start && (f.end == closing || f.end == closing + 1);
    if a.content.iter().any(subject_fragment) && a.content.iter().any(|f| f.start >= cue.end) {
        a.content.retain(|f| !subject_fragment(f));
    }
    (!a.content_overlaps(&source)).then_some(source)
}

/// The most words of time between a subject and its cue ("today", "on Monday morning").
const FINAL_TIME_WORDS: usize = 4;

/// The most tokens of a name that opens a sentence before its appositive.
const MAX_NAME_TOKENS: usize = 5;

/// A cue with no subject of its own shares the main clause's: a participle after a comma ("X did
/// Y, adding that ...") or a verb coordinated by "and" ("she claimed that ... and said ...",
/// "Dodon called the vote a fraud and urged ..."). Its source is that of an earlier cue of the
/// sentence ("..., Clark said, noting that ..."), or else a pronoun or a capitalised name that
/// opens the sentence ("Mook refused to speculate, adding that ..."). A passive cue after
/// "and" has no speaker to share ("... and is expected to ...").
pub fn shared_subject_sources(doc: &Doc, found: &mut [Attribution]) {
    // Claims in the text order of their cues (which do not overlap): the earlier cue of a
    // sentence is then the one just before.
    let mut order: Vec<usize> = (0..found.len()).filter(|&k| found[k].cue.is_some()).collect();
    order.sort_by_key(|&k| found[k].cue.as_ref().map_or(0, |c| c.start));
    let mut previous: Option<usize> = None;
    for &k in &order {
        let Some(cue) = found[k].cue.clone() else { continue };
        let participle = doc.word(cue.start).ends_with("ing") && cue.start.checked_sub(1).is_some_and(|c| doc.is_punct(c, ","));
        let coordinated = cue.start.checked_sub(1).is_some_and(|c| matches!(doc.word(c), "and" | "but")) && !is_passive(doc, &cue) && !is_raising_passive(doc, &cue);
        let misread = participle && found[k].source.as_ref().is_some_and(|s| is_misread_participle_source(doc, s, &cue));
        if let Some(sent) = doc.sentence.get(cue.start).cloned().filter(|_| (found[k].source.is_none() || misread) && (participle || coordinated)) {
            let earlier = previous
                .and_then(|p| found.get(p))
                .filter(|b| b.cue.as_ref().is_some_and(|c| c.end <= cue.start && c.start >= sent.start))
                .and_then(|b| b.source.clone())
                .filter(|s| s.start >= sent.start)
                // A lone lower-case word that is no pronoun is a misread source ("having").
                .filter(|s| s.len() > 1 || doc.is_capitalised(s.start) || is_personal_pronoun(doc.word(s.start)) || matches!(doc.word(s.start), "who" | "which"));
            let source = earlier.or_else(|| opening_subject(doc, sent.start, cue.start));
            let a = &mut found[k];
            a.source = source.filter(|s| !a.content_overlaps(s));
        }
        previous = Some(k);
    }
}

/// "A judge blocked the law, ruling ...", "Mr Trump expressed admiration for Mr Clinton, telling
/// ...": the span model may give a participle cue the main verb's object, or the whole main
/// clause, as its source: a source that ends at the comma before the cue and either follows a
/// lower-case word that is not a cue (a verb or a preposition: "left many Republicans
/// wondering" is the rare exception) or opens the sentence with a verb inside (its opening
/// subject is shorter).
fn is_misread_participle_source(doc: &Doc, source: &Range<usize>, cue: &Range<usize>) -> bool {
    let Some(sent) = doc.sentence.get(cue.start) else { return false };
    if source.end + 1 != cue.start || source.start < sent.start {
        return false;
    }
    if source.start == sent.start {
        // The verb after the shorter subject must look like one ("Republican presidential
        // candidate X took to Twitter" must not read "Republican" as the subject).
        return opening_subject(doc, sent.start, cue.start).is_some_and(|s| s.start == source.start && s.end < source.end && reads_as_verb(doc, s.end));
    }
    let before = source.start - 1;
    doc.tokens.get(before).is_some_and(|t| t.is_word()) && !doc.is_capitalised(before) && !doc.is_cue(before) && !is_clause_opener(doc.word(before)) && !is_personal_pronoun(doc.word(source.start))
}

/// Two claims whose sources start at the same word share one subject ("A Google spokeswoman
/// said ... and declined to comment"): a source cut short of the other's end takes it, when
/// that still ends before its cue, lies in none of its contents and reads as a noun phrase.
pub fn whole_shared_subjects(doc: &Doc, found: &mut [Attribution]) {
    let mut longest: HashMap<usize, usize> = HashMap::new();
    for s in found.iter().filter_map(|a| a.source.as_ref()) {
        let end = longest.entry(s.start).or_insert(s.end);
        *end = (*end).max(s.end);
    }
    for a in found.iter_mut() {
        let (Some(source), Some(cue)) = (a.source.clone(), a.cue.clone()) else { continue };
        let Some(&end) = longest.get(&source.start) else { continue };
        let whole = source.start..end;
        let free = !a.content_overlaps(&whole);
        // The words added read as the rest of a noun phrase, not an aside or a clause ("Mr.
        // Birdthistle, who worked", "His campaign sued the DNC in federal court").
        let rest = (source.end..end).all(|i| !doc.is_punct(i, ",") && !doc.word(i).ends_with("ed") && !doc.is_helper(i));
        if end > source.end && end <= cue.start && free && rest && is_plain_noun_phrase(doc, &whole) {
            a.source = Some(whole);
        }
    }
}

/// "The Clinton campaign responded, saying ...": a source that ends in a name right before a
/// lower-case noun for someone who takes a stand ("campaign", "spokesman") was cut short of its
/// head: it takes the noun in, when that lies before the cue and in no content.
pub fn with_head_nouns(doc: &Doc, found: &mut [Attribution]) {
    for a in found.iter_mut() {
        let (Some(source), Some(cue)) = (a.source.clone(), a.cue.clone()) else { continue };
        let head = source.end;
        let noun = doc.tokens.get(head).is_some_and(|t| t.is_word()) && !doc.is_capitalised(head) && (is_speaker_noun(doc.word(head)) || is_speakers_noun(doc.word(head)));
        if noun && head.checked_sub(1).is_some_and(|p| doc.is_capitalised(p)) && head < cue.start && !a.content_overlaps(&(head..head + 1)) {
            a.source = Some(source.start..head + 1);
        }
    }
}

/// "..., but a spokesperson for the Treasury said": a source that opens after "for", "of" or
/// "at" following a noun for someone who speaks ("spokesperson", "lawyer", "officials") is that
/// speaker's organisation: it takes in the noun phrase of the speaker, from its determiner, when
/// that lies in no content.
pub fn with_speaker_before_organisation(doc: &Doc, found: &mut [Attribution]) {
    for a in found.iter_mut() {
        let Some(source) = a.source.clone() else { continue };
        let Some(prep) = source.start.checked_sub(1).filter(|&p| matches!(doc.word(p), "for" | "of" | "at")) else { continue };
        let Some(noun) = prep.checked_sub(1).filter(|&n| !doc.is_capitalised(n) && (is_speaker_noun(doc.word(n)) || is_speakers_noun(doc.word(n)))) else { continue };
        // Back over a modifier or two to the determiner ("a senior Treasury spokesperson").
        let mut start = noun;
        while start > 0 && noun - start < MAX_SPEAKER_MODIFIERS && doc.tokens.get(start - 1).is_some_and(|t| t.is_word()) && !matches!(doc.word(start - 1), "a" | "an" | "the" | "one") && !doc.is_cue(start - 1) && !is_clause_opener(doc.word(start - 1)) {
            start -= 1;
        }
        let determiner = start.checked_sub(1).filter(|&d| matches!(doc.word(d), "a" | "an" | "the" | "one"));
        let from = match determiner {
            Some(d) => d,
            // Plural speakers need none ("officials at the ministry said").
            None if start == noun && is_speakers_noun(doc.word(noun)) => noun,
            None => continue,
        };
        let whole = from..source.end;
        if !a.content_overlaps(&whole) {
            a.source = Some(whole);
        }
    }
}

/// The most words between a speaker's determiner and its noun ("a senior Treasury [spokesperson]").
const MAX_SPEAKER_MODIFIERS: usize = 2;

/// "Both the agency and the minister believe ...": a source right after "and" takes in the
/// noun phrase before it when that opens the clause (at the sentence start, after a comma or a
/// clause word) and lies in no content ("He said the plan failed and the minister agreed":
/// "the plan failed" is content, not a speaker).
pub fn coordinated_sources(doc: &Doc, found: &mut [Attribution]) {
    let in_content = token_marks(doc.len(), found.iter().flat_map(|a| a.content.iter()));
    for a in found.iter_mut() {
        let Some(source) = a.source.clone() else { continue };
        let Some(and) = source.start.checked_sub(1).filter(|&i| doc.word(i) == "and") else { continue };
        let sent_start = doc.sentence.get(and).map_or(0, |s| s.start);
        let Some(np) = left_np(doc, and, sent_start) else { continue };
        let opens = np.start == sent_start || doc.is_punct(np.start - 1, ",") || is_clause_opener(doc.word(np.start - 1));
        let capital = doc.is_capitalised(np.start);
        let determiner = matches!(doc.word(np.start), "both" | "the" | "a" | "an" | "his" | "her" | "its" | "their");
        let np_in_content = in_content.get(np.clone()).is_some_and(|r| r.iter().any(|&c| c));
        if opens && (capital || determiner) && !np_in_content && is_plain_noun_phrase(doc, &np) && np.len() + source.len() < MAX_SOURCE_TOKENS {
            a.source = Some(np.start..source.end);
        }
    }
}

/// The most tokens a source of coordinated noun phrases may have.
const MAX_SOURCE_TOKENS: usize = 16;

/// A pronoun, a possessive and its noun, or a run of capitalised words (with a role noun
/// inside: "Democratic candidate Hillary Clinton") that opens a sentence and is followed by a
/// lower-case word (its verb, as far as one can tell without tags), perhaps after an aside or
/// a time: "He ...", "His ex-wife agreed ...", "Anna Berg refused ...", "Hillary Clinton, like
/// Obama, has ...", "OpenAI on Monday released ...". A wire story's dateline before it is
/// skipped.
fn opening_subject(doc: &Doc, sent_start: usize, limit: usize) -> Option<Range<usize>> {
    // "SAN FRANCISCO — OpenAI released ...": a wire story's dateline is no subject; nor is an
    // adverb opening the sentence ("Then he cut into Bush, calling him ..."). A loop, not a
    // recursion: a sentence of ten thousand "then" must not exhaust the stack.
    let mut start = sent_start;
    loop {
        if let Some(end) = dateline_end(doc.text, doc.tokens, start).filter(|&e| e > start && e < limit) {
            start = end;
        } else if is_opening_adverb(doc.word(start)) && start + 1 < limit {
            start += 1;
        } else {
            break;
        }
    }
    let word = |i: usize| doc.tokens.get(i).is_some_and(|t| t.is_word());
    let capital = |i: usize| doc.is_capitalised(i);
    let verb_like = |i: usize| {
        i < limit
            && word(i)
            && !capital(i)
            && !is_personal_pronoun(doc.word(i))
            && !matches!(doc.word(i), "of" | "and" | "or" | "the" | "a" | "an" | "in" | "at" | "on" | "for" | "to" | "from" | "with" | "by" | "it")
    };
    if is_personal_pronoun(doc.word(start)) && doc.word(start) != "it" {
        return Some(start..start + 1);
    }
    // "His ex-wife agreed", "His aides say": the word after the noun reads as a verb only with
    // a verb's ending or as a cue ("Its post-primary salvo began": "salvo" is the noun).
    if is_possessive_determiner(doc.word(start)) {
        let noun = start + 1;
        let verb = noun + 1;
        return (word(noun) && !capital(noun) && verb_like(verb) && reads_as_verb(doc, verb)).then_some(start..noun + 1);
    }
    if matches!(doc.word(start), "the" | "a" | "an") {
        return article_subject(doc, start, limit);
    }
    let mut end = start;
    while end < limit && end - start < MAX_OPENING_NAME_TOKENS && (capital(end) || (end > start && doc.is_punct(end, ".")) || (end > start && is_role_noun(doc.word(end)) && capital(end + 1))) {
        end += 1;
    }
    let opener = matches!(
        doc.word(start),
        "the" | "a" | "an" | "in" | "on" | "at" | "after" | "when" | "as" | "but" | "and" | "if" | "while" | "for" | "with" | "this" | "that" | "it"
            | "those" | "these" | "some" | "many" | "most" | "all" | "both" | "several" | "other" | "such"
    );
    // "Hillary Clinton, like Obama, has said ...": an aside between commas before the verb.
    let aside_end = (end + 1..(end + 1 + MAX_ASIDE_TOKENS).min(limit)).find(|&i| doc.is_punct(i, ",")).filter(|&c| {
        doc.is_punct(end, ",") && (end + 1..c).all(|i| word(i)) && verb_like(c + 1)
    });
    // "OpenAI on Monday released ...": a time between the subject and its verb.
    let mut verb = end;
    while verb < limit && verb - end < 3 && is_time(doc, &(verb..verb + 1)) {
        verb += 1;
    }
    let timed = verb > end && !matches!(doc.word(verb - 1), "on" | "this" | "last");
    // "Rallying hundreds of workers, ...", "Asked on Monday whether ...": a participle opens
    // the sentence, unless a verb follows it as it follows a name ("Mohammed said").
    let participle = end == start + 1 && (doc.word(start).ends_with("ing") || doc.word(start).ends_with("ed")) && !(doc.is_helper(end) || doc.is_cue(end));
    (end > start && (verb_like(end) || (timed && verb_like(verb)) || aside_end.is_some()) && !opener && !participle).then_some(start..end)
}

/// "The minister resigned on Friday, saying ...", "A federal judge in Texas on Friday blocked the
/// law, ruling ...": an article and the words up to the clause's verb, which is the first
/// lower-case word after the article's next that ends in "-ed" or is a helper or a cue ("The
/// embattled minister resigned": the word right after the article may be an adjective). "The
/// campaign hit back" is not read: "hit" could as well be a noun, as "general" is in "The
/// attorney general". A time before the verb stays out; a comma or a quotation mark on the way
/// means no subject is read; nor does a head that names no one who can take a stand.
fn article_subject(doc: &Doc, start: usize, limit: usize) -> Option<Range<usize>> {
    let verb = (start + 2..limit.min(start + 2 + MAX_ARTICLE_SUBJECT_TOKENS))
        .take_while(|&i| doc.tokens.get(i).is_some_and(|t| t.is_word() || matches!(doc.word(i), "'s" | "’s" | "-" | ".")))
        .find(|&i| reads_as_verb(doc, i))?;
    let mut end = verb;
    while end > start + 2 && is_time(doc, &(end - 1..end)) {
        end -= 1;
    }
    let np = start..end;
    // Someone who can take a stand: "The fracas", "The atmosphere" are no speakers.
    (can_take_a_stand(doc, end - 1) && is_plain_noun_phrase(doc, &np)).then_some(np)
}

/// Whether the head word at `head` names someone who can take a stand: a name, or a noun for a
/// person, a role, an organisation or a group of speakers ("officials").
pub fn can_take_a_stand(doc: &Doc, head: usize) -> bool {
    doc.is_capitalised(head) || is_speaker_noun(doc.word(head)) || is_speakers_noun(doc.word(head))
}

/// Whether token `i` reads as a finite verb without a part-of-speech tagger: a lower-case word
/// in "-ed" or on the list of irregular past forms ("hit", "took"), a helper or a cue.
fn reads_as_verb(doc: &Doc, i: usize) -> bool {
    !doc.is_capitalised(i) && (doc.word(i).ends_with("ed") || past_tense_verbs().contains(doc.word(i)) || doc.is_helper(i) || doc.is_cue(i))
}

/// The most words between an article opening a shared subject and its verb.
const MAX_ARTICLE_SUBJECT_TOKENS: usize = 7;

/// The most tokens of an aside between a subject and its verb.
const MAX_ASIDE_TOKENS: usize = 6;

/// The most tokens of a name that opens a sentence as a shared subject.
const MAX_OPENING_NAME_TOKENS: usize = 6;

/// The subject right before a cue the rules do not know ("Some analysts portrayed ...",
/// "where polls show ...", "what the senator called ...", "Donald Trump on Friday endorsed
/// ..."): the noun phrase that ends there or before a time, when it reads as a subject without
/// a part-of-speech tagger to say so: a pronoun ("who" too), or a plain noun phrase that opens
/// its clause (at the sentence start, after a clause word or a sentence's opening phrase) with
/// a determiner or a capital, a party tag after a name included ("Rick Scott (R)"). A phrase scanned back from a cue in the middle of a clause often
/// takes in a verb or its object ("published Wednesday", "included Trump").
pub fn subject_before(doc: &Doc, cue: &Range<usize>, sent_start: usize) -> Option<Range<usize>> {
    // "Donald Trump on Friday endorsed ...": the time between subject and verb is neither.
    let mut end = cue.start;
    while end > sent_start + 1 && is_time(doc, &(end - 1..end)) {
        end -= 1;
    }
    let end = if (end..cue.start).any(|i| doc.word(i).ends_with("day") || matches!(doc.word(i), "yesterday" | "week" | "month" | "year")) { end } else { cue.start };
    // "Florida Gov. Rick Scott (R) blasted ...": a name keeps its tag.
    let np = left_np_tagged(doc, end, sent_start).filter(|_| !is_passive(doc, cue))?;
    // "Sources close to the negotiations suggested ...": the people, with what they are close to.
    let np = match np.start.checked_sub(2).filter(|&k| is_closeness(doc.word(k), doc.word(k + 1))) {
        Some(k) => left_np(doc, k, sent_start).map_or(np.clone(), |head| head.start..np.end),
        None => np,
    };
    // A pronoun, or a relative one ("three in 10 who said ...": PolNeAR's source is "who").
    if np.len() == 1 && (is_personal_pronoun(doc.word(np.start)) || matches!(doc.word(np.start), "who" | "which")) {
        return Some(np);
    }
    // "Senior campaign advisers who have run the numbers argue ...": the relative clause and
    // the noun phrase it restricts are the subject.
    if doc.word(np.start) == "who" && np.len() > 1 && np.start > sent_start {
        let head = subject_before(doc, &(np.start..np.start + 1), sent_start)?;
        return (np.end - head.start <= MAX_SOURCE_TOKENS).then_some(head.start..np.end);
    }
    let after_dateline = dateline_end(doc.text, doc.tokens, sent_start) == Some(np.start);
    let opens_clause = np.start == sent_start || after_dateline || is_clause_opener(doc.word(np.start - 1)) || after_opening_phrase(doc, np.start, sent_start);
    let first = doc.tokens.get(np.start)?;
    let capital = doc.is_capitalised(np.start);
    let determiner = matches!(doc.word(np.start), "the" | "a" | "an" | "some" | "many" | "several" | "most" | "other" | "his" | "her" | "its" | "their" | "our");
    // An opening participle is no subject ("Citing the polls, ..."), nor a phrase ending in a
    // determiner ("Given the"), nor one ending in a day ("published Wednesday").
    let participle = first.is_word() && doc.word(np.start).ends_with("ing");
    let bad_end = doc.word(np.end - 1).ends_with("day") || matches!(doc.word(np.end - 1), "the" | "a" | "an" | "ago");
    let contraction = np.clone().any(|i| matches!(doc.word(i), "'s" | "’s") && i + 1 == np.end);
    // Nor is a time ("Last [week] proved ...").
    (opens_clause && (capital || determiner) && !participle && !bad_end && !contraction && !is_time(doc, &np) && is_plain_noun_phrase(doc, &np)).then_some(np)
}

/// A passive cue ("is remembered", "was announced"): its subject is what is reported on, not
/// who reports.
fn is_passive(doc: &Doc, cue: &Range<usize>) -> bool {
    cue.clone().any(|i| matches!(doc.word(i), "is" | "are" | "was" | "were" | "be" | "been" | "being")) && doc.word(cue.end - 1).ends_with("ed")
}

/// "The Fed is widely expected to hold rates", "He is said to have fled": the subject of a
/// passive verb of saying or thinking followed by "to" is what is expected or said, part of the
/// content; whoever expects it goes unnamed (PolNeAR annotates 63 of 65 such cues in its
/// training split without a source).
fn is_raising_passive(doc: &Doc, cue: &Range<usize>) -> bool {
    let last = if doc.word(cue.end.saturating_sub(1)) == "to" { cue.end.saturating_sub(2) } else { cue.end.saturating_sub(1) };
    let to_follows = doc.word(last + 1) == "to";
    let participle = matches!(
        doc.word(last),
        "expected" | "believed" | "thought" | "said" | "reported" | "rumored" | "rumoured" | "understood" | "considered" | "known" | "alleged" | "estimated" | "predicted" | "projected" | "feared" | "reputed" | "presumed"
    );
    let be = (cue.start..last).any(|i| matches!(doc.word(i), "is" | "are" | "was" | "were" | "be" | "been" | "being"));
    to_follows && participle && be
}

/// A source without the word that opens its clause ("And he said" → "he", "If Democrats
/// believe" → "Democrats", "who U.S. officials say" → "U.S. officials", "Later Mrs. Schlafly
/// said" → "Mrs. Schlafly") and without a relative pronoun left at its end ("X, who").
fn trimmed(doc: &Doc, source: Option<Range<usize>>) -> Option<Range<usize>> {
    let mut s = source?;
    // "WHO Director-General Tedros": the organisation, not the pronoun.
    let acronym = |i: usize| doc.tokens.get(i).is_some_and(|t| t.text(doc.text).chars().all(|c| c.is_ascii_uppercase()));
    while s.len() > 1
        && !(acronym(s.start) && doc.word(s.start) == "who")
        && matches!(
            doc.word(s.start),
            "and" | "but" | "so" | "or" | "yet" | "if" | "when" | "while" | "because" | "although" | "though" | "since" | "perhaps"
                | "meanwhile" | "who" | "whom" | "which" | "now" | "later" | "earlier"
        )
    {
        s.start += 1;
    }
    // "Professor Tom Hale of King's College London, who": a relative pronoun left dangling.
    while s.len() > 1 && (matches!(doc.word(s.end - 1), "who" | "which" | "whose") || doc.is_punct(s.end - 1, ",")) {
        s.end -= 1;
    }
    Some(s)
}

/// A speaker named after the cue ends with the name: what follows it from a word of time is
/// when it was said ("said Mayor Ines Marchetti after the vote, which passed by 23 votes"). Only
/// a bare name is cut, one of capitalised words up to that word; an appositive or a relative
/// clause about the speaker stays ("Norm Coleman, the former senator who ... after ...").
fn without_circumstance(doc: &Doc, source: Range<usize>, cue: &Range<usize>) -> Range<usize> {
    if source.start < cue.end {
        return source;
    }
    let name_end = (source.start..source.end).find(|&i| !(doc.is_capitalised(i) || doc.is_punct(i, "."))).unwrap_or(source.end);
    let time = matches!(doc.word(name_end), "after" | "before" | "during" | "following" | "when" | "while");
    if name_end > source.start && name_end < source.end && time {
        source.start..name_end
    } else {
        source
    }
}

/// "Acme Robotics Ltd today [announced]": "today" or "yesterday" between a name and its verb is
/// not part of the name, nor is "last week" or "on Monday" after any source. Only in lower case right after a capitalised word ("USA Today" is a
/// name; "a poll released Thursday" keeps its day, as PolNeAR does).
fn without_trailing_time(doc: &Doc, s: Range<usize>, cue: &Range<usize>) -> Range<usize> {
    let last = s.end.saturating_sub(1);
    let day = doc.tokens.get(last).is_some_and(|t| matches!(t.text(doc.text), "today" | "yesterday"));
    // "The agency last week [said]", "The court on Monday [agreed]": a time phrase of two
    // words; not one that dates a participle ("a poll released last week", "out this week").
    let phrase = s.len() > 2 && matches!(doc.word(last - 1), "last" | "this" | "on" | "earlier") && is_time(doc, &(last - 1..s.end)) && {
        let before = doc.word(last - 2);
        !(before.ends_with("ed") || matches!(before, "out" | "taken" | "done" | "held" | "run" | "made"))
    };
    if s.end != cue.start {
        s
    } else if s.len() > 1 && day && doc.is_capitalised(last - 1) {
        s.start..last
    } else if phrase {
        s.start..last - 1
    } else {
        s
    }
}

/// Whether every word of the range names a time: a weekday, "today", or a word such as
/// "morning", "week" with "last", "this", "on" ("Day" alone is a surname).
pub fn is_time(doc: &Doc, r: &Range<usize>) -> bool {
    r.clone().all(|i| {
        matches!(
            doc.word(i),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" | "today" | "yesterday" | "tonight"
                | "morning" | "afternoon" | "evening" | "night" | "week" | "month" | "year" | "last" | "this" | "on" | "earlier" | "later"
        )
    })
}

/// Whether token `start` follows the comma that closes a phrase of place, time or manner
/// opening the sentence ("In a statement, Florida Gov. Rick Scott blasted ...", "On Tuesday,
/// the union accused ...").
fn after_opening_phrase(doc: &Doc, start: usize, sent_start: usize) -> bool {
    let comma = start.checked_sub(1).filter(|&c| c > sent_start && doc.is_punct(c, ","));
    let opener = matches!(doc.word(sent_start), "in" | "on" | "at" | "during" | "after" | "before" | "earlier" | "later" | "meanwhile" | "however" | "separately" | "last" | "this");
    comma.is_some_and(|c| opener && c - sent_start <= MAX_OPENING_TOKENS && !(sent_start..c).any(|i| doc.is_punct(i, ",") || doc.is_quote(i)))
}

/// The most tokens of a phrase opening a sentence before its subject.
const MAX_OPENING_TOKENS: usize = 8;

/// Adverbs that open a sentence before its subject ("Then he ...", "Still, Anna Berg ...").
fn is_opening_adverb(w: &str) -> bool {
    matches!(w, "then" | "now" | "later" | "still" | "also" | "instead" | "meanwhile" | "however" | "yet" | "similarly")
}

/// Words after which a clause, and so its subject, begins.
fn is_clause_opener(w: &str) -> bool {
    matches!(w, "that" | "and" | "but" | "while" | "because" | "when" | "where" | "as" | "if" | "although" | "though" | "since" | "so" | "what" | "whether" | "after" | "before" | "until" | "once")
}

/// Whether a rule's source reads as a noun phrase alone: short, without a verb helper or a
/// preposition that would make it a clause or carry a phrase after the noun ("by X after the
/// shooting", "Readers may not let editorials").
fn is_plain_noun_phrase(doc: &Doc, source: &Range<usize>) -> bool {
    // A speaker's organisation after "at"/"for"/"in" ("Economists at the central bank", "a
    // spokesman for Norvex"), not a phrase that opens with the preposition; what speakers are
    // close to ("Sources close to the talks", "people familiar with the matter").
    let role_preposition = |i: usize| {
        // Not "in a televised interview": a circumstance; but "officials in the region".
        let speakers_in = doc.word(i) == "in" && i > 0 && is_speakers_noun(doc.word(i - 1));
        let organisation = doc.is_capitalised(i + 1) || (doc.word(i) != "in" || speakers_in) && matches!(doc.word(i + 1), "the" | "a" | "an");
        let close = i > source.start && is_closeness(doc.word(i - 1), doc.word(i));
        close || i > source.start && matches!(doc.word(i), "at" | "for" | "in") && organisation
    };
    source.len() <= PLAIN_SOURCE_TOKENS
        && source.clone().all(|i| {
            let w = doc.word(i);
            role_preposition(i)
                || !doc.is_helper(i)
                    && !matches!(w, "by" | "from" | "to" | "after" | "before" | "in" | "with" | "for" | "about" | "upon" | "on" | "at" | "which" | "that" | "who" | "this" | "these" | "just" | "let" | "may" | "might")
        })
}

/// What unnamed speakers are close to: "close to", "familiar with", "briefed on".
fn is_closeness(word: &str, preposition: &str) -> bool {
    matches!((word, preposition), ("close", "to") | ("familiar", "with") | ("briefed", "on"))
}

/// The most tokens a source taken from the rules may have.
const PLAIN_SOURCE_TOKENS: usize = 8;
