import { Topic } from './topics';

/**
 * Who may write and read each topic: the source of the broker's ACLs (`hubctl kafka-acls`). Each
 * upstream writes only its own feed and reads only its own dead letters; only ingest writes the
 * normalized topic; each app reads only what it consumes. Principals are the SASL users of the broker.
 */
export const KAFKA_PRINCIPALS = [
  'hub-ingest',
  'hub-risk',
  'hub-dispatch',
  'hub-gateway',
  /** hubctl: replay and redrive (writes the feeds), reports (reads offsets), dead-letter reads. */
  'hub-operator',
  'upstream-police110',
  'upstream-court',
  'upstream-petition',
] as const;
export type KafkaPrincipal = (typeof KAFKA_PRINCIPALS)[number];

export interface TopicAccess {
  writers: readonly KafkaPrincipal[];
  readers: readonly KafkaPrincipal[];
  /** May see offsets and sizes only (counts of dead letters), not read messages. */
  describers?: readonly KafkaPrincipal[];
}

export const TOPIC_ACCESS: Record<Topic, TopicAccess> = {
  [Topic.Police110Incident]: { writers: ['upstream-police110', 'hub-operator'], readers: ['hub-ingest'] },
  [Topic.CourtFiling]: { writers: ['upstream-court', 'hub-operator'], readers: ['hub-ingest'] },
  [Topic.Petition]: { writers: ['upstream-petition', 'hub-operator'], readers: ['hub-ingest'] },
  [Topic.Police110IncidentDead]: { writers: ['hub-ingest'], readers: ['hub-operator', 'upstream-police110'], describers: ['hub-gateway'] },
  [Topic.CourtFilingDead]: { writers: ['hub-ingest'], readers: ['hub-operator', 'upstream-court'], describers: ['hub-gateway'] },
  [Topic.PetitionDead]: { writers: ['hub-ingest'], readers: ['hub-operator', 'upstream-petition'], describers: ['hub-gateway'] },
  // The operator's report reads the risk group's lag: offsets only.
  [Topic.NormalizedEvent]: { writers: ['hub-ingest'], readers: ['hub-risk'], describers: ['hub-operator'] },
  [Topic.NormalizedEventDead]: { writers: ['hub-risk'], readers: ['hub-operator'], describers: ['hub-gateway'] },
  [Topic.TaskEvent]: { writers: ['hub-dispatch'], readers: [] },
};

export type AclRule = {
  principal: KafkaPrincipal;
  operation: 'READ' | 'WRITE' | 'DESCRIBE';
  permission: 'ALLOW' | 'DENY';
  resource: 'topic' | 'group';
  /** Prefixed: a topic's name covers its test-suffixed copies (`<topic>.<suffix>`). */
  name: string;
};

/**
 * The ACLs that express TOPIC_ACCESS. Names are matched as prefixes so that suffixed test topics are
 * covered; where one topic's name is a prefix of another's (a feed and its `.dlq`), a DENY on the longer
 * one keeps the grant from spilling over. Groups carry no data: any principal that consumes may join one.
 */
export function aclRules(): AclRule[] {
  const rules: AclRule[] = [];
  const topics = Object.keys(TOPIC_ACCESS) as Topic[];
  for (const t of topics) {
    const a = TOPIC_ACCESS[t];
    const grant = (principals: readonly KafkaPrincipal[], operation: AclRule['operation']) => {
      for (const principal of principals) {
        rules.push({ principal, operation, permission: 'ALLOW', resource: 'topic', name: t });
        for (const longer of topics.filter((u) => u !== t && u.startsWith(t))) {
          const allowed = operation === 'WRITE' ? TOPIC_ACCESS[longer].writers : TOPIC_ACCESS[longer].readers;
          if (!allowed.includes(principal)) rules.push({ principal, operation, permission: 'DENY', resource: 'topic', name: longer });
        }
      }
    };
    grant(a.writers, 'WRITE');
    grant(a.readers, 'READ');
    for (const principal of a.describers ?? [])
      rules.push({ principal, operation: 'DESCRIBE', permission: 'ALLOW', resource: 'topic', name: t });
  }
  const consumers = new Set(topics.flatMap((t) => [...TOPIC_ACCESS[t].readers, ...(TOPIC_ACCESS[t].describers ?? [])]));
  for (const principal of consumers) {
    rules.push({ principal, operation: 'READ', permission: 'ALLOW', resource: 'group', name: '*' });
    rules.push({ principal, operation: 'DESCRIBE', permission: 'ALLOW', resource: 'group', name: '*' });
  }
  return rules;
}
