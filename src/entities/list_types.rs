//! Names listed together are of one kind: in "Microsoft, Amazon and Meta" the tagger may read
//! "Amazon" as the river, but its neighbours say it is a company. In a list of three names or
//! more, separated only by commas and a final "and"/"or", a name whose type differs from that
//! of all the others (two at least) takes theirs.

use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Retypes the odd name of each list (names in text order).
pub fn with_list_types(w: &Words, names: &mut [Name]) {
    let mut start = 0;
    while start < names.len() {
        // The list from `start`: names whose gaps hold only ",", "and", "or" (", and").
        let mut end = start + 1;
        while end < names.len() && is_list_gap(w, names[end - 1].tokens.end, names[end].tokens.start) {
            end += 1;
        }
        if end - start >= MIN_LIST {
            retype_odd_one(&mut names[start..end]);
        }
        start = end;
    }
}

/// The fewest names that make a list.
const MIN_LIST: usize = 3;

/// Whether the tokens from `a` to `b` separate two names of a list.
fn is_list_gap(w: &Words, a: usize, b: usize) -> bool {
    let gap: Vec<&str> = (a..b).map(|i| w.lower(i)).collect();
    matches!(gap.as_slice(), [","] | ["and"] | ["or"] | [",", "and"] | [",", "or"])
}

fn retype_odd_one(list: &mut [Name]) {
    let mut counts = [0usize; 4];
    for n in list.iter() {
        counts[n.coarse as usize] += 1;
    }
    // All but one of one type, and that one alone of its own.
    let Some(common) = (0..counts.len()).find(|&k| counts[k] + 1 == list.len()) else { return };
    if let Some(odd) = list.iter_mut().find(|n| n.coarse as usize != common) {
        odd.coarse = Coarse::ALL[common];
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named};
    use super::*;

    #[test]
    fn the_odd_name_of_a_list_takes_the_others_type() {
        let text = "Customers including Microsoft, Amazon and Meta buy them.";
        let names = [("Microsoft", Coarse::Org), ("Amazon", Coarse::Loc), ("Meta", Coarse::Org)];
        assert_eq!(after(text, &names, |w, n| with_list_types(w, n)), [named("Microsoft", Coarse::Org), named("Amazon", Coarse::Org), named("Meta", Coarse::Org)]);
    }

    #[test]
    fn two_names_or_a_mixed_list_stay() {
        let text = "Microsoft and Amazon met. Paris, Berlin and Siemens and Bosch met.";
        let names = [("Microsoft", Coarse::Org), ("Amazon", Coarse::Loc), ("Paris", Coarse::Loc), ("Berlin", Coarse::Loc), ("Siemens", Coarse::Org), ("Bosch", Coarse::Org)];
        let got = after(text, &names, |w, n| with_list_types(w, n));
        assert_eq!(got[1], named("Amazon", Coarse::Loc));
        assert_eq!(got[2..], [named("Paris", Coarse::Loc), named("Berlin", Coarse::Loc), named("Siemens", Coarse::Org), named("Bosch", Coarse::Org)]);
    }
}
