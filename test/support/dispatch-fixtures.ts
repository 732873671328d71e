import { randomUUID } from 'node:crypto';
import type { Client, Pool } from 'pg';
import { gridAlertJobId, type GridAlertRaisedV1 } from '../../libs/contracts/src';
import { KNOWN_VILLAGE } from './builders';

export interface TestEventLocation {
  text: string;
  divisionCode: string;
  gridCode?: string;
  lat?: number;
  lng?: number;
}

/**
 * A stored normalized event, as ingest would have written it (persons already hashed and masked), so
 * that dispatch can route it and brief the grid worker. Returns the alert that risk would hand over.
 */
export async function storedAlert(
  db: Client | Pool,
  o: { level?: GridAlertRaisedV1['riskLevel']; score?: number; household?: string; location?: Partial<TestEventLocation> } = {},
): Promise<{ alert: GridAlertRaisedV1; jobId: string }> {
  const eventId = randomUUID();
  const location: TestEventLocation = { text: '新园社区人民路12号3号楼2单元301室', divisionCode: KNOWN_VILLAGE, ...o.location };
  const householdKey = o.household ?? `hh-${randomUUID()}`;
  const payload = {
    location,
    persons: [
      { role: 'caller', name: '李秀英', nameMasked: '李*英', idMasked: '4112**********0023' },
      { role: 'suspect', name: '王建国', nameMasked: '王*国' },
    ],
  };
  const ref = `J${eventId.slice(0, 12)}`;
  await db.query(
    `INSERT INTO normalized_event (event_id, source, source_ref, revision, status, occurred_at, division_code, household_key, flags, payload,
       correlation_id, kafka_topic, kafka_partition, kafka_offset)
     VALUES ($1, 'police110', $2, 1, 'received', now(), $3, $4, '{}', $5, $6, 'test', 0, 0)`,
    [eventId, ref, location.divisionCode.slice(0, 12).padEnd(12, '0'), householdKey, JSON.stringify(payload), `corr-${eventId}`],
  );
  const assessmentId = randomUUID();
  const factors = { factors: [{ code: 'threat_to_kill', label: '扬言杀人', weight: 30, evidence: [] }], domainEvidence: [] };
  await db.query(
    `INSERT INTO risk_assessment (assessment_id, event_id, source, source_ref, revision, occurred_at, household_key, person_hashes, division_code,
       domain, family_romantic, risk_score, risk_level, factor_codes, factors, rules_version, correlation_id)
     VALUES ($1, $2, 'police110', $3, 1, now(), $4, '{}', $5, 'marriage_family', true, $6, $7, '{threat_to_kill}', $8, 'test', $9)`,
    [
      assessmentId,
      eventId,
      ref,
      householdKey,
      location.divisionCode.slice(0, 12).padEnd(12, '0'),
      o.score ?? 85,
      o.level ?? 'red',
      JSON.stringify(factors),
      `corr-${eventId}`,
    ],
  );
  const alert: GridAlertRaisedV1 = {
    schemaVersion: 1,
    assessmentId,
    eventId,
    householdKey,
    divisionCode: location.divisionCode,
    riskLevel: o.level ?? 'red',
    riskScore: o.score ?? 85,
    correlationId: `corr-${eventId}`,
    raisedAt: new Date().toISOString(),
    // What risk hands over so that dispatch reads none of its tables: where, who (masked), why.
    location,
    brief: {
      persons: payload.persons.map(({ role, nameMasked, idMasked }) => ({ role, nameMasked, ...(idMasked ? { idMasked } : {}) })),
      factorLabels: factors.factors.map((f) => f.label),
    },
  };
  return { alert, jobId: gridAlertJobId(assessmentId) };
}
