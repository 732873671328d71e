import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { JOB_SCHEMAS, JobName } from '@hub/contracts';
import { classifyFailure, sqlStateOf } from '@hub/messaging';
import type { z } from 'zod';

export type JobPayload<N extends JobName> = z.infer<(typeof JOB_SCHEMAS)[N]['schema']>;
type Handler = (data: unknown, job: Job) => Promise<unknown>;

/**
 * One registry of job name → payload schema (from contracts) → handler. Processors register their
 * handlers as they are built; at start-up every job name must have exactly one handler, or the app does
 * not start. Every job is parsed by its schema before its handler sees it: an unknown name or a payload
 * that does not parse can never succeed, so it fails at once (UnrecoverableError) and stays visible.
 */
@Injectable()
export class JobRegistry implements OnApplicationBootstrap {
  private readonly handlers = new Map<JobName, Handler>();

  handle<N extends JobName>(name: N, handler: (data: JobPayload<N>, job: Job) => Promise<unknown>): void {
    if (this.handlers.has(name)) throw new Error(`job ${name} has two handlers`);
    this.handlers.set(name, handler as Handler);
  }

  /** Names without a handler; the start-up check fails on any. */
  missing(): JobName[] {
    return Object.values(JobName).filter((n) => !this.handlers.has(n));
  }

  onApplicationBootstrap(): void {
    const missing = this.missing();
    if (missing.length) throw new Error(`dispatch cannot start: no handler for job ${missing.join(', ')}`);
  }

  async run(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    const handler = this.handlers.get(name);
    const spec = JOB_SCHEMAS[name] as (typeof JOB_SCHEMAS)[JobName] | undefined;
    if (!handler || !spec) throw new UnrecoverableError(`unknown job ${job.name} on queue ${job.queueName}`);
    const queues = ([] as string[]).concat(spec.queue as string | string[]);
    if (!queues.includes(job.queueName)) throw new UnrecoverableError(`job ${job.name} does not belong on queue ${job.queueName}`);
    return failOnDataError(job, () => handler(parseJob(spec.schema, job), job));
  }
}

/**
 * A failure that belongs to the job's data (the database refused it: `classifyFailure` says permanent) fails
 * the job at once with reason `store_failed` and the database's error, kept in the failed set for operators;
 * anything else (unreachable, or a fault of the code or deployment such as a revoked grant) is rethrown for
 * BullMQ's retries with backoff.
 */
export async function failOnDataError<T>(job: Job, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UnrecoverableError || classifyFailure(e) !== 'permanent') throw e;
    const state = sqlStateOf(e);
    throw new UnrecoverableError(
      `store_failed: ${state ? `SQLSTATE ${state}: ` : ''}${(e as Error).message} (queue ${job.queueName}, job ${job.id})`,
    );
  }
}

/** A payload that does not parse can never succeed: fail it at once, it stays in the failed set for operators. */
export function parseJob<S extends z.ZodType>(schema: S, job: Job): z.infer<S> {
  const parsed = schema.safeParse(job.data);
  if (!parsed.success) {
    throw new UnrecoverableError(
      `invalid ${job.name} payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}
