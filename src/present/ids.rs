//! Every element id the page uses, in one place: the fixed regions of the page and the jump
//! targets of an article's items. The view sets them, the controller and the jump links look
//! them up, so a renamed id cannot leave a dangling link.

/// The root the page draws into; a host page without it gets only the API.
pub const APP: &str = "app";
/// The paste box.
pub const ARTICLE_INPUT: &str = "article-input";
/// The line that tells the user what went wrong.
pub const ERROR: &str = "error";
/// What a shared link did, or the link just made.
pub const NOTICE: &str = "notice";
/// The list of sources.
pub const SOURCE_LIST: &str = "source-list";
/// The sources, the selected article and its lists, below the story.
pub const PANES: &str = "panes";
/// The selected article's text with its items highlighted.
pub const ARTICLE_VIEW: &str = "article-view";
/// The selected article's entity, figure and quote lists.
pub const ITEM_LISTS: &str = "item-lists";
/// The story: where sources differ, and the entity table.
pub const STORY_VIEW: &str = "story-view";
/// One story group's members side by side.
pub const COMPARE_VIEW: &str = "compare-view";

/// The jump target of entity mention `i` of source `src`.
pub fn entity(src: usize, i: usize) -> String {
    format!("s{src}-e{i}")
}

/// The jump target of figure `i` of source `src`.
pub fn figure(src: usize, i: usize) -> String {
    format!("s{src}-f{i}")
}

/// The jump target of quote `i` of source `src`.
pub fn quote(src: usize, i: usize) -> String {
    format!("s{src}-q{i}")
}

/// The jump target of the speaker of quote `i` of source `src`.
pub fn speaker(src: usize, i: usize) -> String {
    format!("s{src}-q{i}-sp")
}

/// The counterparts button after a sentence of source `src` in alignment group `key`.
pub fn statement(src: usize, key: &str) -> String {
    format!("s{src}-{key}")
}

/// The jump target of the `k`-th sentence of source `src` that no other source makes.
pub fn exclusive_sentence(src: usize, k: usize) -> String {
    format!("s{src}-x{k}")
}

/// The jump target of the sentence of source `src` starting at UTF-16 offset `start` that is the
/// closest counterpart shown for another source's exclusive sentence.
pub fn nearest_sentence(src: usize, start: usize) -> String {
    format!("s{src}-n{start}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_ids_are_distinct_per_kind_and_source() {
        let ids = [
            entity(1, 2),
            figure(1, 2),
            quote(1, 2),
            speaker(1, 2),
            statement(1, "a2"),
            entity(12, 1),
        ];
        for (i, a) in ids.iter().enumerate() {
            for b in &ids[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(figure(0, 3), "s0-f3");
    }
}
