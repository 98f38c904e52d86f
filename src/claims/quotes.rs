//! Quotations: pairs of quote marks, found in one linear pass over the quote-mark tokens.
//!
//! Real text breaks every simple rule, so the pass is defensive:
//! - double marks (`"` `“ ”` `„` `« »` and the NYT's `` `` `` … `''`) make quotations; single
//!   marks (`‘ ’`, `'`, `‹ ›`) only inside a double quotation or when they clearly open and
//!   close within one paragraph (apostrophes are separate tokens already: "Belgium’s", "’90s");
//! - a quotation never runs past its paragraph, unless the next paragraph opens with a mark of
//!   the same family: the convention for a quote that goes on over several paragraphs, each
//!   reopened and only the last one closed. So an odd mark costs at most one paragraph;
//! - an opening mark inside an open quotation ends the open one there (a missing close).

use std::ops::Range;

use crate::span::Span;
use crate::text::{QuoteSide, Token, TokenKind};

/// One quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark, both included (to the end of the paragraph
    /// when no mark closes it).
    pub span: Span,
    /// Token indices covered by `span`, marks included.
    pub tokens: Range<usize>,
    /// Whether a closing mark ended it (rather than the paragraph or a new opening mark).
    pub closed: bool,
    /// Whether it is a single-quoted quotation nested in a double-quoted one.
    pub nested: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

fn family(mark: &str) -> Family {
    match mark {
        "'" | "‘" | "’" | "‚" | "‹" | "›" => Family::Single,
        _ => Family::Double,
    }
}

/// How a mark may act: the tokenizer's side, except for the doubled ASCII marks. `` `` `` always
/// opens; `''` closes in the NYT's convention but also opens in texts that use it both ways,
/// so its neighbours decide.
fn side(text: &str, t: &Token, token_side: QuoteSide) -> QuoteSide {
    match t.text(text) {
        "``" => QuoteSide::Open,
        "''" => {
            let before = text.get(..t.span.start).and_then(|s| s.chars().next_back());
            let after = text.get(t.span.end..).and_then(|s| s.chars().next());
            let open_before = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–'));
            let word_after = after.is_some_and(char::is_alphanumeric);
            if open_before && word_after {
                QuoteSide::Open
            } else {
                QuoteSide::Close
            }
        }
        _ => token_side,
    }
}

struct Open {
    token: usize,
    start: usize,
}

/// The quotations of a text, ordered by start; nested ones follow the one holding them.
/// `paragraphs` are the text layer's paragraph spans. Linear in the number of tokens.
pub fn find_quotes(text: &str, tokens: &[Token], paragraphs: &[Span]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut outer: Option<Open> = None;
    let mut inner: Option<Open> = None;
    let mut para = 0;
    // The last token index seen in the current paragraph, and that paragraph's end.
    let mut last_in_para: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        // Paragraph change: close or carry the open quotation.
        let mut new_para = false;
        while paragraphs.get(para).is_some_and(|p| p.end <= t.span.start) {
            para += 1;
            new_para = true;
        }
        if new_para {
            // A single quotation never spans paragraphs: its mark was an apostrophe after all.
            inner = None;
            if let Some(o) = outer.take() {
                let reopens = matches!(t.kind, TokenKind::Quote(s) if s != QuoteSide::Close)
                    && family(t.text(text)) == Family::Double;
                if reopens {
                    // The quotation goes on; this paragraph's opening mark is not a new one.
                    outer = Some(o);
                    last_in_para = Some(i);
                    continue;
                }
                if let Some(last) = last_in_para {
                    push(&mut out, tokens, &o, last, false, false);
                }
            }
        }
        last_in_para = Some(i);
        let TokenKind::Quote(token_side) = t.kind else { continue };
        let mark = t.text(text);
        let side = side(text, t, token_side);
        match family(mark) {
            Family::Double => {
                // A double mark while a single is open: the single was no quotation.
                inner = None;
                if let Some(o) = outer.take() {
                    if side == QuoteSide::Open {
                        // A missing close: end the open quotation before this mark.
                        if i > o.token {
                            push(&mut out, tokens, &o, i - 1, false, false);
                        }
                        outer = Some(Open { token: i, start: t.span.start });
                    } else {
                        push(&mut out, tokens, &o, i, true, false);
                    }
                } else if side != QuoteSide::Close {
                    outer = Some(Open { token: i, start: t.span.start });
                }
                // A lone closing mark with nothing open is ignored.
            }
            Family::Single => match (inner.take(), side) {
                (Some(n), QuoteSide::Close | QuoteSide::Either) => {
                    push(&mut out, tokens, &n, i, true, outer.is_some());
                }
                (Some(_), QuoteSide::Open) | (None, QuoteSide::Open) => {
                    inner = Some(Open { token: i, start: t.span.start });
                }
                // A lone single close is a plural possessive ("voters’") or a stray mark.
                (None, _) => {}
            },
        }
    }
    if let (Some(o), Some(last)) = (outer.as_ref(), last_in_para) {
        push(&mut out, tokens, o, last, false, false);
    }
    // Nested quotations were pushed before the one holding them closed: order by start.
    out.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    out
}

