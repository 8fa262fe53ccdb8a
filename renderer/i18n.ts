// UI strings: every visible string goes through i18next; resources live in shared/locales so
// tests (and any future shell) read the same files.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../shared/locales/en.json';
import ru from '../shared/locales/ru.json';
import { readStored, writeStored } from './storage';

export const LANGUAGES = ['en', 'ru'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'sverka.language';

const isUiLanguage = (value: unknown): value is UiLanguage => LANGUAGES.includes(value as UiLanguage);

function initialLanguage(): UiLanguage {
  const stored = readStored(LANGUAGE_KEY);
  if (isUiLanguage(stored)) return stored;
  return navigator.language?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export function setupI18n() {
  const lng = initialLanguage();
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    // React escapes text itself; the strings are never inserted as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}

export function changeLanguage(language: UiLanguage) {
  writeStored(LANGUAGE_KEY, language);
  void i18next.changeLanguage(language);
}
