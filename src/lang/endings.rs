//! Word endings spelt backwards as a byte trie: every listed ending that ends a word is found in one
//! walk from the word's last byte, instead of one comparison per ending and list. The card asks this
//! of nearly every word (German alone lists over a hundred noun endings and role heads).

/// Each ending carries bits saying which lists hold it; node 0 is the root.
pub struct Endings {
    nodes: Vec<Node>,
}

#[derive(Default)]
struct Node {
    /// (byte, node index), sorted by byte.
    children: Vec<(u8, u32)>,
    /// The bits of the endings that stop here.
    terminal: u32,
}

impl Default for Endings {
    fn default() -> Self {
        Endings {
            nodes: vec![Node::default()],
        }
    }
}

impl Endings {
    /// The endings of one list, with a single bit.
    pub fn new(endings: &[&str]) -> Self {
        let mut set = Endings::default();
        set.add(endings, 1);
        set
    }

    /// Adds `endings` with the list bit `bit`; an empty ending is ignored.
    pub fn add(&mut self, endings: &[&str], bit: u32) {
        for e in endings.iter().filter(|e| !e.is_empty()) {
            let mut at = 0usize;
            for &b in e.as_bytes().iter().rev() {
                let Some(node) = self.nodes.get(at) else {
                    break;
                };
                at = match node.children.binary_search_by_key(&b, |c| c.0) {
                    Ok(k) => node.children.get(k).map_or(0, |c| c.1 as usize),
                    Err(k) => {
                        let new = self.nodes.len();
                        if let Some(node) = self.nodes.get_mut(at) {
                            node.children.insert(k, (b, new as u32));
                        }
                        self.nodes.push(Node::default());
                        new
                    }
                };
            }
            if let Some(node) = self.nodes.get_mut(at) {
                node.terminal |= bit;
            }
        }
    }

    /// Calls `visit(k, bits)` for every listed ending that is `word[k..]`, longest `k` (shortest
    /// ending) first, until `visit` returns true. A multi-byte character is matched whole, so `k` is
    /// a character boundary whenever the endings are valid UTF-8.
    pub fn walk(&self, word: &str, mut visit: impl FnMut(usize, u32) -> bool) {
        let bytes = word.as_bytes();
        let mut at = 0usize;
        for k in (0..bytes.len()).rev() {
            let (Some(&b), Some(node)) = (bytes.get(k), self.nodes.get(at)) else {
                return;
            };
            at = match node.children.binary_search_by_key(&b, |c| c.0) {
                Ok(i) => node.children.get(i).map_or(0, |c| c.1 as usize),
                Err(_) => return,
            };
            let bits = self.nodes.get(at).map_or(0, |n| n.terminal);
            if bits != 0 && visit(k, bits) {
                return;
            }
        }
    }

    /// Whether `word` ends with one of the endings (matched byte for byte, so as written).
    pub fn ends(&self, word: &str) -> bool {
        let mut found = false;
        self.walk(word, |_, _| {
            found = true;
            true
        });
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_as_ends_with_does() {
        let list = ["ung", "ungen", "heit", "tät", "ei", "e"];
        let endings = Endings::new(&list);
        for w in [
            "zeitung",
            "zeitungen",
            "freiheit",
            "qualität",
            "polizei",
            "experte",
            "merkel",
            "tä",
            "",
            "ung",
            "kunst",
            "tät",
        ] {
            assert_eq!(
                endings.ends(w),
                list.iter().any(|e| w.ends_with(e)),
                "{w:?}"
            );
        }
        assert!(!Endings::new(&[]).ends("word"));
    }

    #[test]
    fn walk_reports_every_ending_with_its_lists() {
        let mut set = Endings::default();
        set.add(&["minister", "ster"], 1);
        set.add(&["ster"], 2);
        let mut seen = Vec::new();
        set.walk("außenminister", |k, bits| {
            seen.push((k, bits));
            false
        });
        assert_eq!(seen, vec![(10, 3), (6, 1)]);
    }
}
