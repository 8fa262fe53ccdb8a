import { describe, expect, it } from 'vitest';
import { blocksFromPlainText } from '../../shared/text/blocks';
import { segmentBlocks, segmentText } from '../../shared/text/segment';

const texts = (input: string) => blocksFromPlainText(input).map((block) => block.text);

describe('blocksFromPlainText', () => {
  it('makes a block of every non-empty line, as web pages are copied', () => {
    expect(texts('Реклама\nПрямой эфир\n\nПервый абзац.\nВСУ\nФото: REUTERS/Anatolii Stepanov\n\n\nВторой абзац.\n')).toEqual([
      'Реклама',
      'Прямой эфир',
      'Первый абзац.',
      'ВСУ',
      'Фото: REUTERS/Anatolii Stepanov',
      'Второй абзац.',
    ]);
  });

  it('trims lines and drops blank ones, whatever the line endings', () => {
    expect(texts('  Один  \r\n \u00a0\r\n\tДва\rТри')).toEqual(['Один', 'Два', 'Три']);
    expect(texts('')).toEqual([]);
    expect(texts('\n\n  \n')).toEqual([]);
  });

  it('sets no kind: classification is a separate step', () => {
    expect(blocksFromPlainText('Реклама')).toEqual([{ text: 'Реклама' }]);
  });

  it('keeps short web lines apart even when one starts in lower case', () => {
    expect(texts('Текст статьи.\nдальнобойная ракета ВСУ\nФото: REUTERS/Anatolii Stepanov')).toEqual([
      'Текст статьи.',
      'дальнобойная ракета ВСУ',
      'Фото: REUTERS/Anatolii Stepanov',
    ]);
  });

  it('joins hard-wrapped lines back into paragraphs', () => {
    const wrapped = [
      'Украинские войска наносят по 3,5 тыс. ударов по гражданским объектам в',
      'России еженедельно, рассказал посол по особым поручениям МИД России',
      'Родион Мирошник. Активизация, по его словам, произошла примерно с',
      'июля, а количество ударов растет.',
      '',
      'Губернатор Белгородской области заявил, что в случае разрушения дамбы',
      'возникнет угроза подтопления нескольких улиц населенных пунктов, где',
      'проживают около 1 тыс. человек.',
    ].join('\n');
    expect(texts(wrapped)).toEqual([
      'Украинские войска наносят по 3,5 тыс. ударов по гражданским объектам в России еженедельно, ' +
        'рассказал посол по особым поручениям МИД России Родион Мирошник. Активизация, по его словам, ' +
        'произошла примерно с июля, а количество ударов растет.',
      'Губернатор Белгородской области заявил, что в случае разрушения дамбы возникнет угроза ' +
        'подтопления нескольких улиц населенных пунктов, где проживают около 1 тыс. человек.',
    ]);
  });

  it('in hard-wrapped text, ends a paragraph at a short line and keeps a hyphenated word whole', () => {
    const wrapped = [
      'Удары по гражданской инфраструктуре используются как давление на',
      'переговорный процесс, подчеркнул посол, и они будут продолжаться.',
      'Короткая строка.',
      'Москва по-прежнему ждет от Вашингтона соблюдения анкориджских до-',
      'говоренностей, а также ответа по вопросу завершения договора о',
      'стратегических вооружениях, добавил глава ведомства.',
    ].join('\n');
    expect(texts(wrapped)).toEqual([
      'Удары по гражданской инфраструктуре используются как давление на переговорный процесс, ' +
        'подчеркнул посол, и они будут продолжаться. Короткая строка.',
      'Москва по-прежнему ждет от Вашингтона соблюдения анкориджских до-говоренностей, а также ответа ' +
        'по вопросу завершения договора о стратегических вооружениях, добавил глава ведомства.',
    ]);
  });
});

