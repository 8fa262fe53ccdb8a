// Job titles that recur in news and are worth a glossary entry, with their usual English.
// `complement` says what may follow: the genitive naming whose title it is (пресс-секретарь
// Кремля, премьер-министр Венгрии), a region (губернатор Белгородской области), or nothing.

export interface TitlePattern {
  ru: string;
  en: string[];
  complement: 'none' | 'genitive' | 'region';
  /** The title alone says too little to be a glossary entry (президент). */
  needsComplement: boolean;
}

export const TITLE_PATTERNS: TitlePattern[] = [
  { ru: 'посол по особым поручениям', en: ['ambassador-at-large', 'ambassador at large'], complement: 'none', needsComplement: false },
  {
    ru: 'пресс-секретарь',
    en: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary'],
    complement: 'genitive',
    needsComplement: false,
  },
  {
    ru: 'министр иностранных дел',
    en: ['foreign minister', 'minister of foreign affairs'],
    complement: 'genitive',
    needsComplement: false,
  },
  { ru: 'министр обороны', en: ['defense minister', 'defence minister', 'minister of defense'], complement: 'genitive', needsComplement: false },
  { ru: 'губернатор', en: ['governor'], complement: 'region', needsComplement: true },
  { ru: 'вице-президент', en: ['vice president', 'vice-president'], complement: 'genitive', needsComplement: false },
  { ru: 'премьер-министр', en: ['prime minister', 'premier'], complement: 'genitive', needsComplement: false },
  { ru: 'госсекретарь', en: ['secretary of state'], complement: 'genitive', needsComplement: false },
  { ru: 'генеральный секретарь', en: ['secretary general', 'secretary-general'], complement: 'genitive', needsComplement: false },
  { ru: 'президент', en: ['president'], complement: 'genitive', needsComplement: true },
];
