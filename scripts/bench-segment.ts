// Times segmentText on about 1 MB of generated Russian and English page copies.
// Run: npx tsx scripts/bench-segment.ts
import { pathToFileURL } from 'node:url';
import type { Lang } from '../shared/model';
import { segmentText } from '../shared/text/segment';

const RU_PARAGRAPHS = [
  'Украина еженедельно наносит 3,5 тыс. ударов по гражданским объектам в России, сообщил «Известиям» посол Родион Мирошник. Одна из целей — дамба в Белгородской обл. По словам дипломата, т. е. по данным МИД, удары участились.',
  '— Активизация произошла примерно с июля, количество ударов доходит до 3,5 тыс. За прошедшую неделю было более 3,3 тыс. прилетов. Речь идет о гражданских объектах, — сказал он.',
  'Последний взрыв Вашингтон провел в 1992 г. Западные СМИ назвали это разворотом. В 1992 г. Москва ответила иначе… Президент В. В. Путин и композитор М. П. Мусоргский здесь ни при чем!',
  'Театр им. Вахтангова на ул. Арбат, д. 26, стр. 1 открыл сезон. До города 5 км. от трассы, ехать около 10.30 мин. Билеты по 500 руб. Скидок нет?',
];

const EN_PARAGRAPHS = [
  'Ukraine strikes 3,500 civilian targets in Russia every week, Ambassador Rodion Miroshnik told Izvestia. One of the targets is a dam in the Belgorod region, i.e. near the border.',
  '— Our activation occurred around July, and the number of strikes reaches about 3.5 thousand. Over the past week, we have had more than 3,300 arrivals. We are talking about civilian facilities," he said.',
  'US Vice President Jay D. Vance met Mr. Smith and Dr. Brown in Washington, D.C. The meeting began at 5 p.m. Moscow time. He said that "there is always a chance." At the same time, the U.S. Senate voted.',
  'Gov. Newsom and Sen. Warren visited No. 5 St. Petersburg Ave. on Oct. 5, e.g. with apples, pears, etc. Nothing was left... The talks ended at 7 p.m. He left at once!',
];

const RU_FURNITURE = ['Реклама', 'ВСУ', 'Фото: REUTERS/Anatolii Stepanov', 'Украина создает фон для переговоров'];
const EN_FURNITURE = ['Advertisement', 'ВСУ', 'Photo: REUTERS/Anatolii Stepanov', 'Ukraine creates a backdrop for negotiations'];

/** About `size` UTF-16 units of page copy: paragraphs with numbers varied, furniture every few. */
function generate(paragraphs: string[], furniture: string[], size: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const line = i % 5 === 4 ? furniture[(i / 5) % furniture.length | 0] : `${paragraphs[i % paragraphs.length]} ${i}.`;
    lines.push(line, '');
    length += line.length + 2;
  }
  return lines.join('\n');
}

export interface BenchResult {
  lang: Lang;
  chars: number;
  paragraphs: number;
  sentences: number;
  ms: number;
}

export function benchSegment(size = 1 << 20): BenchResult[] {
  const inputs: [Lang, string][] = [
    ['ru', generate(RU_PARAGRAPHS, RU_FURNITURE, size)],
    ['en', generate(EN_PARAGRAPHS, EN_FURNITURE, size)],
  ];
  segmentText(inputs[0][1].slice(0, 50_000), 'ru'); // warm up the JIT
  return inputs.map(([lang, text]) => {
    const start = performance.now();
    const paragraphs = segmentText(text, lang);
    const ms = performance.now() - start;
    const sentences = paragraphs.reduce((sum, p) => sum + p.sentences.length, 0);
    return { lang, chars: text.length, paragraphs: paragraphs.length, sentences, ms };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of benchSegment()) {
    console.log(
      `segment ${r.lang}: ${r.chars.toLocaleString('en')} chars, ${r.paragraphs.toLocaleString('en')} paragraphs, ` +
        `${r.sentences.toLocaleString('en')} sentences in ${r.ms.toFixed(0)} ms`,
    );
  }
}
