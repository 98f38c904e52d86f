//! Grouping of mentions that name the same entity. Precision over recall: each rule merges
//! only when exactly one group fits.
//!
//! 1. Same comparison key (folded case and diacritics, no possessive, no leading "the") and
//!    compatible types: "Liege airport" / "Liège Airport" / "Liege Airport's"; numbers too.
//! 2. A person's surname or first name alone joins the one full name that has it:
//!    "Cogolati" → "Samuel Cogolati"; with "John Smith" and "Jane Smith", "Smith" joins neither.
//! 3. An abbreviation joins the one name whose capitalised words give its initials:
//!    "NSA" → "National Security Agency" ("of", "the", "and" skipped).
//! 3b. A one-word organisation's name joins the one organisation it shortens: "Labour" →
//!     "Labour Party", "Fed" → "Federal Reserve" (see [`short_forms`]), or whose name it ends:
//!     "United" → "Manchester United" (see [`last_word_forms`]).
//! 4. A one-word person's name that matched nothing joins the one earlier person whose
//!    surname it spells alike ("Cogratti" → "Cogolati", "Kruk" → "Crucke"); see
//!    [`super::spelling::spelling_variant`]. Only the closest candidate, and none on a tie.
//!    Not for other types: "Barnsley" and "Burnley" are two clubs, "Iraq" and "Iraqiya" a
//!    country and a party.
//!
//! Mentions are indexed by key in hash maps; spelling checks compare a mention with at most
//! [`SPELLING_CANDIDATES`] groups, so the whole is linear in the number of mentions.

use std::collections::{HashMap, HashSet};

use super::gazetteer::{Class, Gazetteer};
use super::fold::mention_key;
use super::honorifics::is_honorific;
use super::roles::role_words_at_start;
use super::spelling::spelling_variant;
use super::{Entity, Group, Label};
use crate::text::{is_title, TextLayer};

/// How many earlier groups of its type a mention is compared with for spelling variants.
const SPELLING_CANDIDATES: usize = 64;

/// Words longer than this are not compared by spelling (the distance is quadratic in length).
const SPELLING_MAX_LEN: usize = 30;

/// Types whose mentions may name one entity: places are GPE, LOC or FAC depending on the
/// tagger's reading, the other types stand alone.
fn family(label: Label) -> Label {
    match label {
        Label::Gpe | Label::Loc | Label::Fac => Label::Gpe,
        other => other,
    }
}

/// Union-find over mention clusters.
struct Clusters {
    parent: Vec<usize>,
}

impl Clusters {
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Merges the cluster of `b` into the one of `a` (the earlier keeps its root).
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (keep, drop) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[drop] = keep;
        }
    }
}

/// One mention's comparison data.
struct Mention {
    family: Label,
    /// Folded words of the mention, titles ("Mr.") dropped for people.
    words: Vec<String>,
}

impl Mention {
    fn key(&self) -> String {
        self.words.join(" ")
    }
}

fn mention(text: &str, e: &Entity) -> Mention {
    let key = mention_key(e.span.text(text));
    let mut words: Vec<String> = key.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
    if e.label == Label::Person {
        // "Mr. Howard", "Prime Minister John Howard", "Chairman Paul Volcker": the name only.
        loop {
            let role = role_words_at_start(&words);
            let title = usize::from(words.first().is_some_and(|w| is_title(w.trim_end_matches('.')) || is_honorific(w.trim_end_matches('.'))));
            let drop = role.max(title);
            if drop == 0 || drop >= words.len() {
                break;
            }
            words.drain(..drop);
        }
    }
    Mention { family: family(e.label), words }
}

