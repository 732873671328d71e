import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate as lintDockerfile, ValidationSeverity } from 'dockerfile-utils';
import { HUB_ENV_VARIABLES } from '@hub/config';
import { FEEDS, QueueName, Topic, TOPIC_SPECS } from '@hub/contracts';
import { SHUTDOWN_DEADLINE_MS } from '@hub/observability';
import { kafkaResourcesYaml, MIN_INSYNC_REPLICAS, REPLICATION_FACTOR } from '../../deploy/k8s/operators/generate-kafka-resources';
import { CRD_SCHEMAS_DIR, type CrdValidator, loadCrdValidator } from './crd-schemas';
import { type Build, containersOf, type K8sObject, k8sRoot, kustomizeBuild, readYamlObjects } from './kustomize';

/**
 * The Kubernetes deployment (deploy/k8s), checked offline: both overlays build, every object validates
 * against the Kubernetes and KEDA schemas (kubernetes-models, @kubernetes-models/keda) or, for the resources
 * the operators run, against the operators' own published CRDs (crd-schemas.ts), and the parts
 * refer to each other and to the code correctly: selectors, probes and ports, ScaledObjects' targets,
 * consumer groups and queues, variables libs/config reads, secrets the kustomization makes, topics of
 * the contracts. The Dockerfile is linted.
 */
type Plain = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const APPS = ['ingest', 'risk', 'dispatch', 'gateway'] as const;
const PORT_VARIABLE: Record<(typeof APPS)[number], string> = {
  ingest: 'INGEST_HEALTH_PORT',
  risk: 'RISK_HEALTH_PORT',
  dispatch: 'DISPATCH_HEALTH_PORT',
  gateway: 'GATEWAY_PORT',
};
/** Kinds run by operators, which no model package covers: validated against the operators' CRDs instead. */
const OPERATOR_KINDS = new Set(['Kafka', 'KafkaNodePool', 'KafkaTopic', 'KafkaUser', 'Cluster', 'RedisReplication', 'RedisSentinel']);
const ROOT = join(__dirname, '..', '..');

const overlays = { dev: kustomizeBuild(k8sRoot('overlays', 'dev')), production: kustomizeBuild(k8sRoot('overlays', 'production')) };
// Loaded once (large files). Without the CRD files (a checkout that has not got them) the two CRD tests are
// skipped with a warning; with them, any error (a missing kind, an unreadable file) fails those tests.
const crdsOrError: CrdValidator | Error = (() => {
  try {
    return loadCrdValidator();
  } catch (e) {
    return e as Error;
  }
})();
const crdIt = CRD_SCHEMAS_DIR ? it : it.skip;
if (!CRD_SCHEMAS_DIR) console.warn(`[k8s] operator resources NOT validated against their CRDs: ${(crdsOrError as Error).message}`);
const crds = (): CrdValidator => {
  if (crdsOrError instanceof Error) throw crdsOrError;
  return crdsOrError;
};
/** ajv compiles a CRD's schema on first use: slow on a busy two-core machine. */
const CRD_TEST_TIMEOUT_MS = 120_000;

const byKind = (b: Build, kind: string) => b.objects.filter((o) => o.kind === kind);
const find = (b: Build, kind: string, name: string) => b.objects.find((o) => o.kind === kind && o.metadata.name === name);
const podSpec = (o: K8sObject): Plain => (o.spec as Plain).template.spec;
const podLabels = (o: K8sObject): Record<string, string> => (o.spec as Plain).template.metadata?.labels ?? {};
const matches = (selector: Record<string, string>, labels: Record<string, string>) =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels[k] === v);
const hubConfig = (b: Build): Record<string, string> => (find(b, 'ConfigMap', 'hub-config') as Plain).data;

