//! The card's sentence splitter (`card::sentence_breaks`) against `unicode-segmentation`, the reference
//! implementation of UAX #29: on generated prose made of the characters the rules turn on (letters of
//! both cases, digits, terminators, quotation marks, brackets, commas and dashes, spaces and line
//! breaks), both give the same pieces.

use klartext::card::sentence_breaks::pieces;
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

fn reference(text: &str) -> Vec<(usize, &str)> {
    text.split_sentence_bound_indices().collect()
}

/// Words, numbers and punctuation in the proportions of news prose, joined by spaces or nothing.
fn prose() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        4 => "[a-zäöüß]{1,8}",
        3 => "[A-ZÄÖÜ][a-zäöü]{0,6}",
        1 => "[A-Z]{1,3}",
        1 => "[0-9]{1,4}",
        1 => "[0-9]{1,2}[.,][0-9]{1,3}",
        1 => "[À-ɏ]{1,3}",
        3 => prop::sample::select(vec![
            ".", ".", "!", "?", "?!", "...", "…", ",", ":", ";", "-", "–", "—",
            "„", "“", "”", "\"", "'", "‚", "‘", "’", "«", "»", "(", ")", "[", "]",
            "\n", "\r\n", "\u{a0}", "₁", "½", "\u{2029}", "。",
        ])
        .prop_map(str::to_string),
    ];
    let gap = prop::sample::select(vec![" ", " ", " ", "", "  "]);
    prop::collection::vec((atom, gap), 0..40)
        .prop_map(|parts| parts.into_iter().map(|(a, g)| format!("{a}{g}")).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, ..ProptestConfig::default() })]
    #[test]
    fn splits_like_the_unicode_reference(text in prose()) {
        prop_assert_eq!(pieces(&text), reference(&text), "text: {:?}", text);
    }
}

#[test]
fn splits_like_the_unicode_reference_on_written_cases() {
    for text in [
        "Am 11. Oktober sprach Dr. Meier. Dann ging er.",
        "“We are done. Really,” he said. She left.",
        "Er sagte: „Das ist gut. Wir gehen.“ Dann ging er. „Schön.“ Ende.",
        "The U.S. economy grew 2.5 per cent in Q3. Analysts (e.g. at the I.M.F.) agreed.",
        "Wer? Wir! Und dann… nichts. (Ende.) «Oui.» – Non.",
        "Zeile eins\nZeile zwei.\r\nZeile drei.\u{2029}Vier",
        // Titlecase letters are Upper: no break in "ä.ǈ", nor in "ǅ.ǈ".
        "ä.ǈ ",
        "Ein ǅ.ǈ Test. ᾈ.ᾈ Ende.",
    ] {
        assert_eq!(pieces(text), reference(text), "text: {text:?}");
    }
}
