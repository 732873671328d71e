import { deadLetterCounter, MetricsRegistry, stageLatency } from './metrics';

describe('MetricsRegistry (prom-client)', () => {
  it('serves the process metrics and the hub’s own', async () => {
    const m = new MetricsRegistry();
    deadLetterCounter(m)({ topic: 'police110.incident.reported.v1.dlq', reason: 'not_json' }, 2);
    const text = await m.render();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_eventloop_lag_seconds');
    expect(text).toMatch(/hub_dead_letters_total\{topic="police110.incident.reported.v1.dlq",reason="not_json"\} 2/);
  });

  it('counts with the labels of the first call when none were declared (the older counters)', async () => {
    const m = new MetricsRegistry();
    const count = m.counter('hub_ingest_rejected_total', 'set aside');
    count({ feed: 'court', reason: 'wrong_type' });
    count({ feed: 'court', reason: 'wrong_type' }, 3);
    expect(await m.render()).toMatch(/hub_ingest_rejected_total\{feed="court",reason="wrong_type"\} 4/);
  });

  it('observes stage latencies as a histogram with buckets', async () => {
    const m = new MetricsRegistry();
    const stage = stageLatency(m);
    stage('stored', Date.now() - 40);
    stage('stored', new Date(Date.now() - 2_000));
    const text = await m.render();
    expect(text).toContain('# TYPE hub_stage_latency_seconds histogram');
    expect(text).toMatch(/hub_stage_latency_seconds_bucket\{le="0.05",stage="stored"\} 1/);
    expect(text).toMatch(/hub_stage_latency_seconds_bucket\{le="\+Inf",stage="stored"\} 2/);
    expect(text).toMatch(/hub_stage_latency_seconds_count\{stage="stored"\} 2/);
  });

  it('reads a counter kept elsewhere when scraped', async () => {
    const m = new MetricsRegistry();
    let trips = 3;
    m.counterOf('hub_db_round_trips_total', 'queries sent', () => trips);
    expect(await m.render()).toMatch(/^hub_db_round_trips_total 3$/m);
    trips = 8;
    expect(await m.render()).toMatch(/^hub_db_round_trips_total 8$/m);
  });

  it('reads a gauge when scraped, drops series that went away and keeps the last values when the read fails', async () => {
    const m = new MetricsRegistry();
    let partitions: Record<string, number> | Error = { '0': 5, '1': 0 };
    m.gauge('hub_kafka_consumer_lag', 'lag', ['partition'], async (set) => {
      if (partitions instanceof Error) throw partitions;
      for (const [p, v] of Object.entries(partitions)) set({ partition: p }, v);
    });
    expect(await m.render()).toMatch(/hub_kafka_consumer_lag\{partition="0"\} 5/);
    partitions = { '1': 7 };
    let text = await m.render();
    expect(text).not.toContain('partition="0"');
    expect(text).toMatch(/hub_kafka_consumer_lag\{partition="1"\} 7/);
    partitions = new Error('broker down');
    text = await m.render();
    expect(text).toMatch(/hub_kafka_consumer_lag\{partition="1"\} 7/);
    // Gauges and counters are read side by side: a failure shows in the next scrape.
    expect(await m.render()).toMatch(/hub_metric_collect_failures_total\{metric="hub_kafka_consumer_lag"\} 1/);
  });
});