describe('segmentBlocks', () => {
  it('splits text and headings into sentences and keeps other rows whole', () => {
    const paragraphs = segmentBlocks(
      [
        { text: 'Прямой эфир. Смотрите сейчас' , kind: 'furniture' },
        { text: 'Первое. Второе.' },
        { text: 'Снимок. Вид сверху', kind: 'caption' },
        { text: 'Фото: ТАСС/Иван Иванов' },
        { text: 'Заголовок. С точкой внутри', kind: 'heading' },
        { text: 'Третье.' },
      ],
      'ru',
    );
    expect(paragraphs).toEqual([
      { kind: 'furniture', sentences: ['Прямой эфир. Смотрите сейчас'] },
      { kind: 'text', sentences: ['Первое.', 'Второе.'] },
      { kind: 'caption', sentences: ['Снимок. Вид сверху'] },
      { kind: 'credit', sentences: ['Фото: ТАСС/Иван Иванов'] },
      { kind: 'heading', sentences: ['Заголовок.', 'С точкой внутри'] },
      { kind: 'text', sentences: ['Третье.'] },
    ]);
  });

  it('leaves out blocks that are empty after trimming', () => {
    expect(segmentBlocks([{ text: '  ' }, { text: ' Текст. ' }], 'ru')).toEqual([{ kind: 'text', sentences: ['Текст.'] }]);
  });
});

describe('segmentText', () => {
  const RU = [
    '\ufeffПерейти к основному содержанию\r',
    'Реклама\r',
    'Выделить главное\r',
    '\r',
    'Украина наносит 3,5 тыс. ударов в неделю, сообщил посол. Одна из целей — дамба.  \r',
    '\r',
    'Украина создает фон для переговоров\r',
    '\r',
    '— Активизация произошла с июля, удары доходят до 3,5 тыс. За неделю было 3,3 тыс. прилетов. Речь идет о гражданских объектах, — сказал он.\r',
    '\r',
    'ВСУ\r',
    'Фото: REUTERS/Anatolii Stepanov\r',
    '\r',
    'Прямой эфир\r',
  ].join('\n');

  const EN = [
    'Skip to main content',
    'Advertisement',
    'Select important',
    '',
    'Ukraine strikes 3,500 targets a week, the ambassador said. One of the targets is a dam.',
    '',
    'Ukraine creates a backdrop for negotiations',
    '',
    '— The activity started in July, strikes reach 3.5 thousand. Over the week there were 3,300 arrivals. We are talking about civilian facilities," he said.',
    '',
    'ВСУ',
    'Photo: REUTERS/Anatolii Stepanov',
    '',
    'Переведено сервисом «Яндекс Переводчик»',
    '',
    'Live broadcast',
  ].join('\n');

  it('segments a copied Russian page', () => {
    expect(segmentText(RU, 'ru')).toEqual([
      { kind: 'furniture', sentences: ['Перейти к основному содержанию'] },
      { kind: 'furniture', sentences: ['Реклама'] },
      { kind: 'furniture', sentences: ['Выделить главное'] },
      { kind: 'text', sentences: ['Украина наносит 3,5 тыс. ударов в неделю, сообщил посол.', 'Одна из целей — дамба.'] },
      { kind: 'heading', sentences: ['Украина создает фон для переговоров'] },
      {
        kind: 'text',
        sentences: [
          '— Активизация произошла с июля, удары доходят до 3,5 тыс.',
          'За неделю было 3,3 тыс. прилетов.',
          'Речь идет о гражданских объектах, — сказал он.',
        ],
      },
      { kind: 'caption', sentences: ['ВСУ'] },
      { kind: 'credit', sentences: ['Фото: REUTERS/Anatolii Stepanov'] },
      { kind: 'furniture', sentences: ['Прямой эфир'] },
    ]);
  });

  it('segments its machine translation into the same shape', () => {
    const paragraphs = segmentText(EN, 'en');
    expect(paragraphs.map((p) => p.kind)).toEqual([
      'furniture', 'furniture', 'furniture', 'text', 'heading', 'text', 'caption', 'credit', 'furniture', 'furniture',
    ]);
    expect(paragraphs[3].sentences).toEqual(['Ukraine strikes 3,500 targets a week, the ambassador said.', 'One of the targets is a dam.']);
    expect(paragraphs[5].sentences).toEqual([
      '— The activity started in July, strikes reach 3.5 thousand.',
      'Over the week there were 3,300 arrivals.',
      'We are talking about civilian facilities," he said.',
    ]);
  });
});
