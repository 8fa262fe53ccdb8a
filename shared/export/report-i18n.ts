// The change report's words, from the same locale files as the UI, through an i18next instance
// of its own: the renderer's instance (and its language) is never touched.
import i18next, { type TFunction } from 'i18next';
import en from '../locales/en.json';
import ru from '../locales/ru.json';

export type ReportLang = 'en' | 'ru';

const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, ru: { translation: ru } },
  lng: 'en',
  fallbackLng: 'en',
  // The report escapes every string it writes, translations and their values alike.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export function reportT(lang: ReportLang): TFunction {
  return instance.getFixedT(lang);
}

export function reportKeyExists(key: string, lang: ReportLang): boolean {
  return instance.exists(key, { lng: lang, fallbackLng: false });
}
