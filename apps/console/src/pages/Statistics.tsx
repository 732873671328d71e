import { DownloadOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Card, Col, DatePicker, Row, Space, Spin, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { download, get } from '../api';
import { Chart, type ChartOption } from '../chart';
import { percent } from '../format';
import { useSession } from '../session';
import type { AreaFigures, Share } from '@hub/domain';

interface Breakdown {
  period: { from: string; to: string; days: number };
  area: AreaFigures;
  parts: AreaFigures[];
}

const fixed = (x: number | null, digits: number) => (x === null ? '—' : x.toFixed(digits));

/** The area's figures as cards: title, figure, what it is made of. */
function kpis(a: AreaFigures): [string, string | number, string][] {
  const share = (s: Share): [string, string] => [percent(s.rate), `${s.n}/${s.of}`];
  return [
    ['预警（红/橙/黄/蓝）', a.alerts.total, LEVELS.map((l) => a.alerts[l]).join(' / ')],
    ['按时受理率', ...share(a.acceptedOnTime)],
    ['村级妥善处置率', ...share(a.settledAtVillage)],
    ['调处成功率', ...share(a.mediationSuccess)],
    ['按时反馈率', ...share(a.feedbackOnTime)],
    ['万人成讼率（期内 / 年化）', fixed(a.litigationPer10k, 2), `/ ${fixed(a.litigationPer10kAnnual, 2)}`],
    ['民转刑前已预警（户）', `${a.alertedBefore.n}/${a.criminalHouseholds}`, percent(a.alertedBefore.rate)],
    ['预警提前天数（平均 / 中位）', fixed(a.leadDaysMean, 1), `/ ${fixed(a.leadDaysMedian, 1)}`],
  ];
}

const shareText = (s: Share) => `${percent(s.rate)}（${s.n}/${s.of}）`;
const LEVELS = ['red', 'orange', 'yellow', 'blue'] as const;
const COLORS = { red: '#cf1322', orange: '#fa8c16', yellow: '#fadb14', blue: '#1677ff' };

/** 统计: an area's figures for a period, charts and a table of the areas one level down; click a row to go down a level (county → township → village). */
export function Statistics() {
  const { me, vocab } = useSession();
  const [path, setPath] = useState<{ code: string; name: string }[]>([]);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(30, 'day').startOf('day'), dayjs().endOf('day')]);
  const [data, setData] = useState<Breakdown>();
  const [error, setError] = useState<string>();
  const area = path[path.length - 1]?.code ?? me.area?.slice(0, 12) ?? '';
  const query = `area=${area}&from=${encodeURIComponent(range[0].toISOString())}&to=${encodeURIComponent(range[1].toISOString())}`;

  useEffect(() => {
    setData(undefined);
    get<Breakdown>(`/api/stats/breakdown?${query}`).then(
      (d) => {
        setData(d);
        setError(undefined);
        setPath((p) => (p.length ? p : [{ code: d.area.code, name: d.area.name }]));
      },
      (e: Error) => setError(e.message),
    );
  }, [query]);

  const alertsChart = useMemo<ChartOption | undefined>(
    () =>
      data && {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 40, right: 16, bottom: 60, top: 36 },
        xAxis: { type: 'category', data: data.parts.map((p) => p.name), axisLabel: { rotate: data.parts.length > 8 ? 30 : 0 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: LEVELS.map((l) => ({
          name: vocab.levels[l],
          type: 'bar',
          stack: 'alerts',
          color: COLORS[l],
          data: data.parts.map((p) => p.alerts[l]),
        })),
      },
    [data, vocab],
  );
  const ratesChart = useMemo<ChartOption | undefined>(
    () =>
      data && {
        tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
        legend: { top: 0 },
        grid: { left: 40, right: 16, bottom: 60, top: 36 },
        xAxis: { type: 'category', data: data.parts.map((p) => p.name), axisLabel: { rotate: data.parts.length > 8 ? 30 : 0 } },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: (
          [
            ['按时受理率', 'acceptedOnTime'],
            ['村级妥善处置率', 'settledAtVillage'],
            ['调处成功率', 'mediationSuccess'],
          ] as const
        ).map(([name, key]) => ({
          name,
          type: 'bar',
          data: data.parts.map((p) => (p[key].rate === null ? null : Number((p[key].rate * 100).toFixed(1)))),
        })),
      },
    [data],
  );

  const a = data?.area;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="stats-page">
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          统计
        </Typography.Title>
        <Space wrap>
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0].startOf('day'), v[1].endOf('day')])}
          />
          <Button icon={<DownloadOutlined />} onClick={() => void download(`/api/stats/export?${query}&format=csv`, 'stats.csv')}>
            导出 CSV
          </Button>
          <Button icon={<DownloadOutlined />} onClick={() => void download(`/api/stats/export?${query}&format=xlsx`, 'stats.xlsx')}>
            导出 Excel
          </Button>
        </Space>
      </Space>
      <Breadcrumb
        data-testid="stats-path"
        items={path.map((p, i) => ({
          title: i < path.length - 1 ? <a onClick={() => setPath(path.slice(0, i + 1))}>{p.name}</a> : p.name,
        }))}
      />
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      {!a ? (
        <Spin />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {kpis(a).map(([title, value, detail]) => (
              <Col xs={12} md={6} key={title}>
                <Card size="small">
                  <Statistic title={title} value={value} suffix={<span style={{ fontSize: 13 }}>{detail}</span>} />
                </Card>
              </Col>
            ))}
          </Row>
          {data.parts.length > 0 && (
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={12}>
                <Card size="small" title="各区域预警（按等级）">
                  <Chart option={alertsChart!} testId="chart-alerts" />
                </Card>
              </Col>
              <Col xs={24} lg={12}>
                <Card size="small" title="各区域处置指标">
                  <Chart option={ratesChart!} testId="chart-rates" />
                </Card>
              </Col>
            </Row>
          )}
          {a.level !== 'village' && (
            <Table
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={data.parts}
              data-testid="stats-table"
              // Every row opens its area, down to a village (whose own figures end the drill-down: no parts below).
              onRow={(p) => ({
                onClick: () => setPath([...path, { code: p.code, name: p.name }]),
                style: { cursor: 'pointer' },
              })}
              columns={[
                { title: '区域', dataIndex: 'name', render: (n: string) => <a>{n}</a> },
                { title: '预警', render: (_, p) => `${p.alerts.total}（红 ${p.alerts.red}）` },
                { title: '新建/结案/在办', render: (_, p) => `${p.tasks.created} / ${p.tasks.closed} / ${p.tasks.openNow}` },
                { title: '按时受理率', render: (_, p) => shareText(p.acceptedOnTime) },
                { title: '按时反馈率', render: (_, p) => shareText(p.feedbackOnTime) },
                { title: '村级妥善处置率', render: (_, p) => shareText(p.settledAtVillage) },
                { title: '调处成功率', render: (_, p) => shareText(p.mediationSuccess) },
                { title: '万人成讼率', render: (_, p) => p.litigationPer10k?.toFixed(2) ?? '—' },
                { title: '民转刑前已预警', render: (_, p) => `${p.alertedBefore.n}/${p.criminalHouseholds}` },
              ]}
            />
          )}
          <Typography.Text type="secondary">
            {vocab.areaLevels[a.level] ?? a.level}统计期 {data.period.from.slice(0, 10)} 至 {data.period.to.slice(0, 10)}
            。口径：按时=在当时有效期限内受理/反馈；村级妥善处置率=期内结案且未升级出村的任务/期内结案任务（红色预警同步县级值班属知会，不计升级）；调处成功率=反馈调解成功/反馈进行了调解；万人成讼率=期内民事立案（不含诉前调解、刑事）/人口×10000；民转刑=110
            警情类别为刑事或案由含“罪”。
          </Typography.Text>
        </>
      )}
    </Space>
  );
}
