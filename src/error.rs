//! The ways `read` can fail. Every message is one line a user can act on.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is empty or only whitespace.
    Empty,
    /// The input exceeds [`crate::MAX_INPUT_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// The page parsed, but nothing on it reads like an article.
    NoArticle,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Empty => write!(f, "the input is empty"),
            Error::TooLarge { bytes, limit } => write!(
                f,
                "the page is too large ({:.1} MB; the limit is {:.0} MB)",
                *bytes as f64 / 1_048_576.0,
                *limit as f64 / 1_048_576.0
            ),
            Error::NoArticle => write!(f, "no article found on this page"),
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// A stable machine-readable code, for shells that localise the message.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Empty => "empty",
            Error::TooLarge { .. } => "too_large",
            Error::NoArticle => "no_article",
        }
    }
}
