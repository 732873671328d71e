import { randomBytes } from 'node:crypto';
import { FEEDS, PlainRecord } from '@hub/contracts';
import {
  admitUpstreamMessage,
  type DivisionDirectory,
  feedOfUpstreamMessage,
  PersonIdentity,
  plainRecordToEvent,
  recordIdOf,
  Rejection,
  RISK_RULES_V1,
  type RiskRules,
  ThreadAssessor,
} from '@hub/domain';
import { withJieba } from '@hub/segmentation';
import { generateSanmenxia } from '@hub/simulation';

export interface ClassifiedLine {
  id?: string;
  error?: string;
  domain?: string;
  familyRomantic?: boolean;
  relation?: string;
  riskScore?: number;
  riskLevel?: string;
  factors?: {
    code: string;
    label: string;
    weight: number;
    evidence: { recordId: string; field: string; start?: number; end?: number; text: string }[];
  }[];
  domainEvidence?: { recordId: string; field: string; start?: number; end?: number; text: string }[];
  flags?: string[];
  rulesVersion?: string;
}

/**
 * `npm run -s classify`: the live app's assessment, line by line, with the thread history kept in
 * memory across lines as the pipeline keeps it in PostgreSQL. Nothing is written anywhere.
 */
export class ClassifySession {
  private readonly assessor: ThreadAssessor;
  private readonly identity: PersonIdentity;
  private readonly divisions: DivisionDirectory;
  /** Pipeline record ids (`police110:J…#2`) to the ids the input used. */
  private readonly ids = new Map<string, string>();

  constructor(rules: RiskRules = withJieba(RISK_RULES_V1), hashKey?: string) {
    this.assessor = new ThreadAssessor(rules);
    this.identity = new PersonIdentity(hashKey && hashKey.length >= 16 ? hashKey : randomBytes(24).toString('hex'));
    const known = new Set(generateSanmenxia().map((a) => a.code));
    this.divisions = { isKnown: (c) => known.has(c) };
  }

  line(text: string, now = new Date()): ClassifiedLine {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      return { error: `not JSON: ${(e as Error).message}` };
    }
    const id = typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' ? raw.id : undefined;
    let event;
    if (typeof raw === 'object' && raw !== null && 'feed' in raw && 'text' in raw) {
      const parsed = PlainRecord.safeParse(raw);
      if (!parsed.success) {
        return {
          ...(id ? { id } : {}),
          error: parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; '),
        };
      }
      event = plainRecordToEvent(parsed.data, this.identity, now);
      this.ids.set(recordIdOf(event), parsed.data.id);
    } else {
      const feed = feedOfUpstreamMessage(raw);
      if (!feed)
        return {
          ...(id ? { id } : {}),
          error: 'neither a plain record (id, feed, text) nor a message of a feed (incidentNo, caseNo or petitionNo)',
        };
      try {
        event = admitUpstreamMessage(feed, Buffer.from(text), {
          policy: { maxMessageBytes: 1024 * 1024, maxTextChars: 20_000, futureToleranceMinutes: 10 },
          identity: this.identity,
          divisions: this.divisions,
          now,
          correlationId: 'classify',
        });
      } catch (e) {
        const ref = (raw as Record<string, unknown>)[{ police110: 'incidentNo', court: 'caseNo', petition: 'petitionNo' }[feed]];
        const rid = typeof ref === 'string' ? ref : undefined;
        if (e instanceof Rejection) return { ...(rid ? { id: rid } : {}), error: `${e.code}: ${e.en} (${FEEDS[feed].topic})` };
        throw e;
      }
      this.ids.set(recordIdOf(event), event.sourceRef);
    }
    const { assessment: a } = this.assessor.assess(event);
    const mapEvidence = (ev: { recordId: string; field: string; start?: number; end?: number; text: string }) => ({
      ...ev,
      recordId: this.ids.get(ev.recordId) ?? ev.recordId,
    });
    return {
      id: this.ids.get(recordIdOf(event)),
      domain: a.domain,
      familyRomantic: a.familyRomantic,
      ...(a.relation ? { relation: a.relation } : {}),
      riskScore: a.riskScore,
      riskLevel: a.riskLevel,
      factors: a.factors.map((f) => ({ code: f.code, label: f.label, weight: f.weight, evidence: f.evidence.map(mapEvidence) })),
      domainEvidence: a.domainEvidence.map(mapEvidence),
      ...(event.flags.length ? { flags: event.flags } : {}),
      rulesVersion: a.rulesVersion,
    };
  }
}
