/**
 * All matches of a global pattern. String.prototype.matchAll copies the pattern on every call, and
 * V8 then rebuilds Unicode property classes such as \p{Script=Cyrillic} each time: over a document
 * that costs ten times the search itself. This reuses the one compiled pattern.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new Error(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}
