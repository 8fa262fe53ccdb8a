// Numbers written the way either side writes them: "3,5" and "3.5" are the same decimal,
// "1 000", "1,000" and "1.000" the same thousand. A separator followed by exactly three digits
// is read as grouping, any other as a decimal point: "3,500" (English) and "3 500" (Russian)
// then agree, and "3,5" (Russian) agrees with "3.5" (English).

// A space groups digits only before exactly three of them, so "in 2024 2 people" stays two numbers.
const NUMBER = /\d+(?:[ \u00a0\u202f]\d{3}(?!\d))*(?:[.,']\d+)*/g;

function normaliseNumber(raw: string): string {
  const parts = raw.split(/[ \u00a0\u202f.,']/);
  let integer = parts[0];
  let i = 1;
  while (i < parts.length && parts[i].length === 3) integer += parts[i++];
  let key = integer.replace(/^0+(?=\d)/, '');
  if (i < parts.length) {
    const fraction = parts[i].replace(/0+$/, '');
    if (fraction) key += '.' + fraction;
    // Anything after a decimal part ("1.2.3", a date "12.05.2024") is kept as its own pieces.
    for (let k = i + 1; k < parts.length; k++) key += '|' + parts[k];
  }
  return key;
}

/** The numbers in a sentence, normalised; a date like "12.05.2024" yields its pieces. */
export function extractNumbers(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const key = normaliseNumber(match[0]);
    for (const piece of key.split('|')) if (piece) out.push(piece);
  }
  return out;
}