/// The initials, in lower case, of a multi-word name's capitalised words ("National Security
/// Agency" → "nsa"; "of", "the", "and" skipped).
pub fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let mut out = String::new();
    for word in words {
        if matches!(word.to_lowercase().as_str(), "of" | "the" | "and" | "for" | "&" | "de" | "du" | "des" | "la" | "le") {
            continue;
        }
        let first = word.chars().next()?;
        // "U.S. Senate" is not "US": only plain capitalised words give initials.
        if !first.is_uppercase() || word.contains('.') {
            return None;
        }
        out.extend(first.to_lowercase());
    }
    (out.chars().count() >= 2).then_some(out)
}

/// An abbreviation as written: 2 to 6 capitals, periods allowed ("NSA", "U.S."), folded.
fn abbreviation(text: &str, e: &Entity) -> Option<String> {
    let s = e.span.text(text);
    let letters: String = s.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    ((2..=6).contains(&n) && letters.chars().all(|c| c.is_uppercase())).then(|| letters.to_lowercase())
}

/// Assigns every entity a group and returns the groups, in order of first mention.
/// `entities` are in text order; each group's mentions are in text order.
pub fn group_mentions(text: &str, _layer: &TextLayer, entities: &mut [Entity]) -> Vec<Group> {
    let mentions: Vec<Mention> = entities.iter().map(|e| mention(text, e)).collect();
    let mut clusters = Clusters { parent: (0..entities.len()).collect() };

    // 1. Same key, same family.
    let mut by_key: HashMap<(Label, String), usize> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.words.is_empty() {
            continue;
        }
        match by_key.entry((m.family, m.key())) {
            std::collections::hash_map::Entry::Occupied(o) => clusters.union(*o.get(), i),
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(i);
            }
        }
    }

    // 2. A person's surname or first name alone → the one full name with it.
    let mut surnames: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut first_names: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.family == Label::Person && m.words.len() >= 2 && by_key.get(&(m.family, m.key())) == Some(&i) {
            let last = m.words.iter().rev().find(|w| !matches!(w.as_str(), "jr" | "jr." | "sr" | "sr." | "ii" | "iii"));
            if let Some(last) = last {
                surnames.entry(last).or_default().push(i);
            }
            first_names.entry(&m.words[0]).or_default().push(i);
        }
    }
    let mut matched = vec![false; mentions.len()];
    for (i, m) in mentions.iter().enumerate() {
        if m.family != Label::Person || m.words.len() != 1 {
            continue;
        }
        let word = m.words[0].as_str();
        // Distinct full names (two spellings of one name were merged in step 1).
        let owners = |index: &HashMap<&str, Vec<usize>>, clusters: &mut Clusters| -> Vec<usize> {
            let mut roots: Vec<usize> = index.get(word).map_or(Vec::new(), |v| v.iter().map(|&k| clusters.find(k)).collect());
            roots.sort_unstable();
            roots.dedup();
            roots
        };
        let by_surname = owners(&surnames, &mut clusters);
        let target = match by_surname.len() {
            1 => Some(by_surname[0]),
            0 => Some(owners(&first_names, &mut clusters)).filter(|r| r.len() == 1).map(|r| r[0]),
            _ => None,
        };
        if let Some(t) = target {
            clusters.union(t, i);
            matched[i] = true;
        }
        // Two full names share this surname: the text does not say which one is meant.
        if by_surname.len() > 1 {
            matched[i] = true;
        }
    }

    // 3. Abbreviations → the one name of the same family with those initials.
    // Each name once per list (a set of the names listed, not a scan of the list: many
    // names can share initials).
    let mut by_initials: HashMap<(Label, String), Vec<usize>> = HashMap::new();
    let mut listed: HashSet<(Label, String, String)> = HashSet::new();
    for (i, e) in entities.iter().enumerate() {
        if let Some(ini) = initials(e.span.text(text)) {
            if listed.insert((mentions[i].family, ini.clone(), mentions[i].key())) {
                by_initials.entry((mentions[i].family, ini)).or_default().push(i);
            }
        }
    }
    for (i, e) in entities.iter().enumerate() {
        if let Some(abbr) = abbreviation(text, e) {
            if let Some([full]) = by_initials.get(&(mentions[i].family, abbr)).map(Vec::as_slice) {
                clusters.union(*full, i);
                matched[i] = true;
            }
        }
    }

    // 3b. A one-word organisation's name → the one longer organisation name it shortens.
    short_forms(&mentions, &mut clusters, &mut matched);
    last_word_forms(&mentions, &mut clusters, &mut matched);
    organisations_named_for_people(text, entities, &mentions, &mut clusters, &mut matched);

    // 4. Spelling variants of a one-word name → the closest earlier group of its type.
    let mut recent: HashMap<Label, Vec<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let single = m.words.len() == 1 && m.family == Label::Person && !matched[i];
        let alone = single && by_key.get(&(m.family, m.key())) == Some(&i) && clusters.find(i) == i;
        if alone && m.words[0].chars().count() <= SPELLING_MAX_LEN {
            let word = m.words[0].as_str();
            let mut best: Option<(usize, usize)> = None;
            let mut tie = false;
            for &g in recent.get(&m.family).map_or(&[][..], |v| &v[v.len().saturating_sub(SPELLING_CANDIDATES)..]) {
                let name = mentions[g].words.last().map_or("", String::as_str);
                let Some(d) = (name.chars().count() <= SPELLING_MAX_LEN).then(|| spelling_variant(word, name)).flatten() else { continue };
                let root = clusters.find(g);
                match best {
                    Some((bd, broot)) if d == bd && broot != root => tie = true,
                    Some((bd, _)) if d >= bd => {}
                    _ => {
                        best = Some((d, root));
                        tie = false;
                    }
                }
            }
            if let (Some((_, root)), false) = (best, tie) {
                clusters.union(root, i);
            }
        }
        // Candidates: the first mention of each key (its longest words), in text order.
        if by_key.get(&(m.family, m.key())) == Some(&i) && m.family == Label::Person {
            recent.entry(m.family).or_default().push(i);
        }
    }

    build(text, entities, &mut clusters)
}

