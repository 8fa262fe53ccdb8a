import { describe, expect, it } from 'vitest';
import { extractFeatures, extractNumbers, matchKey, transliterate } from '../../shared/align';

describe('extractNumbers', () => {
  it('reads decimal commas and points alike', () => {
    expect(extractNumbers('Украина наносит 3,5 тыс. ударов')).toEqual(['3.5']);
    expect(extractNumbers('about 3.5 thousand strikes')).toEqual(['3.5']);
  });

  it('reads digit grouping with spaces, commas and points alike', () => {
    expect(extractNumbers('около 1 000 человек')).toEqual(['1000']);
    expect(extractNumbers('about 1,000 people')).toEqual(['1000']);
    expect(extractNumbers('3,500 strikes and 1.250.000 euros')).toEqual(['3500', '1250000']);
    expect(extractNumbers('12\u00a0500 рублей')).toEqual(['12500']);
  });

  it('keeps numbers separated by a space apart unless the second has three digits', () => {
    expect(extractNumbers('in 2024 2 people')).toEqual(['2024', '2']);
    expect(extractNumbers('16 мая, 2 июня и 23 июля')).toEqual(['16', '2', '23']);
  });

  it('drops leading and trailing zeros that do not change the value', () => {
    expect(extractNumbers('007 and 0,50')).toEqual(['7', '0.5']);
  });
});

describe('matchKey', () => {
  it('brings a Russian name and its English spelling to one key', () => {
    for (const [ru, en] of [
      ['Шойгу', 'Shoigu'],
      ['Москва', 'Moscow'],
      ['Вашингтон', 'Washington'],
      ['Клинцевичу', 'Klintsevich'],
      ['Зеленский', 'Zelensky'],
      ['Мирошник', 'Miroshnik'],
    ]) {
      expect(matchKey(ru)).toBe(matchKey(en));
    }
  });

  it('tells different names apart', () => {
    expect(matchKey('Путин')).not.toBe(matchKey('Trump'));
    expect(matchKey('Лавров')).not.toBe(matchKey('Rubio'));
  });

  it('drops accents, so Hungarian and English spellings meet', () => {
    expect(matchKey('Nádasdy')).toBe(matchKey('Nadasdy'));
  });

  it('transliterates letter by letter', () => {
    expect(transliterate('Щука и ёж')).toBe('shchuka i ezh');
  });
});

describe('extractFeatures', () => {
  it('keeps only anchors the other side also has', () => {
    const text = extractFeatures(
      ['Посол Родион Мирошник сообщил о 3,5 тыс. ударов, а не о 3 500.', 'Реклама'],
      ['Ambassador Rodion Miroshnik reported 3,500 strikes.', 'Advertisement'],
    );
    const keys = (ids: Int32Array) => [...ids].map((id) => text.anchors[id]).sort();
    expect(keys(text.source[0].anchors)).toEqual(['n:3500', 'w:miro', 'w:rodi']);
    expect(keys(text.target[0].anchors)).toEqual(['n:3500', 'w:miro', 'w:rodi']);
    expect(keys(text.source[1].anchors)).toEqual([]);
  });

  it('takes a sentence-initial capital for a name only if the text uses it as one elsewhere', () => {
    const text = extractFeatures(
      ['Путин приехал.', 'Вчера Путин уехал.', 'Вчера шел дождь.'],
      ['Putin arrived.', 'Yesterday Putin left.', 'Yesterday it rained.'],
    );
    const keys = (ids: Int32Array) => [...ids].map((id) => text.anchors[id]);
    expect(keys(text.source[0].anchors)).toEqual(['w:puti']);
    expect(keys(text.target[0].anchors)).toEqual(['w:puti']);
    // "Вчера" and "Yesterday" are capitalised only where a sentence starts.
    expect(text.anchors).toEqual(['w:puti']);
  });

  it('anchors a line the translation left untranslated', () => {
    const text = extractFeatures(['ВСУ', 'Фото: REUTERS'], ['ВСУ', 'Photo: REUTERS']);
    const keys = (ids: Int32Array) => [...ids].map((id) => text.anchors[id]);
    expect(keys(text.source[0].anchors)).toEqual(['s:всу']);
    expect(keys(text.target[0].anchors)).toEqual(['s:всу']);
    expect(keys(text.source[1].anchors)).toEqual(['w:reut']);
  });

  it('gives inflected forms of a word one id', () => {
    const text = extractFeatures(['Morgannak adta.', 'Morgan jött.'], ['x']);
    expect(text.source[0].words[0]).toBe(text.source[1].words[0]);
  });

  it('marks paragraph markers and lines without closing punctuation', () => {
    const { source } = extractFeatures(['<p>', 'Заголовок статьи', 'Обычное предложение.'], ['x']);
    expect(source.map((f) => [f.paragraph, f.open])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
  });
});
