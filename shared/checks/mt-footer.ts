// The line a translation service appends to a page it translated. It is never part of the article.

const SERVICES_EN = '(?:www\\.)?(?:Yandex|Google|DeepL|Bing|Microsoft|PROMT|Reverso|ChatGPT)';
const SERVICES_RU = '(?:Яндекс|Yandex|Google|Гугл|DeepL|Bing|PROMT|ПРОМТ)';
const OPEN_QUOTE = '[«"“„]?';

const FOOTERS: RegExp[] = [
  new RegExp(
    `(?:Machine[-\\s]+)?Translated\\s+(?:automatically\\s+)?(?:by|with|using|via|in)\\s+(?:the\\s+)?(?:service\\s+)?${OPEN_QUOTE}${SERVICES_EN}.*$`,
    'isu',
  ),
  new RegExp(
    `(?:Переведено|Перевод\\s+выполнен|Переведено\\s+автоматически)\\s+(?:сервисом|с\\s+помощью|в)\\s+(?:сервиса\\s+)?${OPEN_QUOTE}${SERVICES_RU}.*$`,
    'isu',
  ),
];

export interface TextRange {
  start: number;
  end: number;
}

/** Where the translator's footer sits in a text (it runs to the end), or null. */
export function findMtFooter(text: string): TextRange | null {
  for (const pattern of FOOTERS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const atWordStart = match.index === 0 || /\s/u.test(text[match.index - 1]);
    if (atWordStart) return { start: match.index, end: text.length };
  }
  return null;
}

export function isMtFooter(text: string): boolean {
  return findMtFooter(text) !== null;
}