/// "Labour" → "Labour Party", "Fed" → "Federal Reserve", "Met" → "Metropolitan Police": a
/// one-word ORG mention joins the one organisation whose name's first word it is or begins
/// (three letters at least), when that name has two words or the rest are words that end
/// organisation names ("Party", "Ministry"). "Inter" stays apart from "International Monetary
/// Fund".
fn short_forms(mentions: &[Mention], clusters: &mut Clusters, matched: &mut [bool]) {
    let gaz = Gazetteer::get();
    let org = |m: &Mention| m.family == Label::Org;
    // The long names' first words, sorted, one entry per first word and group: the names a
    // short form begins are a contiguous run, found by binary search (a scan of every long
    // mention for every short one was quadratic in an article that repeats both).
    let mut by_root: Vec<(&str, usize, usize)> = (0..mentions.len())
        .filter(|&k| org(&mentions[k]) && mentions[k].words.len() >= 2)
        .filter(|&k| mentions[k].words.len() == 2 || mentions[k].words[1..].iter().all(|w| gaz.classes_of(w) & Class::OrgWord.bit() != 0))
        .map(|k| (mentions[k].words[0].as_str(), clusters.find(k), k))
        .collect();
    if by_root.is_empty() {
        return;
    }
    by_root.sort_unstable();
    by_root.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    // The one long mention a short form joins, by the short form's text (None: none or two).
    let mut joins: HashMap<&str, Option<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let [word] = m.words.as_slice() else { continue };
        if !org(m) || matched[i] || word.chars().count() < SHORT_FORM_MIN_LETTERS {
            continue;
        }
        let target = *joins.entry(word.as_str()).or_insert_with(|| {
            let from = by_root.partition_point(|e| e.0 < word.as_str());
            let mut run = by_root[from..].iter().take_while(|e| e.0.starts_with(word.as_str()));
            let first = run.next()?;
            run.all(|e| clusters.find(e.2) == clusters.find(first.2)).then_some(first.2)
        });
        if let Some(k) = target {
            let root = clusters.find(k);
            clusters.union(root, i);
            matched[i] = true;
        }
    }
}

