//! The shape of a language's quotation vocabulary; the tables themselves live in `src/lang/<code>/quotes.rs`.

/// A language's vocabulary for telling quotations from titles and for attributing them. All words are
/// lowercase; matching folds case.
pub struct QuoteLexicon {
    /// Verbs and words of saying, every inflected form ("sagte", "sagt", "said", "says").
    pub cues: &'static [&'static str],
    /// Phrases that put the source right after them ("laut", "according to", "nach Angaben").
    pub source_after_phrase: &'static [&'static str],
    /// Words that put the source right before them ("zufolge").
    pub source_before_word: &'static [&'static str],
    /// Personal pronouns that can stand for a speaker named earlier ("er", "sie", "he", "she").
    pub pronouns: &'static [&'static str],
    /// Determiners that open a description rather than a name ("der", "die", "the", "a").
    pub determiners: &'static [&'static str],
    /// Indefinite articles: "einer „Achse des Aufruhrs“" introduces a coined term, not a proper name.
    pub indefinite_articles: &'static [&'static str],
    /// Words that attach what a description is of ("des", "von", "of", "for").
    pub description_links: &'static [&'static str],
    /// Determiners of an object or genitive ("dem", "des", "einem"): their noun phrase is not the speaker.
    pub oblique_determiners: &'static [&'static str],
    /// Prepositions: the noun phrase after one is not the speaker ("in Berlin", "gegenüber Reuters").
    pub prepositions: &'static [&'static str],
    /// Whether common nouns are capitalised (German): a description then ends at its first capitalised
    /// word, and a lone unknown capitalised word is a name only right next to the cue.
    pub nouns_capitalised: bool,
    /// Endings of adjectives that open a capitalised noun phrase ("Europäischen Union").
    pub adjective_endings: &'static [&'static str],
    /// Endings of common nouns: a capitalised word with one, followed by more, is no first name
    /// ("Bundesregierung Mehrkosten", "Engagement Deutschlands").
    pub noun_endings: &'static [&'static str],
    /// Endings of finite verbs in lowercase ("refused", "tried"): a description stops before one
    /// ("The spokesman refused to …" is "The spokesman"). Empty where nouns are capitalised.
    pub verb_endings: &'static [&'static str],
    /// Endings of participles among the cues ("saying", "adding"): such a cue hangs on the clause's
    /// subject, not on the word before it ("Trump blasted her, calling her …").
    pub participle_endings: &'static [&'static str],
    /// Capitalised words that are not names (sentence openers, weekdays, titles of address stay out).
    pub not_names: &'static [&'static str],
    /// Lowercase particles inside names ("von", "van", "de", "al").
    pub name_particles: &'static [&'static str],
    /// Endings of role nouns written before a name ("minister", "sprecher", "president").
    pub role_endings: &'static [&'static str],
    /// Words right before a quoted span that make it a name or title ("Typ", "Motto", "titled").
    pub title_context: &'static [&'static str],
    /// First and second person words: a short span holding one is speech, not a name.
    pub speech_words: &'static [&'static str],
    /// Cues that are ordinary adverbs elsewhere and count only right after a quotation ("„…“, so X").
    pub adverb_cues: &'static [&'static str],
    /// Whether one utterance split by its attribution ("“A,” she said, “B.”") is one quotation: the
    /// English convention. German news treats each marked span as its own quotation.
    pub join_interrupted: bool,
}

impl QuoteLexicon {
    pub fn is_cue(&self, word: &str) -> bool {
        contains_folded(self.cues, word)
    }
    pub fn is_adverb_cue(&self, word: &str) -> bool {
        contains_folded(self.adverb_cues, word)
    }
    pub fn is_pronoun(&self, word: &str) -> bool {
        contains_folded(self.pronouns, word)
    }
    pub fn is_determiner(&self, word: &str) -> bool {
        contains_folded(self.determiners, word)
    }
    pub fn is_not_name(&self, word: &str) -> bool {
        contains_folded(self.not_names, word)
            || self.is_pronoun(word)
            || self.is_determiner(word)
            || self.is_cue(word)
    }
    pub fn is_indefinite(&self, word: &str) -> bool {
        contains_folded(self.indefinite_articles, word)
    }
    pub fn is_oblique(&self, word: &str) -> bool {
        contains_folded(self.oblique_determiners, word)
    }
    pub fn is_preposition(&self, word: &str) -> bool {
        contains_folded(self.prepositions, word)
    }
    pub fn is_particle(&self, word: &str) -> bool {
        self.name_particles.contains(&word)
    }
    pub fn is_role(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        self.role_endings
            .iter()
            .any(|e| w.ends_with(e) || w.ends_with(&format!("{e}in")))
    }
    pub fn is_participle(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        self.participle_endings.iter().any(|e| w.ends_with(e))
    }
    pub fn is_title_context(&self, word: &str) -> bool {
        contains_folded(self.title_context, word)
    }
    pub fn is_speech_word(&self, word: &str) -> bool {
        contains_folded(self.speech_words, word)
    }
}

fn contains_folded(list: &[&str], word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.chars().all(|c| !c.is_uppercase()) {
        return list.contains(&w);
    }
    let lower = w.to_lowercase();
    list.contains(&lower.as_str())
}
