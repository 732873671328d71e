import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { Header, type Police110IncidentV1, Topic, topicName } from '@hub/contracts';
import type { PipelineStage, PipelineTrace, StageReached } from '@hub/persistence';
import { makeIdNumber } from './synthetic/people';

/** Each stage as the trace prints it. */
const STEPS: { stage: PipelineStage; label: string }[] = [
  { stage: 'stored', label: '入库 stored (ingest)' },
  { stage: 'assessed', label: '研判 assessed (risk)' },
  { stage: 'gridTask', label: '网格任务 grid task (dispatch)' },
  { stage: 'workerTerminal', label: '网格员终端 grid worker terminal' },
  { stage: 'countyDutyOfficer', label: '县级值班 county duty officer' },
];

/**
 * Publishes one red-level 110 call (a husband threatening his wife with a kitchen knife) and follows it
 * through the hub, printing when each stage had it: stored, assessed, grid task, grid worker's terminal,
 * county duty officer. The times are as PostgreSQL recorded them (read through `trace`, polled), relative
 * to the publish. For `hubctl trace-red` and the demo's board check.
 */
export async function traceRedCase(
  kafka: Kafka,
  trace: Pick<PipelineTrace, 'reached'>,
  topicSuffix: string,
  timeoutMs = 30_000,
): Promise<{ text: string; complete: boolean; incidentNo: string; publishedAt: number }> {
  const correlationId = randomUUID();
  const now = new Date();
  const incidentNo = `J411202${now.getTime()}`;
  const born = (y: number) => new Date(Date.UTC(y, 2, 15));
  const incident: Police110IncidentV1 = {
    schemaVersion: 1,
    incidentNo,
    revision: 1,
    status: 'received',
    receivedAt: now.toISOString(),
    category: { code: '04', name: '纠纷' },
    subCategory: { code: '040101', name: '家庭纠纷' },
    callText: '报警人称其丈夫酒后拿菜刀威胁要杀了她，还掐她脖子，她现在躲在邻居家，很害怕。',
    // A new household each run, so the call opens a task of its own instead of joining an earlier one.
    address: {
      text: `新园社区人民路${(now.getTime() % 900) + 100}号5号楼1单元${(now.getTime() % 29) + 1}02室`,
      divisionCode: '411202001001',
    },
    policeStation: { code: 'PS411202', name: '湖滨派出所' },
    persons: [
      {
        role: 'caller',
        name: '赵丽娟',
        idNumber: makeIdNumber('411202', born(1991), now.getTime() % 1000, false),
        phone: '13903987766',
        gender: 'F',
        age: 35,
      },
      {
        role: 'suspect',
        name: '孙海涛',
        idNumber: makeIdNumber('411202', born(1988), (now.getTime() + 7) % 1000, true),
        phone: '13803981122',
        gender: 'M',
        age: 38,
      },
    ],
  };
  const producer = kafka.producer();
  await producer.connect();
  const t0 = Date.now();
  await producer.send({
    topic: topicName(Topic.Police110Incident, topicSuffix),
    messages: [{ key: incidentNo, value: JSON.stringify(incident), headers: { [Header.CorrelationId]: correlationId } }],
  });
  await producer.disconnect();

  const found = new Map<PipelineStage, StageReached>();
  while (found.size < STEPS.length && Date.now() - t0 < timeoutMs) {
    for (const s of STEPS.filter((x) => !found.has(x.stage))) {
      const reached = await trace.reached(s.stage, correlationId);
      if (reached) found.set(s.stage, reached);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const lines = [`traced one red 110 call ${incidentNo} (correlation ${correlationId}):`];
  for (const s of STEPS) {
    const f = found.get(s.stage);
    lines.push(`  ${s.label.padEnd(34)} ${f ? `+${String(f.at.getTime() - t0).padStart(5)} ms  ${f.note ?? ''}` : 'not reached'}`);
  }
  return { text: lines.join('\n'), complete: found.size === STEPS.length, incidentNo, publishedAt: t0 };
}