/// "United" → "Manchester United", "Post" → "Washington Post": a one-word ORG mention that no
/// rule matched joins the one organisation whose longer name ends with that word.
fn last_word_forms(mentions: &[Mention], clusters: &mut Clusters, matched: &mut [bool]) {
    let org = |m: &Mention| m.family == Label::Org;
    let mut owners: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, m) in mentions.iter().enumerate() {
        if let (true, [_, .., last]) = (org(m), m.words.as_slice()) {
            owners.entry(last.as_str()).or_default().push(k);
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        let [word] = m.words.as_slice() else { continue };
        if !org(m) || matched[i] || word.chars().count() < SHORT_FORM_MIN_LETTERS {
            continue;
        }
        let Some(longer) = owners.get(word.as_str()) else { continue };
        if let Some(root) = one_root(clusters, longer.iter().copied()) {
            clusters.union(root, i);
            matched[i] = true;
        }
    }
}

/// The fewest letters of a short form ("Fed").
const SHORT_FORM_MIN_LETTERS: usize = 3;

/// The one cluster all of `mentions` belong to; None when they are in two or more, or none.
fn one_root(clusters: &mut Clusters, mentions: impl Iterator<Item = usize>) -> Option<usize> {
    let mut root = None;
    for k in mentions {
        let r = clusters.find(k);
        match root {
            None => root = Some(r),
            Some(other) if other != r => return None,
            _ => {}
        }
    }
    root
}

/// "Goldman Sachs ... Goldman said": a one-word name the tagger read as a person's, that no
/// person's name in the text has and no title precedes, joins the one well-known organisation
/// (`organisations.txt`) named before it whose name it begins or ends. Its mentions become the
/// organisation's. Only listed names: the tagger also reads people as organisations, often
/// surely ("Ted Cruz", "Keith Lamont Scott"), and their surnames must not follow.
fn organisations_named_for_people(text: &str, entities: &mut [Entity], mentions: &[Mention], clusters: &mut Clusters, matched: &mut [bool]) {
    let gaz = Gazetteer::get();
    // Each such organisation's mentions by their first and last words.
    let mut owners: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, m) in mentions.iter().enumerate() {
        if m.family == Label::Org && (2..=3).contains(&m.words.len()) && gaz.classes_of(&m.key()) & Class::KnownOrg.bit() != 0 {
            for w in [&m.words[0], &m.words[m.words.len() - 1]] {
                owners.entry(w.as_str()).or_default().push(k);
            }
        }
    }
    if owners.is_empty() {
        return;
    }
    let one_word = |i: usize| mentions[i].family == Label::Person && mentions[i].words.len() == 1 && entities[i].span.text(text).split_whitespace().count() == 1;
    let titled = |i: usize| {
        let before = text.get(..entities[i].span.start).and_then(|b| b.split_whitespace().next_back()).unwrap_or("");
        let word = before.trim_end_matches('.').to_lowercase();
        is_title(&word) || is_honorific(&word)
    };
    let person_words: HashSet<&str> = (0..mentions.len()).filter(|&i| one_word(i) && titled(i)).map(|i| mentions[i].words[0].as_str()).collect();
    // By word, the organisation its first mention joins (None: none or two).
    let mut joins: HashMap<&str, Option<usize>> = HashMap::new();
    let mut joined = Vec::new();
    for i in 0..mentions.len() {
        let word = match mentions[i].words.as_slice() {
            [word] if one_word(i) && !matched[i] && word.chars().count() >= SHORT_FORM_MIN_LETTERS && !person_words.contains(word.as_str()) => word.as_str(),
            _ => continue,
        };
        let target = *joins.entry(word).or_insert_with(|| one_root(clusters, owners.get(word)?.iter().copied().filter(|&k| k < i)));
        if let Some(root) = target {
            clusters.union(root, i);
            matched[i] = true;
            joined.push(i);
        }
    }
    for i in joined {
        entities[i].label = Label::Org;
    }
}

