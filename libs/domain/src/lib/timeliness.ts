import type { ReportingPeriod } from './periods';
import { percent } from './percent';
import { periodInstants, vnDate } from './vietnam-time';

export type Resolution = 'early' | 'on_time' | 'late';

/** By calendar day in Vietnam time: a result at 09:00 on the due day is on time even if due at 17:00. */
export function classifyResolution(dueAt: Date, resultAt: Date): Resolution {
  const due = vnDate(dueAt);
  const result = vnDate(resultAt);
  return result < due ? 'early' : result === due ? 'on_time' : 'late';
}

export interface DossierFacts {
  receivedAt: Date;
  dueAt: Date;
  resultAt: Date | null;
  channel: 'online' | 'direct' | 'postal';
  digitized: boolean;
  signed: boolean;
  paidOnline: boolean;
}

export interface DossierStats {
  from: string;
  to: string;
  received: number;
  receivedOnline: number;
  receivedDirect: number;
  receivedPostal: number;
  carriedOver: number;
  resolved: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  pending: number;
  pendingWithinDeadline: number;
  pendingOverdue: number;
  onlineRate: number | null;
  onTimeRate: number | null;
  digitizedRate: number | null;
  signedRate: number | null;
  paidOnlineRate: number | null;
}

/**
 * Reference implementation of the official figures (the API counts the same in ClickHouse SQL, and
 * tests hold the two against each other). Pending is judged at the period's end, whatever happened
 * later, so an export taken weeks after the period gives the same figures as one on its last day.
 */
export function computeDossierStats(dossiers: Iterable<DossierFacts>, period: ReportingPeriod): DossierStats {
  const { start, endExclusive } = periodInstants(period);
  const s = start.getTime();
  const e = endExclusive.getTime();
  const counts = {
    received: 0, receivedOnline: 0, receivedDirect: 0, receivedPostal: 0, carriedOver: 0,
    resolved: 0, resolvedEarly: 0, resolvedOnTime: 0, resolvedLate: 0,
    pending: 0, pendingOverdue: 0, digitized: 0, signed: 0, paidOnline: 0,
  };
  for (const d of dossiers) {
    const received = d.receivedAt.getTime();
    const result = d.resultAt?.getTime() ?? null;
    if (received >= s && received < e) {
      counts.received++;
      if (d.channel === 'online') counts.receivedOnline++;
      else if (d.channel === 'direct') counts.receivedDirect++;
      else counts.receivedPostal++;
      if (d.digitized) counts.digitized++;
      if (d.signed) counts.signed++;
      if (d.paidOnline) counts.paidOnline++;
    }
    if (received < s && (result === null || result >= s)) counts.carriedOver++;
    if (result !== null && result >= s && result < e) {
      counts.resolved++;
      const resolution = classifyResolution(d.dueAt, d.resultAt!);
      if (resolution === 'early') counts.resolvedEarly++;
      else if (resolution === 'on_time') counts.resolvedOnTime++;
      else counts.resolvedLate++;
    }
    if (received < e && (result === null || result >= e)) {
      counts.pending++;
      if (vnDate(d.dueAt) < period.to) counts.pendingOverdue++;
    }
  }
  return {
    from: period.from,
    to: period.to,
    received: counts.received,
    receivedOnline: counts.receivedOnline,
    receivedDirect: counts.receivedDirect,
    receivedPostal: counts.receivedPostal,
    carriedOver: counts.carriedOver,
    resolved: counts.resolved,
    resolvedEarly: counts.resolvedEarly,
    resolvedOnTime: counts.resolvedOnTime,
    resolvedLate: counts.resolvedLate,
    pending: counts.pending,
    pendingWithinDeadline: counts.pending - counts.pendingOverdue,
    pendingOverdue: counts.pendingOverdue,
    onlineRate: percent(counts.receivedOnline, counts.received),
    onTimeRate: percent(counts.resolvedEarly + counts.resolvedOnTime, counts.resolved),
    digitizedRate: percent(counts.digitized, counts.received),
    signedRate: percent(counts.signed, counts.received),
    paidOnlineRate: percent(counts.paidOnline, counts.received),
  };
}

/** Whether a period saw any dossier at all; pages show their empty state and breakdowns drop the row when not. */
export function hasActivity(stats: Pick<DossierStats, 'received' | 'carriedOver' | 'resolved' | 'pending'>): boolean {
  return stats.received + stats.carriedOver + stats.resolved + stats.pending > 0;
}
