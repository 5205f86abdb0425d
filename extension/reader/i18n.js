// The reader's UI strings in German and English. Shared by the extension and the playground, so it
// does not use the extension-only i18n API; the language follows the browser's.

const STRINGS = {
  de: {
    close: 'Schließen (Esc)',
    controls: 'Darstellung',
    smaller: 'Schrift kleiner',
    larger: 'Schrift größer',
    serif: 'Serifenschrift',
    sans: 'Serifenlose Schrift',
    width: 'Zeilenbreite',
    widthNarrow: 'schmal',
    widthMedium: 'mittel',
    widthWide: 'breit',
    theme: 'Farbschema',
    themeAuto: 'wie System',
    themeLight: 'hell',
    themeSepia: 'sepia',
    themeDark: 'dunkel',
    actions: 'Aktionen',
    loadImage: 'Bild laden',
    imagesAlways: 'Bilder immer laden (lädt sie von der Website)',
    copy: 'Überblick kopieren',
    copied: 'Überblick als Markdown kopiert',
    copyFailed: 'Kopieren nicht möglich',
    saveHtml: 'Als HTML speichern',
    saveMarkdown: 'Als Markdown speichern',
    keep: 'Merken',
    kept: 'In „Gespeichert“ abgelegt',
    keepFailed: 'Speichern fehlgeschlagen',
    quotaFull: 'Der Speicher ist voll. Löschen Sie gespeicherte Artikel und versuchen Sie es erneut.',
    savedList: 'Gespeichert',
    downloaded: 'Datei gespeichert',
    card: 'Überblick',
    summary: 'Kernaussagen',
    actors: 'Akteure',
    quotes: 'Zitate',
    unknownSpeaker: 'Sprecher unbekannt',
    minutes: (n) => `${n} Min. Lesezeit`,
    removedNone: 'Nichts entfernt',
    removed: (parts) => `${parts} entfernt`,
    source: 'Original',
    jumpTo: 'Im Text zeigen',
    notFoundInText: 'Stelle im Text nicht gefunden',
    mentions: (n) => (n === 1 ? '1 Erwähnung' : `${n} Erwähnungen`),
    errTitle: 'Klartext',
    err: {
      no_article: 'Kein Artikel gefunden. Diese Seite sieht nicht wie ein Artikel aus; sie bleibt unverändert.',
      empty: 'Kein Artikel gefunden. Die Seite ist leer.',
      too_large: 'Diese Seite ist zu groß für Klartext. Die Seite bleibt unverändert.',
      engine: 'Klartext ist auf einen internen Fehler gestoßen. Die Seite bleibt unverändert; versuchen Sie es noch einmal.',
      expired: 'Die Seite konnte nicht übergeben werden. Bitte noch einmal auf Klartext klicken.',
      restricted: 'Klartext kann diese Seite nicht lesen (Browserseite oder gesperrte Seite).',
      missing: 'Dieser gespeicherte Artikel existiert nicht mehr.',
    },
  },
  en: {
    close: 'Close (Esc)',
    controls: 'Display',
    smaller: 'Smaller text',
    larger: 'Larger text',
    serif: 'Serif font',
    sans: 'Sans-serif font',
    width: 'Line width',
    widthNarrow: 'narrow',
    widthMedium: 'medium',
    widthWide: 'wide',
    theme: 'Colour scheme',
    themeAuto: 'system',
    themeLight: 'light',
    themeSepia: 'sepia',
    themeDark: 'dark',
    actions: 'Actions',
    loadImage: 'Load image',
    imagesAlways: 'Always load images (fetches them from the website)',
    copy: 'Copy summary',
    copied: 'Summary copied as Markdown',
    copyFailed: 'Could not copy',
    saveHtml: 'Save as HTML',
    saveMarkdown: 'Save as Markdown',
    keep: 'Keep',
    kept: 'Added to “Saved”',
    keepFailed: 'Could not save',
    quotaFull: 'Storage is full. Delete some saved readings and try again.',
    savedList: 'Saved',
    downloaded: 'File saved',
    card: 'Summary',
    summary: 'Key points',
    actors: 'Actors',
    quotes: 'Quotes',
    unknownSpeaker: 'speaker unknown',
    minutes: (n) => `${n} min read`,
    removedNone: 'Nothing removed',
    removed: (parts) => `${parts} removed`,
    source: 'Original',
    jumpTo: 'Show in text',
    notFoundInText: 'Passage not found in the text',
    mentions: (n) => (n === 1 ? '1 mention' : `${n} mentions`),
    errTitle: 'Klartext',
    err: {
      no_article: 'No article found. This page does not look like an article; it is left as it was.',
      empty: 'No article found. The page is empty.',
      too_large: 'This page is too large for Klartext. The page is left as it was.',
      engine: 'Klartext hit an internal error. The page is left as it was; please try again.',
      expired: 'The page could not be handed over. Please click Klartext again.',
      restricted: 'Klartext cannot read this page (browser page or blocked page).',
      missing: 'This saved reading no longer exists.',
    },
  },
};

// Singular and plural labels of the removed-block kinds (`reading.removed[].kind`).
const KINDS = {
  de: {
    ad: ['Anzeige', 'Anzeigen'], related: ['Themenliste', 'Themenlisten'], navigation: ['Navigation', 'Navigationen'],
    share: ['Teilen-Leiste', 'Teilen-Leisten'], newsletter: ['Newsletter-Box', 'Newsletter-Boxen'],
    consent: ['Cookie-Hinweis', 'Cookie-Hinweise'], audio: ['Audio-Player', 'Audio-Player'],
    comments: ['Kommentarbereich', 'Kommentarbereiche'], paywall: ['Bezahlschranke', 'Bezahlschranken'],
    promo: ['Eigenwerbung', 'Eigenwerbungen'], other: ['sonstiges Element', 'sonstige Elemente'],
  },
  en: {
    ad: ['ad', 'ads'], related: ['related list', 'related lists'], navigation: ['navigation', 'navigation blocks'],
    share: ['share bar', 'share bars'], newsletter: ['newsletter box', 'newsletter boxes'],
    consent: ['cookie notice', 'cookie notices'], audio: ['audio player', 'audio players'],
    comments: ['comment section', 'comment sections'], paywall: ['paywall', 'paywalls'],
    promo: ['promotion', 'promotions'], other: ['other block', 'other blocks'],
  },
};

export function uiLanguage(preferred = globalThis.navigator?.language ?? 'en') {
  return String(preferred).toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function strings(lang) {
  return STRINGS[lang] ?? STRINGS.en;
}

export function kindLabel(lang, kind, count) {
  const table = KINDS[lang] ?? KINDS.en;
  const [one, many] = table[kind] ?? table.other;
  return `${count} ${count === 1 ? one : many}`;
}
