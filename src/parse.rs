//! Takes raw HTML, gives a parsed `Document` (html5ever via `scraper`). Everything downstream walks the
//! tree iteratively, so pathological nesting cannot overflow the stack.

use scraper::{ElementRef, Html, Node};

use crate::Error;

pub struct Document {
    pub html: Html,
}

impl Document {
    pub fn root(&self) -> ElementRef<'_> {
        self.html.root_element()
    }

    /// Up to ~4 KB of visible body text, for language guessing.
    pub fn body_text_sample(&self) -> String {
        let mut out = String::new();
        for node in self.html.tree.root().descendants() {
            if let Node::Text(t) = node.value() {
                let inside_script = node
                    .parent()
                    .and_then(|p| p.value().as_element())
                    .is_some_and(|e| matches!(e.name(), "script" | "style" | "noscript" | "title"));
                if !inside_script {
                    out.push_str(t);
                    out.push(' ');
                    if out.len() > 4096 {
                        break;
                    }
                }
            }
        }
        out
    }
}

pub fn parse(html: &str) -> Result<Document, Error> {
    if html.trim().is_empty() {
        return Err(Error::Empty);
    }
    Ok(Document {
        html: Html::parse_document(html),
    })
}
