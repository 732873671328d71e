import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dashboardExpressions, dashboardMetricNames, ruleExpressions, ruleMetricNames } from '../../deploy/monitoring/metric-names';

describe('monitoring files', () => {
  it('name one of the hub’s metrics in every dashboard and rule expression (the e2e test checks the apps serve them)', () => {
    for (const e of [...dashboardExpressions(), ...ruleExpressions()]) expect(e).toMatch(/\b(hub|dispatch|process|nodejs)_[a-z0-9_]+/);
    expect(dashboardMetricNames()).toEqual(
      expect.arrayContaining([
        'hub_stage_latency_seconds_bucket',
        'hub_kafka_consumer_lag',
        'hub_queue_jobs',
        'hub_outbox_backlog',
        'hub_dead_letters_total',
        'hub_deliveries_total',
        'dispatch_deadlines_missed_total',
        'hub_http_request_duration_seconds_bucket',
        'hub_board_push_seconds_bucket',
      ]),
    );
    expect(ruleMetricNames().length).toBeGreaterThan(5);
  });

  it('give every alert a severity and a summary in Chinese for the operations staff, and a duration', () => {
    const r = parse(readFileSync(join(__dirname, '..', '..', 'deploy', 'monitoring', 'prometheus-rules.yml'), 'utf8')) as {
      groups: { rules: { alert: string; for: string; labels: { severity: string }; annotations: { summary: string } }[] }[];
    };
    const rules = r.groups.flatMap((g) => g.rules);
    expect(rules.map((x) => x.alert)).toEqual(
      expect.arrayContaining([
        'HubConsumerLagGrowing',
        'HubDeadLettersRising',
        'HubOutboxBacklog',
        'HubDeliveriesFailing',
        'HubDeadlinesMissed',
        'HubQueueNoProgress',
        'HubBoardPushSlow',
        'HubGatewayErrors',
      ]),
    );
    for (const x of rules) {
      expect(['warning', 'critical']).toContain(x.labels.severity);
      expect(x.annotations.summary).toMatch(/[\u4e00-\u9fa5]/);
      expect(x.for).toMatch(/^\d+[smh]$/);
    }
  });
});