/// Numbers the clusters in order of first mention and writes each entity's group.
fn build(text: &str, entities: &mut [Entity], clusters: &mut Clusters) -> Vec<Group> {
    let mut group_of_root: HashMap<usize, usize> = HashMap::new();
    let mut groups: Vec<Group> = Vec::new();
    for i in 0..entities.len() {
        let root = clusters.find(i);
        let g = *group_of_root.entry(root).or_insert_with(|| {
            groups.push(Group { label: entities[i].label, name: String::new(), mentions: Vec::new() });
            groups.len() - 1
        });
        entities[i].group = g;
        groups[g].mentions.push(i);
    }
    for group in &mut groups {
        let best = group.mentions.iter().copied().max_by_key(|&i| name_quality(text, &entities[i]));
        if let Some(b) = best {
            group.name = display_name(entities[b].span.text(text));
        }
        group.label = majority_label(entities, &group.mentions);
        // One entity, one type: a place the tagger read as GPE in one mention and FAC in
        // another takes its group's (majority) type everywhere. Only labels of one family
        // ever share a group, so this never turns a place into a person.
        for &i in &group.mentions {
            entities[i].label = group.label;
        }
    }
    groups
}

/// How well a mention names its group: capitalised words (a courtesy title not counted), then
/// no courtesy title, then length, then letters with diacritics (the fuller spelling), then
/// the earlier mention.
fn name_quality(text: &str, e: &Entity) -> (usize, bool, usize, usize, std::cmp::Reverse<usize>) {
    let s = display_name(e.span.text(text));
    // A courtesy title adds no word of the name: "John Howard" names him better than "Mr.
    // Howard", and "Trump" as well as "Mr. Trump".
    let honorific = s.split_whitespace().next().is_some_and(|w| is_honorific(&w.trim_end_matches('.').to_lowercase()));
    let capitalised = s.split_whitespace().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())).count().saturating_sub(usize::from(honorific));
    let accented = s.chars().filter(|c| !c.is_ascii() && c.is_alphabetic()).count();
    (capitalised, !honorific, s.chars().count(), accented, std::cmp::Reverse(e.span.start))
}

/// A mention as a group name: without a trailing possessive.
fn display_name(s: &str) -> String {
    let s = s.trim();
    s.strip_suffix("'s").or_else(|| s.strip_suffix("’s")).unwrap_or(s).trim_end().to_string()
}

