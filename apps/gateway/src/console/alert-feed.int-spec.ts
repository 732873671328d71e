import { Queue } from 'bullmq';
import { JobName, QueueName } from '@hub/contracts';
import { redisConnectionOptions } from '@hub/messaging';
import { createLogger } from '@hub/observability';
import type { AlertView } from '@hub/persistence';
import { eventually, uniqueName } from '../../../../test/support/infra';
import { testEnv } from '../../../../test/support/test-env';
import { AlertFeed } from './alert-feed';

/**
 * On real Redis: the feed follows the grid-alerts queue's events and loads an alert only while somebody
 * watches the board. The read model stands in for PostgreSQL (its own queries are tested in
 * read-models.int-spec.ts); what is under test here is the queue's event stream and when it is read.
 */
describe('AlertFeed on real Redis', () => {
  const connection = redisConnectionOptions(testEnv().REDIS_URL);
  const prefix = uniqueName('hubt');
  const queue = new Queue(QueueName.GridAlerts, { connection, prefix });
  const loaded: string[] = [];
  const reads = {
    alerted: (assessmentId: string): Promise<AlertView | undefined> => {
      loaded.push(assessmentId);
      return Promise.resolve({ assessmentId } as AlertView);
    },
  };
  const feed = new AlertFeed(connection, prefix, reads, createLogger('alert-feed-test', 'silent'));
  const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const raise = (n: number) => queue.add(JobName.GridAlertRaised, {}, { jobId: `alert-${id(n)}` });

  beforeAll(() => feed.ready());
  afterAll(async () => {
    await feed.close();
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('loads nothing while no board is open, then each new alert once a board subscribes', async () => {
    await raise(1);
    // A job of another name and a job id that is not an alert's are never loaded either.
    await queue.add('something-else', {}, { jobId: `alert-${id(2)}` });
    // The board opens only once the feed has read the events so far: they are read while nobody watches. (Read a
    // moment later, as on a busy CI machine, alert 3 came through to the board opened after it was raised.)
    const read = feed.read(`alert-${id(3)}`);
    await raise(3);
    await read;
    const received: string[] = [];
    const board = feed.stream.subscribe((a) => received.push(a.assessmentId));
    await raise(4);
    await queue.add(JobName.GridAlertRaised, {}, { jobId: 'not-an-alert' });
    await raise(5);
    // The queue's events are read in order, so once 4 and 5 have come through, 1 to 3 were read before them.
    await eventually('both alerts raised while the board is open reach it', async () => received.length >= 2 && received);
    board.unsubscribe();
    expect(received).toEqual([id(4), id(5)]);
    expect(loaded).toEqual([id(4), id(5)]);
  });

  it('tells a wait for a job added twice that no added event follows, and a wait cut short by close() what it waited for', async () => {
    await raise(6);
    // The expectations are attached before the wait can reject.
    const duplicate = expect(feed.read(`alert-${id(6)}`)).rejects.toThrow(
      `alert feed: the job was a duplicate: no added event follows (job alert-${id(6)})`,
    );
    await raise(6);
    await duplicate;
    const other = new AlertFeed(connection, prefix, reads, createLogger('alert-feed-test', 'silent'));
    await other.ready();
    const never = expect(other.read(`alert-${id(7)}`)).rejects.toThrow(
      `alert feed: closed before the added event was read (job alert-${id(7)})`,
    );
    await other.close();
    await never;
  });
});
