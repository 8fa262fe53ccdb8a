import { foldCase, foldForMatching } from './normalise';

// Photo and video credits: "Фото: REUTERS/Anatolii Stepanov", "Photo: Global Look Press/…",
// "Источник: …", "© …". A credit is a short line; a long one that starts the same way is a sentence.

const MAX_CREDIT = 200;

const LABEL =
  '(фото|фотография|фотограф|автор фото|видео|кадр|кадр видео|скриншот|иллюстрация|инфографика|коллаж|графика|карта|источник|источники|' +
  'photo|photos|photograph|photographer|photo credit|picture|image|images|image credit|video|footage|screenshot|still|frame|' +
  'illustration|infographic|graphics|collage|map|source|sources|credit|credits|courtesy)';

const AGENCY =
  '(reuters|ap|afp|epa|epa-efe|tass|тасс|риа новости|ria novosti|sputnik|global look press|getty images|shutterstock|' +
  'известия|izvestia|коммерсантъ|kommersant|xinhua|anadolu|bloomberg|pool)';

const PATTERNS: RegExp[] = [
  // "Фото: …", "Photo — …", "Photo by …", "Фото РИА Новости/…". Dashes were folded to '-'; a dash
  // counts only after фото/видео, since "Карта - это…" opens a sentence.
  new RegExp(`^${LABEL}\\s*:\\s*\\S`),
  /^(фото|видео|photo|video|image|illustration)\s+(-|by)\s+\S/,
  new RegExp(`^${LABEL} ${AGENCY}`),
  // "© …", "(c) …", "Copyright …"
  /^(©|\(c\)|copyright\b)/,
  // A bare agency credit: "REUTERS/Anatolii Stepanov", "Global Look Press/Алексей Смышляев".
  new RegExp(`^${AGENCY}\\s*/\\s*\\S`),
];

export function isCredit(line: string): boolean {
  if (line.length > 4 * MAX_CREDIT) return false;
  const key = foldCase(foldForMatching(line)).trim();
  if (key === '' || key.length > MAX_CREDIT) return false;
  return PATTERNS.some((pattern) => pattern.test(key));
}