/// The most frequent label among the mentions; on a tie, the earliest mention's.
fn majority_label(entities: &[Entity], mentions: &[usize]) -> Label {
    let mut counts: Vec<(Label, usize)> = Vec::new();
    for &i in mentions {
        let label = entities[i].label;
        match counts.iter_mut().find(|(l, _)| *l == label) {
            Some((_, n)) => *n += 1,
            None => counts.push((label, 1)),
        }
    }
    // max_by_key keeps the last maximum; reversing keeps the earliest on a tie.
    counts.iter().rev().max_by_key(|(_, n)| *n).map_or(Label::Person, |(l, _)| *l)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    #[test]
    fn the_mentions_of_a_place_share_its_majority_type() {
        let text = "Liège Airport grew. Liege Airport is busy. Liege airport's runway.";
        let mut es = entities(text, &[("Liège Airport", Label::Gpe), ("Liege Airport", Label::Fac), ("Liege airport's", Label::Fac)]);
        let groups = group_mentions(text, &TextLayer::new(text), &mut es);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].label, Label::Fac);
        assert!(es.iter().all(|e| e.label == Label::Fac));
    }

    /// Entities over the first occurrence (after the previous one) of each (words, label).
    fn entities(text: &str, mentions: &[(&str, Label)]) -> Vec<Entity> {
        let mut from = 0;
        mentions
            .iter()
            .map(|(s, label)| {
                let start = from + text[from..].find(s).expect("mention in text");
                from = start + s.len();
                Entity { span: Span::new(start, from), label: *label, group: 0, confidence: 0.9 }
            })
            .collect()
    }

    /// The groups' names and their mentions' texts.
    fn grouped(text: &str, mentions: &[(&str, Label)]) -> Vec<(String, Vec<String>)> {
        let mut es = entities(text, mentions);
        let layer = TextLayer::new(text);
        let groups = group_mentions(text, &layer, &mut es);
        for (g, group) in groups.iter().enumerate() {
            assert!(group.mentions.iter().all(|&i| es[i].group == g));
            assert!(group.mentions.windows(2).all(|w| w[0] < w[1]));
        }
        groups.iter().map(|g| (g.name.clone(), g.mentions.iter().map(|&i| es[i].span.text(text).to_string()).collect())).collect()
    }

    fn names(groups: &[(String, Vec<String>)]) -> Vec<&str> {
        groups.iter().map(|(n, _)| n.as_str()).collect()
    }

    use Label::*;

    #[test]
    fn full_name_and_surname() {
        let text = "Samuel Cogolati spoke. Cogolati left. Jean-Luc Crucke agreed; Crucke smiled.";
        let g = grouped(text, &[("Samuel Cogolati", Person), ("Cogolati", Person), ("Jean-Luc Crucke", Person), ("Crucke", Person)]);
        assert_eq!(names(&g), ["Samuel Cogolati", "Jean-Luc Crucke"]);
        assert_eq!(g[0].1, ["Samuel Cogolati", "Cogolati"]);
    }

    #[test]
    fn titles_and_roles_are_not_names() {
        let text = "Prime Minister John Howard spoke. Mr. Howard left. Prime said no. President Anna Berg and the President met.";
        let g = grouped(
            text,
            &[("Prime Minister John Howard", Person), ("Mr. Howard", Person), ("Prime", Person), ("President Anna Berg", Person), ("President", Person)],
        );
        assert_eq!(names(&g), ["Prime Minister John Howard", "Prime", "President Anna Berg", "President"]);
        assert_eq!(g[0].1, ["Prime Minister John Howard", "Mr. Howard"]);
        // A courtesy title is dropped as well, and adds nothing to a name's quality.
        let text = "Mr. Howard spoke. John Howard left. Miss Jane Smith and Ms Smith came. Mr. Lee and Lee met.";
        let g = grouped(text, &[("Mr. Howard", Person), ("John Howard", Person), ("Miss Jane Smith", Person), ("Ms Smith", Person), ("Mr. Lee", Person), ("Lee", Person)]);
        assert_eq!(names(&g), ["John Howard", "Miss Jane Smith", "Lee"]);
        assert_eq!(g[1].1, ["Miss Jane Smith", "Ms Smith"]);
    }

    #[test]
    fn a_place_is_not_the_last_word_of_another() {
        let text = "the Czech Republic and the Republic of Ireland; Republic won. Western Darfur, Darfur.";
        let g = grouped(text, &[("Czech Republic", Gpe), ("Republic", Gpe), ("Western Darfur", Gpe), ("Darfur", Gpe)]);
        assert_eq!(g.len(), 4);
    }

    #[test]
    fn first_name_alone_joins_its_full_name() {
        let text = "Samuel Cogolati spoke. Samuel left.";
        let g = grouped(text, &[("Samuel Cogolati", Person), ("Samuel", Person)]);
        assert_eq!(g.len(), 1);
    }

    #[test]
    fn surname_of_an_org_does_not_join_a_person() {
        let text = "Samuel Cogolati spoke. Cogolati Ltd answered.";
        let g = grouped(text, &[("Samuel Cogolati", Person), ("Cogolati", Org)]);
        assert_eq!(g.len(), 2);
    }

    #[test]
    fn an_organisation_short_form_joins_its_full_name() {
        let text = "The Federal Reserve held. The Fed said no. The Labour Party won; Labour will govern. Inter lost to the International Monetary Fund.";
        let got = grouped(text, &[("Federal Reserve", Label::Org), ("Fed", Label::Org), ("Labour Party", Label::Org), ("Labour", Label::Org), ("Inter", Label::Org), ("International Monetary Fund", Label::Org)]);
        assert_eq!(names(&got), ["Federal Reserve", "Labour Party", "Inter", "International Monetary Fund"]);
        // Two organisations it could shorten: neither.
        let text = "The Labour Party and the Labour Union met. Labour said no.";
        let got = grouped(text, &[("Labour Party", Label::Org), ("Labour Union", Label::Org), ("Labour", Label::Org)]);
        assert_eq!(names(&got), ["Labour Party", "Labour Union", "Labour"]);
    }

    #[test]
    fn an_organisation_named_by_its_last_word_joins_its_full_name() {
        let text = "Manchester United signed him. United said the fee was fair.";
        let got = grouped(text, &[("Manchester United", Label::Org), ("United", Label::Org)]);
        assert_eq!(names(&got), ["Manchester United"]);
        // Two organisations end with the word, or the longer name is a place's: no join.
        let text = "Manchester United met Newcastle United. United won.";
        let got = grouped(text, &[("Manchester United", Label::Org), ("Newcastle United", Label::Org), ("United", Label::Org)]);
        assert_eq!(names(&got), ["Manchester United", "Newcastle United", "United"]);
        let text = "The United Kingdom voted. Kingdom Holding said no.";
        let got = grouped(text, &[("United Kingdom", Label::Gpe), ("Kingdom", Label::Org)]);
        assert_eq!(names(&got), ["United Kingdom", "Kingdom"]);
    }

    #[test]
    fn a_company_named_for_a_person_takes_its_surname_read_as_a_person() {
        let text = "Goldman Sachs gained. Goldman said sales rose; Goldman expects more.";
        let mut es = entities(text, &[("Goldman Sachs", Org), ("Goldman", Person), ("Goldman", Person)]);
        let groups = group_mentions(text, &TextLayer::new(text), &mut es);
        assert_eq!(groups.len(), 1);
        assert!(es.iter().all(|e| e.label == Org && e.group == 0));
        // Not an organisation the lists do not know (a person read as one), nor after a title,
        // nor when the person was named first.
        for (text, mentions) in [
            ("Keith Lamont Scott died. Scott had a book.", [("Keith Lamont Scott", Org), ("Scott", Person)]),
            ("Goldman Sachs gained. Mr. Goldman said no.", [("Goldman Sachs", Org), ("Goldman", Person)]),
            ("Goldman said no. Goldman Sachs gained.", [("Goldman", Person), ("Goldman Sachs", Org)]),
        ] {
            let mut es = entities(text, &mentions);
            let groups = group_mentions(text, &TextLayer::new(text), &mut es);
            assert_eq!(groups.len(), 2, "{text}");
            assert!(es.iter().any(|e| e.label == Person), "{text}");
        }
    }

    #[test]
    fn two_smiths_stay_apart() {
        let text = "John Smith met Jane Smith. Smith said no.";
        let g = grouped(text, &[("John Smith", Person), ("Jane Smith", Person), ("Smith", Person)]);
        assert_eq!(names(&g), ["John Smith", "Jane Smith", "Smith"]);
    }

    #[test]
    fn spelling_variants_join_the_closest_group() {
        let text = "Samuel Cogolati and Jean-Luc Crucke. Later Cogratti and Kruk spoke.";
        let g = grouped(text, &[("Samuel Cogolati", Person), ("Jean-Luc Crucke", Person), ("Cogratti", Person), ("Kruk", Person)]);
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].1, ["Samuel Cogolati", "Cogratti"]);
        assert_eq!(g[1].1, ["Jean-Luc Crucke", "Kruk"]);
    }

    #[test]
    fn spelling_variants_need_agreeing_types_and_a_single_candidate() {
        let text = "Jean-Luc Crucke spoke. Kruk Bank answered.";
        assert_eq!(grouped(text, &[("Jean-Luc Crucke", Person), ("Kruk", Org)]).len(), 2);
        let text = "Barnsley beat Burnley.";
        assert_eq!(grouped(text, &[("Barnsley", Org), ("Burnley", Org)]).len(), 2);
        // Two equally close candidates: no merge.
        let text = "Mark Crucke and Anna Kruck met. Kruk spoke.";
        assert_eq!(grouped(text, &[("Mark Crucke", Person), ("Anna Kruck", Person), ("Kruk", Person)]).len(), 3);
        // Short names that differ by a letter are different people.
        let text = "Barack Obama and Osama spoke.";
        assert_eq!(grouped(text, &[("Barack Obama", Person), ("Osama", Person)]).len(), 2);
    }

    #[test]
    fn case_diacritics_and_possessives() {
        let text = "Liege airport grew. Liège Airport is big. Liege Airport's boss spoke.";
        let g = grouped(text, &[("Liege airport", Fac), ("Liège Airport", Fac), ("Liege Airport's", Fac)]);
        assert_eq!(names(&g), ["Liège Airport"]);
        assert_eq!(g[0].1.len(), 3);
    }

    #[test]
    fn different_places_stay_apart() {
        let text = "Liege airport grew. Liege is a city.";
        assert_eq!(grouped(text, &[("Liege airport", Fac), ("Liege", Gpe)]).len(), 2);
    }

    #[test]
    fn abbreviations() {
        let text = "the National Security Agency said the NSA and the Department of Homeland Security (DHS) agreed.";
        let g = grouped(
            text,
            &[("National Security Agency", Org), ("NSA", Org), ("Department of Homeland Security", Org), ("DHS", Org)],
        );
        assert_eq!(names(&g), ["National Security Agency", "Department of Homeland Security"]);
    }

    #[test]
    fn ambiguous_or_unrelated_abbreviations_stay_apart() {
        let text = "National Security Agency, National Sugar Association, NSA, and the IMF.";
        let g = grouped(text, &[("National Security Agency", Org), ("National Sugar Association", Org), ("NSA", Org), ("IMF", Org)]);
        assert_eq!(g.len(), 4);
    }

    #[test]
    fn numbers_with_the_same_text() {
        let text = "100 million euros now, 100 Million Euros later, 90 percent, Monday, 100 million dollars.";
        let g = grouped(
            text,
            &[("100 million euros", Money), ("100 Million Euros", Money), ("90 percent", Percent), ("Monday", Date), ("100 million dollars", Money)],
        );
        assert_eq!(g.len(), 4);
        assert_eq!(g[0].1.len(), 2);
    }

    #[test]
    fn odd_spans_never_panic() {
        let text = "é NSA";
        let mut es: Vec<Entity> = [(0, 0), (5, 99), (0, 2), (3, 6), (99, 100)]
            .iter()
            .map(|&(a, b)| Entity { span: Span::new(a, b), label: Person, group: 7, confidence: 0.5 })
            .collect();
        let layer = TextLayer::new(text);
        let groups = group_mentions(text, &layer, &mut es);
        assert_eq!(groups.iter().map(|g| g.mentions.len()).sum::<usize>(), es.len());
        assert!(es.iter().all(|e| e.group < groups.len()));
        let roles = crate::entities::Roles::new(text, &layer, &es, &groups);
        assert_eq!(roles.resolve(text, Span::new(7, 3)), None);
    }
}
