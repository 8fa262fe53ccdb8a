// The one order findings are listed in, on the server and in the panel that patches its list.
import { CHECK_IDS, type CheckId, type Finding } from '../model';

const CHECK_ORDER = new Map<CheckId, number>(CHECK_IDS.map((id, i) => [id, i]));

/**
 * By row, then by check, then by where they are in the row (the translation's span, else the
 * original's), so the same findings always come in one order.
 */
export function compareFindings(a: Pick<Finding, 'row' | 'check' | 'source' | 'target' | 'key'>, b: Pick<Finding, 'row' | 'check' | 'source' | 'target' | 'key'>): number {
  const pa = a.target ?? a.source;
  const pb = b.target ?? b.source;
  return (
    a.row - b.row ||
    CHECK_ORDER.get(a.check)! - CHECK_ORDER.get(b.check)! ||
    Number(!a.target) - Number(!b.target) ||
    (pa?.segmentId ?? 0) - (pb?.segmentId ?? 0) ||
    (pa?.start ?? 0) - (pb?.start ?? 0) ||
    (pa?.end ?? 0) - (pb?.end ?? 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
