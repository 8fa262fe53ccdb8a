import { describe, expect, it } from 'vitest';
import type { Block, RowKind } from '../../shared/model';
import { classifyBlocks } from '../../shared/text/classify';
import { isCredit } from '../../shared/text/credits';
import { isFurniture } from '../../shared/text/furniture';

const blocks = (...lines: string[]): Block[] => lines.map((text) => ({ text }));

describe('isFurniture', () => {
  it.each([
    'Перейти к основному содержанию',
    'Skip to main content',
    'Реклама',
    'РЕКЛАМА',
    'Advertisement',
    'Share',
    'Поделиться',
    'Поделиться в ВКонтакте',
    'Share on Facebook',
    'Live broadcast',
    'Прямой эфир',
    'Главный слайд',
    'Main slide',
    'Начало статьи',
    'Beginning of the article',
    'Озвучить текст',
    'Выделить главное',
    'Select important',
    'Вкл',
    'Выкл',
    'On',
    'Off',
    'Читать также',
    'Читайте также:',
    'Читайте также: Удары по дамбе продолжаются',
    'Read also: Strikes on the dam continue',
    'Подписаться',
    'Комментарии (12)',
    '• Telegram',
    'Читайте нас в Telegram',
    'Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая, вы соглашаетесь.',
    'We use cookies to improve your experience. By continuing you accept our policy.',
    'Переведено сервисом «Яндекс Переводчик»',
    'Переведено сервисом "Яндекс Переводчик"',
    'Translated by Yandex Translator',
    'Translated with www.DeepL.com/Translator (free version)',
    'Переведено с помощью DeepL',
    'Translated by Google',
  ])('%s', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    'Russia will share its data with partners.',
    'Share prices fell sharply on Monday.',
    'Поделиться опытом с коллегами решили в Минобороны.',
    'Реклама на телевидении подорожала на 20%.',
    'Прямой эфир прервали из-за технического сбоя.',
    'Главное',
    'Live updates from the summit are on our page, the ministry said.',
    'Translated into 30 languages, Google said, the report reached millions of readers around the world today.',
    'Украина еженедельно наносит 3,5 тыс. ударов по гражданским объектам.',
    '',
  ])('is text: %s', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe('isCredit', () => {
  it.each([
    'Фото: REUTERS/Anatolii Stepanov',
    'Фото: Global Look Press/Алексей Смышляев',
    'Фото: ИЗВЕСТИЯ/Эдуард Корниенко',
    'Photo: Global Look Press/Department of Defense',
    'Photo: IZVESTIA/Eduard Kornienko',
    'Photo by John Smith',
    'Фото — ТАСС',
    'Фото РИА Новости/Сергей Пятаков',
    'Видео: Telegram-канал «Известия»',
    'Источник: Минобороны России',
    'Source: Russian Defence Ministry',
    '© Reuters',
    '(c) AP Photo',
    'REUTERS/Anatolii Stepanov',
  ])('%s', (line) => {
    expect(isCredit(line)).toBe(true);
  });

  it.each([
    'Фотограф долго ждал этого кадра.',
    'Photo-realistic rendering is hard.',
    'Источник в Кремле сообщил, что встреча состоится.',
    'Карта - это важный документ.',
    `Источник: ${'очень длинное предложение '.repeat(10)}`,
  ])('is not a credit: %s', (line) => {
    expect(isCredit(line)).toBe(false);
  });
});

// A page copied from a news site: furniture, a lead, a heading, a photo with its caption and
// credit, a quotation, and the translator's footer on the English side.
const RU_PAGE = blocks(
  'Перейти к основному содержанию',
  'Реклама',
  'Прямой эфир',
  'Озвучить текст',
  'Вкл',
  'Выкл',
  'Киев усилил удары по энергетике, сообщил посол. Под удар попали подстанции.',
  'Удары по энергетике стали чаще',
  'По словам дипломата, без света остались до 150 тыс. человек.',
  'Подстанция',
  'Фото: REUTERS/Иван Петров',
  '— Это прямое нарушение международного права, — подчеркнул он.',
  'Реклама',
  'Переговоры продолжатся в ноябре.',
  'Прямой эфир',
);

const RU_KINDS: RowKind[] = [
  'furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture',
  'text', 'heading', 'text', 'caption', 'credit', 'text', 'furniture', 'text', 'furniture',
];

const EN_PAGE = blocks(
  'Skip to main content',
  'Advertisement',
  'Live broadcast',
  'Озвучить текст',
  'On',
  'Off',
  'Kiev has stepped up strikes on energy facilities, the ambassador said. Substations were hit.',
  'Strikes on energy facilities have become more frequent',
  'According to the diplomat, up to 150 thousand people were left without electricity.',
  'Подстанция',
  'Photo: REUTERS/Ivan Petrov',
  '— This is a direct violation of international law," he stressed.',
  'Advertisement',
  'The negotiations will continue in November.',
  'Переведено сервисом «Яндекс Переводчик»',
  'Live broadcast',
);

const EN_KINDS: RowKind[] = [...RU_KINDS.slice(0, -1), 'furniture', 'furniture'];

describe('classifyBlocks on a copied page', () => {
  it('classifies the Russian original', () => {
    expect(classifyBlocks(RU_PAGE, 'ru')).toEqual(RU_KINDS);
  });

  it('classifies its machine translation, caption left in Cyrillic and footer included', () => {
    expect(classifyBlocks(EN_PAGE, 'en')).toEqual(EN_KINDS);
  });
});

describe('classifyBlocks: captions', () => {
  it('takes a lower-case caption before a credit', () => {
    expect(classifyBlocks(blocks('Текст статьи.', 'дальнобойная ракета ВСУ', 'Фото: REUTERS/Anatolii Stepanov', 'Ещё текст.'), 'ru'))
      .toEqual(['text', 'caption', 'credit', 'text']);
  });

  it('takes a caption that is a full sentence', () => {
    expect(classifyBlocks(blocks('Текст.', 'Сергей Лавров на пресс-конференции в Москве.', 'Фото: ТАСС/Иван Иванов'), 'ru'))
      .toEqual(['text', 'caption', 'credit']);
  });

  it('leaves a long paragraph before a credit as text', () => {
    const long = `${'Это длинный абзац статьи о переговорах. '.repeat(8)}`;
    expect(classifyBlocks(blocks(long, 'Фото: ТАСС/Иван Иванов', 'Текст.'), 'ru')).toEqual(['text', 'credit', 'text']);
  });

  it('does not take furniture or a quotation for a caption', () => {
    expect(classifyBlocks(blocks('Реклама', 'Photo: AP'), 'en')).toEqual(['furniture', 'credit']);
    expect(classifyBlocks(blocks('— Мы готовы, — сказал он.', 'Фото: ТАСС'), 'ru')).toEqual(['text', 'credit']);
  });
});

describe('classifyBlocks: headings', () => {
  it('takes a short unpunctuated line between paragraphs for a heading', () => {
    expect(classifyBlocks(blocks('Первый абзац.', 'Украина создает фон для переговоров', 'Второй абзац.'), 'ru'))
      .toEqual(['text', 'heading', 'text']);
  });

  it('takes a title and a subtitle, but not a third line', () => {
    expect(classifyBlocks(blocks('Заголовок статьи', 'Подзаголовок статьи', 'Текст.'), 'ru')).toEqual(['heading', 'heading', 'text']);
    expect(classifyBlocks(blocks('Один', 'Два', 'Три', 'Текст.'), 'ru')).toEqual(['text', 'heading', 'heading', 'text']);
  });

  it('looks past furniture and photos for the text a heading leads into', () => {
    expect(classifyBlocks(blocks('Когда состоится саммит', 'Реклама', 'Будапешт', 'Фото: ТАСС', 'Текст.'), 'ru'))
      .toEqual(['heading', 'furniture', 'caption', 'credit', 'text']);
  });

  it('does not take a line that leads into nothing, ends with punctuation, is long or lower-case', () => {
    expect(classifyBlocks(blocks('Текст.', 'Последняя строка'), 'ru')).toEqual(['text', 'text']);
    expect(classifyBlocks(blocks('Это вопрос?', 'Текст.'), 'ru')).toEqual(['text', 'text']);
    expect(classifyBlocks(blocks('Список:', 'Текст.'), 'ru')).toEqual(['text', 'text']);
    expect(classifyBlocks(blocks('строчная строка без точки', 'Текст.'), 'ru')).toEqual(['text', 'text']);
    const long = 'Очень длинная строка из многих слов которая никак не может быть заголовком статьи потому что в ней слишком много слов';
    expect(classifyBlocks(blocks(long, 'Текст.'), 'ru')).toEqual(['text', 'text']);
  });

  it('accepts a heading opening with a quote or a number', () => {
    expect(classifyBlocks(blocks('«Валдай» о саммите', 'Текст.'), 'ru')).toEqual(['heading', 'text']);
    expect(classifyBlocks(blocks('5 главных вопросов', 'Текст.'), 'ru')).toEqual(['heading', 'text']);
  });
});

describe('classifyBlocks: kinds set by the file format', () => {
  it('keeps them and lets them count as neighbours', () => {
    const input: Block[] = [
      { text: 'Реклама', kind: 'text' },
      { text: 'A heading from <h2>', kind: 'heading' },
      { text: 'Caption' },
      { text: 'Credit line', kind: 'credit' },
      { text: 'Body text.' },
    ];
    expect(classifyBlocks(input, 'en')).toEqual(['text', 'heading', 'caption', 'credit', 'text']);
  });

  it('returns one kind per block', () => {
    expect(classifyBlocks([], 'ru')).toEqual([]);
    expect(classifyBlocks(RU_PAGE, 'ru')).toHaveLength(RU_PAGE.length);
  });
});