function validateWithModels(objects: K8sObject[]): { id: string; ok?: true; error?: string }[] {
  const tsx = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const out = execFileSync(process.execPath, [tsx, join(__dirname, 'validate-models.ts')], {
    input: JSON.stringify(objects),
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** Every (secret, key) a build refers to, with where. */
function secretReferences(b: Build): { secret: string; key?: string; where: string }[] {
  const refs: { secret: string; key?: string; where: string }[] = [];
  for (const o of b.objects) {
    const where = `${o.kind}/${o.metadata.name}`;
    if ((o.spec as Plain | undefined)?.template) {
      for (const v of podSpec(o).volumes ?? []) {
        if (v.secret) refs.push({ secret: v.secret.secretName, where });
        for (const s of v.projected?.sources ?? []) {
          if (s.secret) for (const item of s.secret.items ?? [{}]) refs.push({ secret: s.secret.name, key: item.key, where });
        }
      }
      for (const c of containersOf(o)) {
        for (const e of (c.env as Plain[] | undefined) ?? [])
          if (e.valueFrom?.secretKeyRef) refs.push({ secret: e.valueFrom.secretKeyRef.name, key: e.valueFrom.secretKeyRef.key, where });
        for (const e of (c.envFrom as Plain[] | undefined) ?? []) if (e.secretRef) refs.push({ secret: e.secretRef.name, where });
      }
    }
    if (o.kind === 'TriggerAuthentication')
      for (const t of (o.spec as Plain).secretTargetRef ?? []) refs.push({ secret: t.name, key: t.key, where });
    if (o.kind === 'KafkaUser') {
      const ref = (o.spec as Plain).authentication?.password?.valueFrom?.secretKeyRef;
      if (ref) refs.push({ secret: ref.name, key: ref.key, where });
    }
    if (o.kind === 'RedisReplication' || o.kind === 'RedisSentinel') {
      const spec = o.spec as Plain;
      const own = spec.kubernetesConfig?.redisSecret;
      if (own) refs.push({ secret: own.name, key: own.key, where });
      // The operator mounts the ACL Secret's key user.acl as /etc/redis/user.acl.
      if (spec.acl?.secret) refs.push({ secret: spec.acl.secret.secretName, key: 'user.acl', where });
      const master = spec.redisSentinelConfig?.redisReplicationPassword?.secretKeyRef;
      if (master) refs.push({ secret: master.name, key: master.key, where });
    }
    if (o.kind === 'Cluster') {
      const s = (o.spec as Plain).bootstrap?.initdb?.secret?.name;
      if (s) refs.push({ secret: s, key: 'password', where }, { secret: s, key: 'username', where });
    }
  }
  return refs;
}

describe.each(Object.entries(overlays))('deploy/k8s overlay %s', (overlay, b) => {
  it('validates against the Kubernetes and KEDA schemas', () => {
    const modelled = b.objects.filter((o) => !OPERATOR_KINDS.has(o.kind));
    const results = validateWithModels(modelled);
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(results).toHaveLength(modelled.length);
    expect(new Set(byKind(b, 'ScaledObject').map((o) => o.metadata.name))).toEqual(new Set(['ingest', 'risk', 'dispatch']));
    for (const o of b.objects) expect(o.metadata.namespace).toBe(overlay === 'dev' ? 'suyuan-hub-dev' : 'suyuan-hub');
  });

  it('catches an invalid object (the validator is not a no-op)', () => {
    const broken = structuredClone(find(b, 'Deployment', 'ingest')!) as Plain;
    delete broken.spec.selector;
    const so = structuredClone(find(b, 'ScaledObject', 'ingest')!) as Plain;
    so.spec.minReplicaCount = 'two';
    const results = validateWithModels([broken as K8sObject, so as K8sObject]);
    expect(results.map((r) => r.error)).toEqual([expect.stringMatching(/selector/), expect.stringMatching(/minReplicaCount/)]);
  });

  it.each(APPS)('runs %s with probes on /health, resources, a grace period longer than its shutdown, as non-root', (app) => {
    const d = find(b, 'Deployment', app)!;
    expect(d).toBeDefined();
    const spec = d.spec as Plain;
    expect(matches(spec.selector.matchLabels, podLabels(d))).toBe(true);
    const pod = podSpec(d);
    expect(pod.terminationGracePeriodSeconds * 1000).toBeGreaterThan(SHUTDOWN_DEADLINE_MS + 5_000);
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(pod.automountServiceAccountToken).toBe(false);
    const [c] = pod.containers;
    expect(c.image).toMatch(/\/suyuan-hub:[\w.-]+$/);
    // The args name the app's compiled entry point, from a source that exists.
    expect(c.args).toEqual([`dist/apps/${app}/apps/${app}/src/main.js`]);
    expect(existsSync(join(ROOT, 'apps', app, 'src', 'main.ts'))).toBe(true);
    const port = Number(hubConfig(b)[PORT_VARIABLE[app]]);
    expect(c.ports).toEqual([{ name: 'http', containerPort: port }]);
    for (const probe of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      expect(c[probe].httpGet).toEqual({ path: '/health', port: 'http' });
    }
    for (const kind of ['requests', 'limits']) {
      expect(c.resources[kind]).toEqual({ cpu: expect.anything(), memory: expect.anything() });
    }
    expect(c.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
  });

  it('gives every Deployment a PodDisruptionBudget and every Service and autoscaler a target that exists', () => {
    const deployments = byKind(b, 'Deployment');
    for (const d of deployments) {
      const pdbs = byKind(b, 'PodDisruptionBudget').filter((p) => matches((p.spec as Plain).selector.matchLabels, podLabels(d)));
      expect({ deployment: d.metadata.name, pdbs: pdbs.length }).toEqual({ deployment: d.metadata.name, pdbs: 1 });
    }
    for (const s of byKind(b, 'Service')) {
      const target = deployments.find((d) => matches((s.spec as Plain).selector, podLabels(d)));
      expect(target).toBeDefined();
      for (const p of (s.spec as Plain).ports)
        expect(podSpec(target!).containers[0].ports.map((cp: Plain) => cp.name)).toContain(p.targetPort);
    }
    for (const h of byKind(b, 'HorizontalPodAutoscaler'))
      expect(find(b, 'Deployment', (h.spec as Plain).scaleTargetRef.name)).toBeDefined();
    for (const i of byKind(b, 'Ingress'))
      for (const rule of (i.spec as Plain).rules)
        for (const p of rule.http.paths) {
          const svc = find(b, 'Service', p.backend.service.name);
          expect(svc).toBeDefined();
          expect((svc!.spec as Plain).ports.map((sp: Plain) => sp.name)).toContain(p.backend.service.port.name);
        }
  });

  it('scales ingest and risk on their consumer groups lag and dispatch on its BullMQ queues', () => {
    const config = hubConfig(b);
    const group = (app: string) => `${config.HUB_INSTANCE}.${app}`;
    const partitions = (topics: string[]) => TOPIC_SPECS.filter((s) => topics.includes(s.topic)).reduce((n, s) => n + s.partitions, 0);
    for (const so of byKind(b, 'ScaledObject')) {
      const spec = so.spec as Plain;
      const target = find(b, 'Deployment', spec.scaleTargetRef.name);
      expect(target).toBeDefined();
      // A Deployment scaled by KEDA has no second autoscaler.
      expect(byKind(b, 'HorizontalPodAutoscaler').filter((h) => (h.spec as Plain).scaleTargetRef.name === target!.metadata.name)).toEqual(
        [],
      );
      for (const t of spec.triggers) {
        const auth = find(b, 'TriggerAuthentication', t.authenticationRef?.name);
        expect(auth).toBeDefined();
        const params = ((auth!.spec as Plain).secretTargetRef as Plain[]).map((r) => r.parameter).sort();
        if (t.type === 'kafka') {
          expect(t.metadata.bootstrapServers).toBe(config.KAFKA_BROKERS);
          expect(params).toEqual(['password', 'sasl', 'username']);
        } else {
          expect(t.type).toBe('redis');
          expect(t.metadata.address).toBe(new URL(config.REDIS_URL).host);
          expect(params).toEqual(['password', 'username']);
        }
      }
    }
    const trigger = (name: string) => (find(b, 'ScaledObject', name)!.spec as Plain).triggers;
    const ingest = find(b, 'ScaledObject', 'ingest')!.spec as Plain;
    expect(trigger('ingest')).toEqual([
      expect.objectContaining({ type: 'kafka', metadata: expect.objectContaining({ consumerGroup: group('ingest') }) }),
    ]);
    expect(ingest.maxReplicaCount).toBeLessThanOrEqual(partitions(Object.values(FEEDS).map((f) => f.topic)));
    const risk = find(b, 'ScaledObject', 'risk')!.spec as Plain;
    expect(trigger('risk')).toEqual([
      expect.objectContaining({
        type: 'kafka',
        metadata: expect.objectContaining({ consumerGroup: group('risk'), topic: Topic.NormalizedEvent }),
      }),
    ]);
    expect(risk.maxReplicaCount).toBeLessThanOrEqual(partitions([Topic.NormalizedEvent]));
    const lists = trigger('dispatch').map((t: Plain) => t.metadata.listName);
    expect(lists).toContain(`${config.HUB_INSTANCE}:${QueueName.GridAlerts}:wait`);
    for (const l of lists) expect(Object.values(QueueName).map((q) => `${config.HUB_INSTANCE}:${q}:wait`)).toContain(l);
  });

  it('sets only variables libs/config reads, and every *_FILE names a mounted secret file', () => {
    const known = new Set(HUB_ENV_VARIABLES);
    const config = hubConfig(b);
    expect(Object.keys(config).filter((k) => !known.has(k))).toEqual([]);
    for (const app of APPS) {
      const d = find(b, 'Deployment', app)!;
      const [c] = podSpec(d).containers;
      expect(c.envFrom).toEqual([{ configMapRef: { name: 'hub-config' } }]);
      const env: Record<string, string> = { ...config, ...Object.fromEntries(c.env.map((e: Plain) => [e.name, e.value])) };
      expect(Object.keys(env).filter((k) => !known.has(k))).toEqual([]);
      expect(env.KAFKA_SASL_USERNAME).toBe(`hub-${app}`);
      expect(new URL(env.DATABASE_URL).username).toBe(`hub_${app}`);
      const mounted = new Set<string>();
      for (const m of c.volumeMounts) {
        const v = podSpec(d).volumes.find((vol: Plain) => vol.name === m.name);
        for (const s of v.projected?.sources ?? []) for (const item of s.secret?.items ?? []) mounted.add(`${m.mountPath}/${item.path}`);
      }
      const files = Object.entries(env).filter(([k]) => k.endsWith('_FILE'));
      expect(files.map(([k]) => k).sort()).toEqual([
        'DATABASE_PASSWORD_FILE',
        'KAFKA_SASL_PASSWORD_FILE',
        'PERSON_HASH_KEY_FILE',
        'REDIS_PASSWORD_FILE',
        'REDIS_SENTINEL_PASSWORD_FILE',
      ]);
      for (const [name, path] of files) expect({ name, mounted: mounted.has(path) }).toEqual({ name, mounted: true });
      // No secret value given directly.
      for (const secret of ['PERSON_HASH_KEY', 'DATABASE_PASSWORD', 'KAFKA_SASL_PASSWORD', 'REDIS_PASSWORD', 'REDIS_SENTINEL_PASSWORD'])
        expect(env[secret]).toBeUndefined();
    }
  });

  it('refers only to secrets the kustomization makes, and writes none inline', () => {
    const made = new Map(b.secrets.map((s) => [s.name, new Set(s.keys)]));
    const refs = secretReferences(b);
    expect(refs.length).toBeGreaterThan(10);
    const missing = refs.filter((r) => !made.has(r.secret) || (r.key !== undefined && !made.get(r.secret)!.has(r.key)));
    expect(missing).toEqual([]);
    // Ingress TLS certificates are cert-manager's to make.
    for (const i of byKind(b, 'Ingress')) {
      expect(i.metadata.annotations?.['cert-manager.io/cluster-issuer']).toBeTruthy();
    }
    for (const file of b.files)
      expect({ file, secrets: readYamlObjects(file).filter((o) => o.kind === 'Secret').length }).toEqual({ file, secrets: 0 });
    // Secret files live in the git-ignored folder.
    for (const s of b.secrets) for (const f of Object.values(s.files)) expect(f).toMatch(/^secrets\/[\w.-]+$/);
  });

  it('lets traffic from outside the namespace reach only the gateway (API and console), and metrics only from monitoring', () => {
    const policies = byKind(b, 'NetworkPolicy');
    const deny = policies.find((p) => p.metadata.name === 'default-deny')!;
    expect((deny.spec as Plain).policyTypes).toEqual(['Ingress', 'Egress']);
    for (const app of APPS)
      expect(matches((deny.spec as Plain).podSelector.matchLabels, podLabels(find(b, 'Deployment', app)!))).toBe(true);
    for (const p of policies) {
      for (const rule of (p.spec as Plain).ingress ?? []) {
        const namespaces = (rule.from as Plain[]).map((f) => f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']);
        const reached = APPS.filter((app) => matches((p.spec as Plain).podSelector.matchLabels, podLabels(find(b, 'Deployment', app)!)));
        if (namespaces.includes('monitoring')) expect(rule.ports).toEqual([{ port: 'http' }]);
        else expect({ policy: p.metadata.name, reached }).toEqual({ policy: p.metadata.name, reached: ['gateway'] });
      }
    }
  });

  it('runs the migration as a Job with the migration image and the roles script', () => {
    const job = find(b, 'Job', 'hub-migrate')!;
    const [c] = podSpec(job).containers;
    expect(c.image).toMatch(/\/suyuan-hub-migrate:[\w.-]+$/);
    expect(podSpec(job).restartPolicy).toBe('Never');
    expect(existsSync(join(ROOT, c.command[1]))).toBe(true);
    const script = readFileSync(join(ROOT, c.command[1]), 'utf8');
    expect(script).toContain('prisma migrate deploy');
    expect(script).toContain('deploy/sql/app-roles.sql');
  });
});

describe('deploy/k8s operators (production)', () => {
  const b = overlays.production;

  crdIt(
    "validates every operator resource against its operator's published CRD schema",
    () => {
      const operators = kustomizeBuild(k8sRoot('operators'));
      for (const build of [b, operators]) {
        const resources = build.objects.filter((o) => OPERATOR_KINDS.has(o.kind));
        const results = resources.map((o) => ({ id: `${o.apiVersion} ${o.kind}/${o.metadata.name}`, errors: crds().validate(o) }));
        // undefined: no CRD defines that apiVersion and kind, so nothing was checked.
        expect(results.filter((r) => r.errors === undefined || r.errors.length > 0)).toEqual([]);
        expect(new Set(resources.map((o) => o.kind))).toEqual(OPERATOR_KINDS);
      }
      // Every object of an operator's API group is one of OPERATOR_KINDS (so none escapes both validators).
      const groups = new Set([...crds().kinds.keys()].map((k) => k.split('/')[0]));
      expect(b.objects.filter((o) => groups.has(o.apiVersion.split('/')[0]) && !OPERATOR_KINDS.has(o.kind))).toEqual([]);
    },
    CRD_TEST_TIMEOUT_MS,
  );

  crdIt(
    'catches a misspelt field, a wrong type and a value outside an enum in an operator resource',
    () => {
      const kafka = structuredClone(find(b, 'Kafka', 'hub-kafka')!) as Plain;
      kafka.spec.kafka.listners = kafka.spec.kafka.listeners;
      delete kafka.spec.kafka.listeners;
      kafka.spec.kafka.authorization.type = 'simpel';
      const pool = structuredClone(byKind(b, 'KafkaNodePool')[0]) as Plain;
      pool.spec.replicas = 'three';
      const pg = structuredClone(find(b, 'Cluster', 'hub-pg')!) as Plain;
      pg.spec.postgresql.parameters.max_connections = 300;
      pg.spec.storage.sise = pg.spec.storage.size;
      const user = structuredClone(find(b, 'KafkaUser', 'hub-ingest')!) as Plain;
      user.spec.authorization.acls[0].operations = ['Wirte'];
      expect(crds().validate(kafka as K8sObject)).toEqual(
        expect.arrayContaining([
          "/spec/kafka: must have required property 'listeners'",
          '/spec/kafka: unknown field listners',
          expect.stringMatching(/^\/spec\/kafka\/authorization\/type: must be equal to one of the allowed values/),
        ]),
      );
      expect(crds().validate(pool as K8sObject)).toEqual(['/spec/replicas: must be integer']);
      const redis = structuredClone(find(b, 'RedisReplication', 'hub-redis')!) as Plain;
      redis.spec.kubernetesConfig.redisSecrets = redis.spec.kubernetesConfig.redisSecret;
      delete redis.spec.kubernetesConfig.redisSecret;
      const sentinel = structuredClone(find(b, 'RedisSentinel', 'hub-redis')!) as Plain;
      sentinel.spec.redisSentinelConfig.quorum = 2;
      expect(crds().validate(redis as K8sObject)).toEqual(['/spec/kubernetesConfig: unknown field redisSecrets']);
      expect(crds().validate(sentinel as K8sObject)).toEqual(['/spec/redisSentinelConfig/quorum: must be string']);
      expect(crds().validate(pg as K8sObject)).toEqual([
        '/spec/postgresql/parameters/max_connections: must be string',
        '/spec/storage: unknown field sise',
      ]);
      expect(crds().validate(user as K8sObject)).toEqual([
        expect.stringMatching(/^\/spec\/authorization\/acls\/0\/operations\/0: must be equal to one/),
      ]);
    },
    CRD_TEST_TIMEOUT_MS,
  );

  it('has the Kafka topics and users of the contracts, generated and committed', () => {
    expect(readFileSync(k8sRoot('operators', 'kafka-topics-users.yaml'), 'utf8')).toBe(kafkaResourcesYaml());
    const topics = byKind(b, 'KafkaTopic');
    expect(topics.map((t) => (t.spec as Plain).topicName).sort()).toEqual(TOPIC_SPECS.map((s) => s.topic).sort());
    for (const t of topics) {
      const spec = t.spec as Plain;
      expect(spec.replicas).toBe(REPLICATION_FACTOR);
      expect(spec.config['min.insync.replicas']).toBe(MIN_INSYNC_REPLICAS);
      expect(spec.partitions).toBe(TOPIC_SPECS.find((s) => s.topic === spec.topicName)!.partitions);
      expect(t.metadata.labels?.['strimzi.io/cluster']).toBe('hub-kafka');
    }
    for (const app of APPS) expect(find(b, 'KafkaUser', `hub-${app}`)).toBeDefined();
  });

  it('runs a three-node Kafka that keeps acknowledged writes on two replicas, and PostgreSQL with a synchronous standby', () => {
    const kafka = find(b, 'Kafka', 'hub-kafka')!.spec as Plain;
    const pool = byKind(b, 'KafkaNodePool')[0].spec as Plain;
    expect(pool.replicas).toBeGreaterThanOrEqual(3);
    expect(kafka.kafka.config).toMatchObject({
      'default.replication.factor': 3,
      'min.insync.replicas': 2,
      'offsets.topic.replication.factor': 3,
      'unclean.leader.election.enable': false,
      'auto.create.topics.enable': false,
    });
    const scram = (kafka.kafka.listeners as Plain[]).find((l) => l.port === 9092)!;
    expect(scram.authentication.type).toBe('scram-sha-512');
    expect(hubConfig(b).KAFKA_BROKERS).toBe('hub-kafka-kafka-bootstrap:9092');
    const pg = find(b, 'Cluster', 'hub-pg')!.spec as Plain;
    expect(pg.instances).toBe(3);
    // The major version the hub is tested on, not the operator's default image.
    expect(pg.imageName).toMatch(/^ghcr\.io\/cloudnative-pg\/postgresql:15\.\d+-/);
    expect(pg.minSyncReplicas).toBeGreaterThanOrEqual(1);
    expect(
      new URL(find(b, 'Deployment', 'ingest')!.spec && podSpec(find(b, 'Deployment', 'ingest')!).containers[0].env[0].value).host,
    ).toBe('hub-pg-rw:5432');
  });
});

describe('deploy/k8s Redis with Sentinel (production)', () => {
  const b = overlays.production;
  const replication = find(b, 'RedisReplication', 'hub-redis')!;
  const sentinel = find(b, 'RedisSentinel', 'hub-redis')!;
  const rr = replication.spec as Plain;
  const rs = sentinel.spec as Plain;

  it('runs three Redis pods and three Sentinels (quorum 2) with the settings BullMQ needs', () => {
    expect(rr.clusterSize).toBe(3);
    expect(rs.clusterSize).toBe(3);
    expect(rs.redisSentinelConfig).toMatchObject({ redisReplicationName: replication.metadata.name, quorum: '2' });
    const conf = (find(b, 'ConfigMap', rr.redisConfig.additionalRedisConfig)!.data as Record<string, string>)['redis-additional.conf'];
    const directives = new Map(
      conf
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map((l) => [l.split(/\s+/)[0], l.split(/\s+/).slice(1).join(' ')]),
    );
    expect(Object.fromEntries(directives)).toEqual({
      maxmemory: expect.stringMatching(/^\d+mb$/),
      'maxmemory-policy': 'noeviction',
      appendonly: 'yes',
      appendfsync: 'everysec',
    });
    // maxmemory below the pods' memory limit, with room for the AOF rewrite and replication buffers.
    const limitMi = Number(/^(\d+)Gi$/.exec(rr.kubernetesConfig.resources.limits.memory)![1]) * 1024;
    expect(Number.parseInt(directives.get('maxmemory')!, 10)).toBeLessThanOrEqual(limitMi * 0.75);
    for (const spec of [rr, rs]) {
      expect(spec.kubernetesConfig.resources.requests).toEqual({ cpu: expect.anything(), memory: expect.anything() });
      expect(spec.kubernetesConfig.resources.limits.memory).toBe(spec.kubernetesConfig.resources.requests.memory);
      expect(spec.kubernetesConfig.image).toMatch(/:v\d+\.\d+\.\d+$/);
      expect(spec.pdb).toEqual({ enabled: true, minAvailable: 2 });
    }
    expect(rr.storage.volumeClaimTemplate.spec.resources.requests.storage).toMatch(/^\d+Gi$/);
  });

  it('gives the hub the Services the operator makes, and passwords only by Secret reference', () => {
    const config = hubConfig(b);
    // The Redis operator (0.26) names the master Service <RedisReplication>-master and the Sentinels'
    // <RedisSentinel>-sentinel; the Sentinels monitor masterGroupName.
    expect(new URL(config.REDIS_URL).host).toBe(`${replication.metadata.name}-master:6379`);
    expect(config.REDIS_SENTINELS).toBe(`${sentinel.metadata.name}-sentinel:26379`);
    expect(config.REDIS_SENTINEL_NAME).toBe(rs.redisSentinelConfig.masterGroupName);
    for (const t of (find(b, 'ScaledObject', 'dispatch')!.spec as Plain).triggers)
      expect(t.metadata.address).toBe(new URL(config.REDIS_URL).host);
    // The Sentinels' password is the one the apps mount as REDIS_SENTINEL_PASSWORD_FILE; the Sentinels reach
    // the Redis pods with the default user's, which is not the hub's.
    const mounted = (name: string) =>
      podSpec(find(b, 'Deployment', 'dispatch')!)
        .volumes.flatMap((v: Plain) => v.projected?.sources ?? [])
        .find((src: Plain) => src.secret?.items?.some((i: Plain) => i.path === name))?.secret.name;
    expect(config.REDIS_SENTINEL_PASSWORD_FILE).toBe('/run/secrets/hub/redis-sentinel-password');
    expect(rs.kubernetesConfig.redisSecret).toEqual({ name: mounted('redis-sentinel-password'), key: 'password' });
    expect(rs.redisSentinelConfig.redisReplicationPassword.secretKeyRef).toEqual(rr.kubernetesConfig.redisSecret);
    expect(rr.kubernetesConfig.redisSecret.name).not.toBe(mounted('redis-password'));
    expect(rr.acl).toEqual({ secret: { secretName: expect.any(String) } });
  });

  it("labels the Redis and Sentinel pods as the hub's egress policy selects them, outside the hub's default deny", () => {
    // The operator copies a RedisReplication's and a RedisSentinel's labels onto their pods.
    const egress = find(b, 'NetworkPolicy', 'egress-redis')!.spec as Plain;
    const [to] = egress.egress;
    expect(to.ports.map((p: Plain) => p.port).sort()).toEqual([26379, 6379]);
    const deny = (find(b, 'NetworkPolicy', 'default-deny')!.spec as Plain).podSelector.matchLabels;
    for (const cr of [replication, sentinel]) {
      expect(matches(to.to[0].podSelector.matchLabels, cr.metadata.labels ?? {})).toBe(true);
      expect(matches(deny, cr.metadata.labels ?? {})).toBe(false);
    }
  });

  it('has dev-secrets.sh write every file the secretGenerator reads, and the ACL file with the rules of deploy/local/services.sh', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-k8s-secrets-'));
    try {
      execFileSync('bash', [join(ROOT, 'deploy', 'k8s', 'dev-secrets.sh')], {
        env: { ...process.env, SECRETS_DIR: join(dir, 'local'), K8S_SECRETS_OUT: join(dir, 'out') },
        stdio: 'ignore',
      });
      const written = new Set(readdirSync(join(dir, 'out')));
      const read = b.secrets.flatMap((sec) => Object.values(sec.files).map((f) => f.replace(/^secrets\//, '')));
      expect(read.filter((f) => !written.has(f))).toEqual([]);
      const acl = readFileSync(join(dir, 'out', 'redis-users.acl'), 'utf8')
        .trim()
        .split('\n');
      const hash = (f: string) =>
        createHash('sha256')
          .update(readFileSync(join(dir, 'out', f), 'utf8'))
          .digest('hex');
      // The rules after the password in services.sh's ACL SETUSER, continuation lines joined, shell quoting removed.
      const services = readFileSync(join(ROOT, 'deploy', 'local', 'services.sh'), 'utf8').replace(/\\\n\s*/g, ' ');
      const local = /ACL SETUSER "\$REDIS_USERNAME" on ">\$\(cat "\$REDIS_PASSWORD_FILE"\)" (.+?) >\/dev\/null/.exec(services);
      expect(local).not.toBeNull();
      const rules = local![1].replace(/['\\]/g, '').replace(/\s+/g, ' ');
      expect(acl).toEqual([
        `user default on #${hash('redis-admin-password')} ~* &* +@all`,
        `user ${hubConfig(b).REDIS_USERNAME} on #${hash('redis-password')} ${rules}`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Dockerfile', () => {
  const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
  const stages = [...text.matchAll(/^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/gim)].map((m) => ({ image: m[1], name: m[2] }));

  it('lints clean', () => {
    expect(
      lintDockerfile(text).filter((d) => d.severity === ValidationSeverity.ERROR || d.severity === ValidationSeverity.WARNING),
    ).toEqual([]);
  });

  it('builds in stages on a Node LTS base and runs as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const base = /^ARG NODE_IMAGE=node:(\d+)[\w.-]*$/m.exec(text);
    expect(base).not.toBeNull();
    const major = Number(base![1]);
    expect(major % 2 === 0 && major >= 22).toBe(true);
    for (const target of ['runtime', 'migrate']) {
      const section = text.split(/^FROM /m).find((s) => new RegExp(`AS ${target}\\b`).test(s.split('\n')[0]))!;
      expect(section).toBeDefined();
      const user = /^USER\s+(\S+)/m.exec(section);
      expect(user?.[1]).toMatch(/^[1-9]\d*:[1-9]\d*$/);
    }
    // Every k8s workload's user is the image's.
    const uid = Number(/^USER\s+(\d+)/m.exec(text)![1]);
    for (const o of overlays.production.objects.filter((x) => x.kind === 'Deployment' || x.kind === 'Job'))
      expect(podSpec(o).securityContext.runAsUser).toBe(uid);
  });
});
