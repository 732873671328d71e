import { AREA_LEVELS, type AreaLevel } from '../area/area-level';
import type { RiskLevel } from '../risk/risk-rules';

export type AlertLevel = Exclude<RiskLevel, 'none'>;
const ALERT_LEVELS: readonly AlertLevel[] = ['red', 'orange', 'yellow', 'blue'];

export interface LevelDeadlines {
  /** Time to accept (受理). */
  acceptMs: number;
  /** Time from acceptance to the first visit and feedback (首次走访反馈). */
  feedbackMs: number;
}

export interface EscalationPolicyConfig {
  deadlines: Record<AlertLevel, LevelDeadlines>;
  /** Revisit interval per grade; null: no follow-up, the case may close once verified. */
  revisits: Record<AlertLevel, number | null>;
  /** Supervised tasks (督办) get their deadlines multiplied by this. */
  supervisedFactor: number;
}

export const DEFAULT_DEADLINES = 'red=15m/2h,orange=1h/24h,yellow=24h/72h,blue=72h/168h';
export const DEFAULT_REVISITS = 'red=7d,orange=14d,yellow=30d,blue=none';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `15m`, `2h`, `500ms`, `7d`. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
  if (!m) throw new Error(`"${text}" is not a duration (use e.g. 30s, 15m, 2h, 7d)`);
  return Math.round(Number(m[1]) * UNIT_MS[m[2]]);
}

function parseLevelMap<T>(spec: string, what: string, value: (v: string) => T): Record<AlertLevel, T> {
  const out: Partial<Record<AlertLevel, T>> = {};
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [level, v] = part.split('=');
    if (!ALERT_LEVELS.includes(level as AlertLevel)) throw new Error(`${what}: unknown level "${level}" (red, orange, yellow, blue)`);
    if (v === undefined) throw new Error(`${what}: "${part}" needs level=value`);
    out[level as AlertLevel] = value(v);
  }
  const missing = ALERT_LEVELS.filter((l) => out[l] === undefined);
  if (missing.length) throw new Error(`${what}: missing ${missing.join(', ')}`);
  return out as Record<AlertLevel, T>;
}

export function parseDeadlines(spec: string): Record<AlertLevel, LevelDeadlines> {
  return parseLevelMap(spec, 'deadlines', (v) => {
    const [accept, feedback] = v.split('/');
    if (!feedback) throw new Error(`deadlines: "${v}" must be accept/feedback, e.g. 15m/2h`);
    return { acceptMs: parseDuration(accept), feedbackMs: parseDuration(feedback) };
  });
}

export function parseRevisits(spec: string): Record<AlertLevel, number | null> {
  return parseLevelMap(spec, 'revisits', (v) => (v === 'none' ? null : parseDuration(v)));
}

/** The dues a task carries; the store keeps them, the scheduler turns them into delayed jobs. */
export interface TaskDues {
  acceptDueAt: Date | null;
  feedbackDueAt: Date | null;
}

/**
 * Deadlines, escalation chain and revisit rhythm by grade. A task's chain is fixed when it starts (its
 * dues are stored) and re-evaluated only when its grade rises or it is put under supervision.
 */
export class EscalationPolicy {
  constructor(readonly config: EscalationPolicyConfig) {
    if (!(config.supervisedFactor > 0 && config.supervisedFactor <= 1)) throw new Error('supervised factor must be in (0, 1]');
  }

  static fromSpecs(deadlines = DEFAULT_DEADLINES, revisits = DEFAULT_REVISITS, supervisedFactor = 0.5): EscalationPolicy {
    return new EscalationPolicy({ deadlines: parseDeadlines(deadlines), revisits: parseRevisits(revisits), supervisedFactor });
  }

  deadlines(level: AlertLevel, supervised: boolean): LevelDeadlines {
    const d = this.config.deadlines[level];
    const f = supervised ? this.config.supervisedFactor : 1;
    return { acceptMs: Math.round(d.acceptMs * f), feedbackMs: Math.round(d.feedbackMs * f) };
  }

  acceptDue(level: AlertLevel, supervised: boolean, from: Date): Date {
    return new Date(from.getTime() + this.deadlines(level, supervised).acceptMs);
  }

  feedbackDue(level: AlertLevel, supervised: boolean, from: Date): Date {
    return new Date(from.getTime() + this.deadlines(level, supervised).feedbackMs);
  }

  /**
   * Dues after the grade rose or supervision began: the running deadline becomes the earlier of the one
   * it had and the one the new terms give from now (a yellow case that turns red gets red deadlines at once).
   */
  tightened(current: TaskDues, level: AlertLevel, supervised: boolean, now: Date): TaskDues {
    const earlier = (a: Date | null, b: Date) => (a && a < b ? a : b);
    return {
      acceptDueAt: current.acceptDueAt ? earlier(current.acceptDueAt, this.acceptDue(level, supervised, now)) : null,
      feedbackDueAt: current.feedbackDueAt ? earlier(current.feedbackDueAt, this.feedbackDue(level, supervised, now)) : null,
    };
  }

  /** The level a missed deadline escalates to; null at the top (the city keeps it). */
  nextLevel(current: AreaLevel): AreaLevel | null {
    const i = AREA_LEVELS.indexOf(current);
    return i < AREA_LEVELS.length - 1 ? AREA_LEVELS[i + 1] : null;
  }

  /** Who hears of a new alert at once, beside the grid worker: red reaches the county duty officer. */
  immediateNotice(level: AlertLevel): AreaLevel | null {
    return level === 'red' ? 'county' : null;
  }

  revisitAfter(level: AlertLevel): number | null {
    return this.config.revisits[level];
  }
}
