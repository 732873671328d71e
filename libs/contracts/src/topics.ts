/**
 * Every Kafka topic the hub reads or writes. Names carry their version: a breaking change is a new
 * topic run beside the old one, never an edit of an existing one. Values are never renamed.
 */
export enum Topic {
  Police110Incident = 'police110.incident.reported.v1',
  CourtFiling = 'court.filing.registered.v1',
  Petition = 'petition.case.received.v1',
  Police110IncidentDead = 'police110.incident.reported.v1.dlq',
  CourtFilingDead = 'court.filing.registered.v1.dlq',
  PetitionDead = 'petition.case.received.v1.dlq',
  NormalizedEvent = 'hub.event.normalized.v1',
  NormalizedEventDead = 'hub.event.normalized.v1.dlq',
  /** Everything that happens to a grid task: transitions, escalations, grade changes. */
  TaskEvent = 'hub.task.event.v1',
}

export interface TopicSpec {
  topic: Topic;
  partitions: number;
  retentionMs: number;
  /** Upper bound the broker enforces; the application's own limit sits below it. */
  maxMessageBytes: number;
  description: string;
}

const DAY = 24 * 3600 * 1000;
const MiB = 1024 * 1024;

export const TOPIC_SPECS: readonly TopicSpec[] = [
  {
    topic: Topic.Police110Incident,
    partitions: 6,
    retentionMs: 14 * DAY,
    maxMessageBytes: MiB,
    description: '110 dispatch incidents (接处警), one message per revision',
  },
  {
    topic: Topic.CourtFiling,
    partitions: 3,
    retentionMs: 14 * DAY,
    maxMessageBytes: MiB,
    description: 'court filings (法院立案), one message per revision',
  },
  {
    topic: Topic.Petition,
    partitions: 3,
    retentionMs: 14 * DAY,
    maxMessageBytes: MiB,
    description: 'petitions (信访), one message per revision',
  },
  {
    topic: Topic.Police110IncidentDead,
    partitions: 1,
    retentionMs: 90 * DAY,
    maxMessageBytes: 2 * MiB,
    description: 'rejected 110 messages with the reason',
  },
  {
    topic: Topic.CourtFilingDead,
    partitions: 1,
    retentionMs: 90 * DAY,
    maxMessageBytes: 2 * MiB,
    description: 'rejected court messages with the reason',
  },
  {
    topic: Topic.PetitionDead,
    partitions: 1,
    retentionMs: 90 * DAY,
    maxMessageBytes: 2 * MiB,
    description: 'rejected petition messages with the reason',
  },
  {
    topic: Topic.NormalizedEvent,
    partitions: 6,
    retentionMs: 14 * DAY,
    maxMessageBytes: MiB,
    description: 'normalized events of all feeds, keyed by household',
  },
  {
    topic: Topic.NormalizedEventDead,
    partitions: 1,
    retentionMs: 90 * DAY,
    maxMessageBytes: 2 * MiB,
    description: 'normalized events the risk engine could not take',
  },
  {
    topic: Topic.TaskEvent,
    partitions: 3,
    retentionMs: 30 * DAY,
    maxMessageBytes: MiB,
    description: 'grid task events (closed loop), keyed by task id, in order per task',
  },
];

/** Tests and parallel environments append a suffix so they never share topics. */
export function topicName(topic: Topic, suffix: string): string {
  return suffix ? `${topic}.${suffix}` : topic;
}

/** Where a consumer sets aside what it cannot take from a topic (`<topic>.dlq`), if it has one. */
export function deadLetterTopicOf(topic: Topic): Topic | undefined {
  const dead = `${topic}.dlq`;
  return (Object.values(Topic) as string[]).includes(dead) ? (dead as Topic) : undefined;
}
