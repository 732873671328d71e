import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { NormalizedEventV1 } from '@hub/contracts';
import { PersonIdentity, plainRecordToEvent, RISK_RULES_V1 } from '@hub/domain';
import { EventStore } from '@hub/persistence';
import { freshPool } from '../../../../test/support/infra';
import { renderBacktest, runBacktest } from './backtest';

/** The back-test on real PostgreSQL: stored events and what was issued for them, through the current version. */
describe('hubctl backtest', () => {
  let db: Awaited<ReturnType<typeof freshPool>>;
  let pool: Pool;
  const identity = new PersonIdentity('backtest-key-0123456789');
  const HUBIN = '411202001001'; // 湖滨区
  const LINGBAO = '411282100001'; // 灵宝市

  async function stored(id: string, text: string, date: string, division: string, issued?: { level: string; family: boolean }) {
    const event: NormalizedEventV1 = plainRecordToEvent({ id, feed: 'police110', text, date }, identity, new Date('2026-12-01T00:00:00Z'));
    event.location.divisionCode = division;
    await new EventStore(pool).storeBatch([{ event, kafka: { topic: 'test', partition: 0, offset: '0' } }]);
    if (!issued) return;
    await pool.query(
      `INSERT INTO risk_assessment (assessment_id, event_id, source, source_ref, revision, occurred_at, household_key, person_hashes,
         division_code, domain, family_romantic, risk_score, risk_level, factor_codes, factors, rules_version, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '{}', $8, $9, $10, 0, $11, '{}', '{}', 'risk-rules-2026.11.27-2', 'test')`,
      [randomUUID(), event.eventId, event.source, event.sourceRef, event.revision, event.occurredAt, event.householdKey, division,
        issued.family ? '婚姻家庭' : '其他', issued.family, issued.level], // prettier-ignore
    );
  }

  beforeAll(async () => {
    db = await freshPool(2);
    ({ pool } = db);
    await stored('B1', '报警人称丈夫拿菜刀要砍她', '2026-11-10T20:00:00+08:00', HUBIN, { level: 'yellow', family: true });
    await stored('B2', '报警人称和老公吵架，家里煤气没了', '2026-11-11T20:00:00+08:00', HUBIN, { level: 'red', family: true });
    await stored('B3', '隔壁两口子打架，女的哭喊救命', '2026-11-12T20:00:00+08:00', LINGBAO, { level: 'none', family: false });
    await stored('B4', '报警人称丈夫吵架时把电视砸了', '2026-11-13T20:00:00+08:00', LINGBAO, { level: 'red', family: true });
    await stored('B5', '报警人称丈夫打她，她已经报警三次了', '2026-11-14T20:00:00+08:00', LINGBAO);
    await stored('B6', '报警人称丈夫拿菜刀要砍她', '2026-12-20T20:00:00+08:00', HUBIN, { level: 'blue', family: true });
  });

  afterAll(async () => {
    await db?.close();
  });

  it('says, per level and county, which alerts the candidate would add, drop, raise or lower, with examples', async () => {
    const from = new Date('2026-11-01T00:00:00+08:00');
    const to = new Date('2026-12-01T00:00:00+08:00');
    const r = await runBacktest(pool, { rules: RISK_RULES_V1, from, to, examples: 2 });
    expect(r).toMatchObject({
      candidateVersion: RISK_RULES_V1.version,
      events: 5,
      notIssued: 1,
      issuedVersions: { 'risk-rules-2026.11.27-2': 4 },
    });
    expect(r.changes).toEqual({ added: 1, dropped: 1, raised: 1, lowered: 1 });
    expect(r.byLevel.red).toEqual({ added: 0, raised: 1, dropped: 1, lowered: 1 });
    expect(r.byLevel.orange).toEqual({ added: 1, raised: 0, dropped: 0, lowered: 0 });
    expect(r.byArea['411202000000']).toMatchObject({ raised: 1, dropped: 1 });
    expect(r.byArea['411282000000']).toMatchObject({ added: 1, lowered: 1 });
    expect(r.examples.raised[0]).toMatchObject({ sourceRef: 'B1', issued: 'yellow', candidate: 'red' });
    expect(r.examples.raised[0].why).toContain('菜刀');
    const text = await renderBacktest(pool, r, from, to);
    expect(text).toContain('湖滨区');
    expect(text).toMatch(/新增预警/);
  });
});