fn push(out: &mut Vec<Quote>, tokens: &[Token], open: &Open, last: usize, closed: bool, nested: bool) {
    let end = tokens.get(last).map_or(open.start, |t| t.span.end);
    out.push(Quote { span: Span::new(open.start, end), tokens: open.token..last + 1, closed, nested });
}

/// For each token, the index of the innermost non-nested quotation holding it (marks included).
pub fn quote_of_token(n_tokens: usize, quotes: &[Quote]) -> Vec<Option<usize>> {
    let mut of = vec![None; n_tokens];
    for (qi, q) in quotes.iter().enumerate().filter(|(_, q)| !q.nested) {
        // Non-nested quotations do not overlap, so each token is written at most once.
        for slot in of.get_mut(q.tokens.clone()).into_iter().flatten() {
            *slot = Some(qi);
        }
    }
    of
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextLayer;

    fn quotes(text: &str) -> Vec<(&str, bool)> {
        let layer = TextLayer::new(text);
        find_quotes(text, &layer.tokens, &layer.paragraphs).iter().map(|q| (q.span.text(text), q.closed)).collect()
    }

    #[test]
    fn curly_straight_guillemets_and_nyt_marks() {
        assert_eq!(quotes("He said “yes” and \"no\"."), [("“yes”", true), ("\"no\"", true)]);
        assert_eq!(quotes("Il a dit « oui » hier."), [("« oui »", true)]);
        assert_eq!(quotes("He said ``we will win,'' and left."), [("``we will win,''", true)]);
        assert_eq!(quotes("It was ''taking a look'' at it."), [("''taking a look''", true)]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(quotes("Belgium’s hub, the ’90s and voters’ choice “matter”."), [("“matter”", true)]);
        assert_eq!(quotes("It's Europe's 'main' hub."), [("'main'", true)]);
    }

    #[test]
    fn single_quotes_nest_inside_doubles() {
        assert_eq!(
            quotes("She said, “They called it ‘a hub’ today.”"),
            [("“They called it ‘a hub’ today.”", true), ("‘a hub’", true)]
        );
    }

    #[test]
    fn an_unbalanced_mark_costs_at_most_its_paragraph() {
        let text = "He said “this never closes.\n\nNext paragraph has “a quote” in it.";
        assert_eq!(quotes(text), [("“this never closes.", false), ("“a quote”", true)]);
        // A lone closing mark is ignored, the rest still found.
        assert_eq!(quotes("Odd” mark, then “fine”."), [("“fine”", true)]);
    }

    #[test]
    fn multi_paragraph_quote_reopened_each_paragraph() {
        let text = "He said: “First part.\n\n“Second part.\n\n“Last part.”\n\nAfter.";
        assert_eq!(quotes(text), [("“First part.\n\n“Second part.\n\n“Last part.”", true)]);
    }

    #[test]
    fn an_opening_mark_inside_an_open_quote_ends_it() {
        assert_eq!(quotes("“One, “two” three."), [("“One,", false), ("“two”", true)]);
    }

    #[test]
    fn many_marks_stay_linear() {
        let text = "\" a ".repeat(100_000);
        let start = std::time::Instant::now();
        let n = quotes(&text).len();
        assert_eq!(n, 50_000);
        assert!(start.elapsed().as_secs() < 5);
    }
}
