import { type Job, UnrecoverableError } from 'bullmq';
import { JobName, QueueName } from '@hub/contracts';
import { JobRegistry } from './job-registry';

const job = (name: string, queueName: string, data: unknown) => ({ name, queueName, data }) as unknown as Job;
const handleAll = (r: JobRegistry, except: JobName[] = []) => {
  for (const n of Object.values(JobName)) if (!except.includes(n)) r.handle(n, async () => n);
};

describe('JobRegistry', () => {
  it('refuses to start while a job has no handler, and refuses a second handler', () => {
    const r = new JobRegistry();
    handleAll(r, [JobName.RevisitDue]);
    expect(() => r.onApplicationBootstrap()).toThrow(`no handler for job ${JobName.RevisitDue}`);
    r.handle(JobName.RevisitDue, async () => 'revisit');
    expect(() => r.onApplicationBootstrap()).not.toThrow();
    expect(() => r.handle(JobName.RevisitDue, async () => 'again')).toThrow('two handlers');
  });

  it('parses every job by its schema before the handler sees it; what cannot succeed fails at once', async () => {
    const r = new JobRegistry();
    const seen: unknown[] = [];
    handleAll(r, [JobName.EscalationRaised]);
    r.handle(JobName.EscalationRaised, async (data) => seen.push(data));
    const id = '7f0c1f4e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
    await r.run(job(JobName.EscalationRaised, QueueName.Escalations, { schemaVersion: 1, escalationId: id, extra: 'dropped' }));
    expect(seen).toEqual([{ schemaVersion: 1, escalationId: id }]);
    await expect(r.run(job(JobName.EscalationRaised, QueueName.Escalations, { schemaVersion: 1, escalationId: 'x' }))).rejects.toThrow(
      UnrecoverableError,
    );
    await expect(r.run(job('nobody.knows.v1', QueueName.Escalations, {}))).rejects.toThrow(/unknown job/);
    await expect(r.run(job(JobName.EscalationRaised, QueueName.GridAlerts, { schemaVersion: 1, escalationId: id }))).rejects.toThrow(
      /does not belong/,
    );
    // One delivery job, two channel queues.
    await expect(
      r.run(job(JobName.DeliveryRequested, QueueName.DeliveriesSms, { schemaVersion: 1, deliveryId: id, round: 0 })),
    ).resolves.toBe(JobName.DeliveryRequested);
  });
});
