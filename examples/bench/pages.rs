//! Synthetic pages for the scaling bench, written here in the style of a German news site: a header
//! with navigation, an article of paragraphs with quotes and speakers, inline "Mehr zum Thema" boxes,
//! a related-links sidebar and a footer. Deterministic (a fixed LCG), so every run reads the same bytes.

struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next(xs.len())]
    }
}

const FIRST: &[&str] = &[
    "Anna", "Jonas", "Petra", "Markus", "Leonie", "Stefan", "Miriam", "Tobias", "Sabine", "Felix",
    "Katrin", "Andreas", "Julia", "Thomas", "Elif", "Mehmet",
];
const LAST: &[&str] = &[
    "Schmidt", "Wagner", "Becker", "Hoffmann", "Schulz", "Keller", "Brandt", "Vogel", "Lorenz",
    "Krüger", "Yilmaz", "Hartmann", "Seidel", "Fuchs",
];
const ROLE: &[&str] = &[
    "Sprecherin des Ministeriums",
    "Vorsitzender der Kommission",
    "Ökonomin am Institut",
    "Bürgermeister der Stadt",
    "Chef des Verbands",
    "Abgeordnete im Bundestag",
];
const NOUN: &[&str] = &[
    "Regierung",
    "Kommission",
    "Haushalt",
    "Wirtschaft",
    "Energiewende",
    "Reform",
    "Inflation",
    "Verwaltung",
    "Bahn",
    "Landesregierung",
    "Studie",
    "Industrie",
    "Gewerkschaft",
    "Debatte",
];
const VERB: &[&str] = &[
    "kritisiert",
    "verteidigt",
    "prüft",
    "fordert",
    "verschiebt",
    "beschließt",
    "lehnt",
    "begrüßt",
];
const OBJ: &[&str] = &[
    "den Entwurf",
    "die neuen Regeln",
    "das Gutachten",
    "die Kürzungen",
    "den Zeitplan",
    "die Förderung",
    "den Kompromiss",
    "die Investitionen",
    "die Prognose",
];
const TAIL: &[&str] = &[
    "trotz wachsender Kritik aus den Ländern",
    "nach monatelangen Verhandlungen",
    "mit Blick auf das kommende Jahr",
    "ohne eine klare Mehrheit im Parlament",
    "während die Kosten weiter steigen",
    "wie aus einem internen Papier hervorgeht",
];
const QUOTE: &[&str] = &[
    "Wir werden das sehr genau prüfen",
    "Das ist ein wichtiger Schritt für das ganze Land",
    "Niemand kann ernsthaft so weitermachen wie bisher",
    "Die Zahlen sprechen eine deutliche Sprache",
    "Wir brauchen jetzt Verlässlichkeit und keine neuen Ankündigungen",
];

fn sentence(rng: &mut Lcg, out: &mut String) {
    if rng.next(4) == 0 {
        let (first, last, role) = (rng.pick(FIRST), rng.pick(LAST), rng.pick(ROLE));
        out.push_str(&format!(
            "„{}“, sagte {first} {last}, {role}. ",
            rng.pick(QUOTE)
        ));
    } else {
        let (noun, verb, obj, tail) = (
            rng.pick(NOUN),
            rng.pick(VERB),
            rng.pick(OBJ),
            rng.pick(TAIL),
        );
        out.push_str(&format!("Die {noun} {verb} {obj} {tail}. "));
    }
}

fn header(out: &mut String, title: &str) {
    out.push_str("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>");
    out.push_str(title);
    out.push_str(" | Tagesblick</title><meta property=\"og:site_name\" content=\"Tagesblick\">");
    out.push_str("<meta name=\"author\" content=\"Katrin Seidel\"></head><body>");
    out.push_str("<header class=\"site-header\"><nav class=\"main-nav\"><ul>");
    for section in [
        "Politik",
        "Wirtschaft",
        "Finanzen",
        "Kultur",
        "Sport",
        "Meinung",
        "Video",
    ] {
        out.push_str(&format!(
            "<li><a href=\"/{}\">{section}</a></li>",
            section.to_lowercase()
        ));
    }
    out.push_str("</ul></nav><div class=\"ad-banner\">Anzeige</div></header><main><article>");
    out.push_str(&format!(
        "<h1>{title}</h1><p class=\"byline\">Von Katrin Seidel</p>"
    ));
    out.push_str("<time datetime=\"2026-11-02T08:00:00+01:00\">2. November 2026</time>");
}

fn footer(out: &mut String) {
    out.push_str("</article><aside class=\"related\"><h2>Mehr zum Thema</h2><ul>");
    for i in 0..8 {
        out.push_str(&format!(
            "<li><a href=\"/politik/artikel-{i}\">Weitere Meldung Nummer {i}</a></li>"
        ));
    }
    out.push_str(
        "</ul></aside></main><footer class=\"site-footer\"><a href=\"/impressum\">Impressum</a> ",
    );
    out.push_str("<a href=\"/datenschutz\">Datenschutz</a></footer></body></html>");
}

/// A news page of about `size` bytes; the article body grows, the frame stays the same.
pub fn news(size: usize) -> String {
    let mut rng = Lcg(42);
    let mut out = String::with_capacity(size + 4096);
    header(&mut out, "Regierung verschiebt die Reform erneut");
    let mut n = 0usize;
    while out.len() + 600 < size {
        n += 1;
        if n.is_multiple_of(30) {
            out.push_str("<div class=\"teaser-box\"><h3>Mehr zum Thema</h3><a href=\"/x\">Die Kommission tagt</a></div>");
        }
        if n.is_multiple_of(12) {
            out.push_str(&format!("<h2>Abschnitt {n}</h2>"));
        }
        out.push_str("<p>");
        for _ in 0..3 + rng.next(3) {
            sentence(&mut rng, &mut out);
        }
        out.push_str("</p>\n");
    }
    footer(&mut out);
    out
}

/// A short article followed by one `<pre>` holding about `size` bytes of code-like lines.
pub fn huge_pre(size: usize) -> String {
    let mut rng = Lcg(7);
    let mut out = String::with_capacity(size + 4096);
    header(&mut out, "Der Quelltext des Haushaltsgesetzes");
    for _ in 0..4 {
        out.push_str("<p>");
        for _ in 0..4 {
            sentence(&mut rng, &mut out);
        }
        out.push_str("</p>");
    }
    out.push_str("<pre><code>");
    let mut i = 0usize;
    while out.len() + 600 < size {
        i += 1;
        out.push_str(&format!(
            "let posten_{i} = haushalt.kapitel({}).summe() &lt;&lt; {};\n",
            rng.next(90),
            rng.next(9)
        ));
    }
    out.push_str("</code></pre>");
    footer(&mut out);
    out
}

/// An article wrapped in `depth` nested `<div>`s.
pub fn deep(depth: usize) -> String {
    let mut rng = Lcg(3);
    let mut out = String::new();
    header(&mut out, "Verschachtelt bis zum Grund");
    out.push_str(&"<div>".repeat(depth));
    for _ in 0..6 {
        out.push_str("<p>");
        for _ in 0..4 {
            sentence(&mut rng, &mut out);
        }
        out.push_str("</p>");
    }
    out.push_str(&"</div>".repeat(depth));
    footer(&mut out);
    out
}

/// An article of `count` sibling paragraphs, one short sentence each.
pub fn siblings(count: usize) -> String {
    let mut out = String::with_capacity(count * 20 + 4096);
    header(&mut out, "Eine Million Absätze");
    for i in 0..count {
        out.push_str(&format!("<p>Satz {i}.</p>"));
    }
    footer(&mut out);
    out
}
