// A finding's message in the reader's language: the one place the CLI and the change report turn a
// finding into words. The renderer uses its own i18next instance over the same locale files, with
// `renderPhrase(t, phrase)`, so that switching the UI language re-renders the findings.
import i18next, { type TFunction } from 'i18next';
import en from '../locales/en.json';
import ru from '../locales/ru.json';
import type { Finding, Phrase } from '../model';

export type MessageLang = 'en' | 'ru';

export const MESSAGE_LANGS: readonly MessageLang[] = ['en', 'ru'];

/**
 * Initialised synchronously: the resources are bundled, so `t` is ready as soon as the module is
 * loaded. Values are article text printed as they are; exports that write HTML escape it themselves.
 */
const messages = i18next.createInstance();
void messages.init({
  resources: { en: { translation: en }, ru: { translation: ru } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...MESSAGE_LANGS],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** Any i18next `t`: this module's, or the UI's from react-i18next. */
type Translate = (key: string, options: Record<string, unknown>) => string;

/** A phrase in the language `t` speaks; a key the locales lack comes back as the key itself. */
export function renderPhrase(t: Translate | TFunction, phrase: Phrase, lang?: MessageLang): string {
  const options: Record<string, unknown> = { ...phrase.params };
  if (lang) options.lng = lang;
  return (t as Translate)(phrase.key, options);
}

/** Any phrase of a finding (its message, its fix's label) in English or Russian. */
export function phraseText(phrase: Phrase, lang: MessageLang): string {
  return renderPhrase(messages.t, phrase, lang);
}

/** The sentence that says what is wrong, e.g. `"Kiev" is forbidden for Киев; use "Kyiv"`. */
export function findingMessage(finding: Pick<Finding, 'message'>, lang: MessageLang): string {
  return phraseText(finding.message, lang);
}

/** What the finding's fix does ("Replace with "Kyiv""); null when it has none. */
export function fixLabel(finding: Pick<Finding, 'fix'>, lang: MessageLang): string | null {
  return finding.fix ? phraseText(finding.fix.label, lang) : null;
}
