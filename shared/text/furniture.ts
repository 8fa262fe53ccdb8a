import { foldCase, foldForMatching } from './normalise';

// Page furniture: site navigation, buttons, badges and the translator's footer. Matched against a
// whole line only, so an article sentence that happens to contain "share" or "реклама" is text.
// Both languages are checked on both sides: a machine translation leaves some labels untranslated
// ("Озвучить текст") and adds its own footer in the source language.
//
// Words that could be a real one-word heading ("Главное", "Новости", "Далее") are left out on purpose.

const PHRASES = `
перейти к основному содержанию | перейти к содержанию | к основному содержанию | перейти к навигации
пропустить навигацию | реклама | рекламный блок | на правах рекламы | партнерский материал
спонсорский материал | прямой эфир | главный слайд | начало статьи | конец статьи | озвучить текст
прослушать | прослушать статью | прослушать текст | слушать статью | выделить главное | вкл | выкл
читать также | читайте также | смотрите также | еще по теме | по теме | другие материалы | читать далее
читать полностью | подробнее | все новости | лента новостей | на главную | подписаться | подпишитесь
отписаться | поделиться | поделитесь | поделиться ссылкой | скопировать ссылку | ссылка скопирована
комментарии | комментировать | оставить комментарий | показать еще | загрузить еще | показать комментарии
наверх | меню | поиск | войти | вход | выйти | регистрация | закрыть | версия для печати | распечатать
в закладки | добавить в закладки | добавить в избранное | в избранное | нашли ошибку? | сообщить об ошибке
принять все | принять cookie | настройки cookie | политика конфиденциальности | пользовательское соглашение
теги | следующая статья | предыдущая статья | вконтакте | вк | телеграм | одноклассники | дзен | ютуб
твиттер | фейсбук | ватсап | вайбер | оцените перевод | исходный текст | яндекс переводчик
яндекс.переводчик | переведено сервисом "яндекс переводчик"

skip to main content | skip to content | skip navigation | skip to navigation | go to main content
advertisement | advertising | ad | ads | sponsored | sponsored content | promoted | partner content
live broadcast | live | live stream | on air | main slide | beginning of the article | start of the article
end of the article | voice the text | read aloud | listen | listen to the article | listen to this article
text to speech | select important | highlight important | highlight the main thing | on | off | read also
read more | see also | also read | related | related articles | related news | more on the topic
on the topic | subscribe | unsubscribe | sign up | log in | login | sign in | register | menu | main menu
search | comments | leave a comment | show more | load more | show comments | back to top | print
print version | copy link | link copied | all news | latest news | news feed | share | share this
share this article | share article | tags | follow us | bookmark | add to bookmarks | add to favorites
found a mistake? | report an error | accept all | accept all cookies | accept cookies | reject all
cookie settings | privacy policy | terms of use | next article | previous article | vk | vkontakte
telegram | twitter | x | facebook | odnoklassniki | whatsapp | viber | youtube | dzen | rutube | rss
e-mail | email | rate this translation | original text | contribute a better translation
yandex translator | yandex.translate | google translate | deepl
`;

/**
 * Folded (so quotes are straight and ё is е), lower case, without bullets and arrows around it and
 * without trailing dots or colons.
 */
export function furnitureKey(line: string): string {
  return foldCase(foldForMatching(line))
    .trim()
    .replace(/^[•·|>→←<*\-\s]+/, '')
    .replace(/[\s:.…|>→←•·*\-]+$/, '');
}

const KNOWN = new Set(
  PHRASES.split(/[|\n]/)
    .map((phrase) => furnitureKey(phrase))
    .filter((key) => key !== ''),
);

const NETWORK = '(vk|вконтакте|telegram|телеграм|twitter|x|facebook|одноклассники|ok|whatsapp|viber|дзен|dzen|youtube|rutube|linkedin)';
const TRANSLATOR = '(яндекс|yandex|deepl|google|гугл|bing|microsoft|promt|промт|reverso)';

const PATTERNS: RegExp[] = [
  // The translator's footer: "Переведено сервисом «Яндекс Переводчик»", "Translated with DeepL".
  new RegExp(`^(переведено|перевод выполнен|машинный перевод|translated|machine[- ]translated|machine translation|powered by) .{0,80}${TRANSLATOR}.{0,40}$`),
  // Cookie notices.
  /^(мы используем|используя|продолжая|этот сайт|наш сайт|сайт использует|we use|this site|this website|our site|our website|by continuing|by using) .{0,300}(cookie|куки)/,
  // Share buttons with a network: "Поделиться в ВКонтакте", "Share on Facebook".
  new RegExp(`^(поделиться|поделитесь|отправить|share)( (в|на|on|via|to|in))? (${NETWORK.slice(1, -1)}|e-?mail|почте|почтой)$`),
  // Channel promotions: "Читайте нас в Telegram", "Subscribe to our Telegram channel".
  new RegExp(`^(читайте|подписывайтесь|подпишитесь|следите|follow|subscribe|read us) .{0,60}(^|[^a-zа-я])${NETWORK}([^a-zа-я].{0,20})?$`),
  // A related-article link: "Читайте также: …", "Read also: …".
  /^(читайте также|читать также|смотрите также|еще по теме|read also|read more|see also|also read|related)\s*:/,
];

/** Whether a whole line is page furniture. */
const MAX_FURNITURE = 400;

export function isFurniture(line: string): boolean {
  // Folding can only shorten a line by collapsing spaces; a line this long is never furniture.
  if (line.length > 4 * MAX_FURNITURE) return false;
  const key = furnitureKey(line);
  if (key === '' || key.length > MAX_FURNITURE) return false;
  if (KNOWN.has(key)) return true;
  // A label with a counter: "Комментарии (12)", "Share 34".
  const uncounted = key.replace(/\s*\(?\d+\)?$/, '');
  if (uncounted !== key && KNOWN.has(uncounted)) return true;
  return PATTERNS.some((pattern) => pattern.test(key));
}
