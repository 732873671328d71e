import { SoundOutlined } from '@ant-design/icons';
import { Alert as Banner, Badge, Button, Card, Descriptions, Drawer, Empty, List, Space, Switch, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { follow, get } from '../api';
import { enableSound, playRedCue } from '../cue';
import { dateTime } from '../format';
import { highlight, recordIdOf } from '../highlight';
import { useSession } from '../session';
import type { Alert, AlertDetail } from '../types';
import { LEVEL_COLOR, LevelTag } from '../components';

/**
 * 预警看板: the alerts of the officer's area, newest first; a new one appears as soon as the hub hands it
 * to dispatch (server-sent events), a red one with a flashing card, a banner and a sound.
 */
export function AlertBoard() {
  const { vocab } = useSession();
  const [alerts, setAlerts] = useState<Alert[]>([]);
  const [live, setLive] = useState(false);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [latestRed, setLatestRed] = useState<Alert>();
  const [sound, setSound] = useState(false);
  const [cues, setCues] = useState(0);
  const [open, setOpen] = useState<string>();
  const soundOn = useRef(false);

  const merge = useCallback((incoming: Alert[], live: boolean) => {
    setAlerts((now) => {
      const known = new Set(now.map((a) => a.assessmentId));
      const added = incoming.filter((a) => !known.has(a.assessmentId));
      if (live && added.length) {
        setFresh((f) => new Set([...f, ...added.map((a) => a.assessmentId)]));
        const red = added.find((a) => a.riskLevel === 'red');
        if (red) {
          setLatestRed(red);
          if (soundOn.current && playRedCue()) setCues((n) => n + 1);
        }
      }
      return [...added, ...now].sort((a, b) => b.assessedAt.localeCompare(a.assessedAt)).slice(0, 200);
    });
  }, []);

  useEffect(
    () =>
      follow('/api/alerts/stream', {
        // On every (re)connection: what came while the board was away.
        open: () => {
          setLive(true);
          get<Alert[]>('/api/alerts?limit=50').then(
            (list) => merge(list, false),
            () => undefined,
          );
        },
        event: (type, data) => type === 'alert' && merge([data as Alert], true),
        down: () => setLive(false),
      }),
    [merge],
  );

  const toggleSound = async (on: boolean) => {
    soundOn.current = on && (await enableSound());
    setSound(soundOn.current);
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          预警看板
        </Typography.Title>
        <Space size="large">
          <Badge
            status={live ? 'processing' : 'warning'}
            text={<span data-testid="live-status">{live ? '实时推送中' : '正在连接…'}</span>}
          />
          <Space>
            <SoundOutlined />
            <span>红色预警声音提醒</span>
            <Switch checked={sound} onChange={(v) => void toggleSound(v)} data-testid="sound-switch" />
            <span data-testid="sound-cues" data-count={cues}>
              {cues ? `已提醒 ${cues} 次` : ''}
            </span>
          </Space>
        </Space>
      </Space>
      {latestRed && (
        <Banner
          type="error"
          showIcon
          className="red-flash"
          data-testid="red-banner"
          message={`新红色预警：${latestRed.divisionName ?? latestRed.divisionCode} · ${vocab.feeds[latestRed.source] ?? latestRed.source} ${latestRed.sourceRef} · ${latestRed.riskScore} 分`}
          action={
            <Button size="small" danger onClick={() => setOpen(latestRed.assessmentId)}>
              立即查看
            </Button>
          }
          closable
          onClose={() => setLatestRed(undefined)}
        />
      )}
      {alerts.length === 0 ? (
        <Empty description="辖区内暂无预警" />
      ) : (
        <List
          grid={{ gutter: 16, xs: 1, md: 2, xl: 3 }}
          dataSource={alerts}
          renderItem={(a) => (
            <List.Item>
              <Card
                size="small"
                data-testid="alert-card"
                data-level={a.riskLevel}
                data-ref={a.sourceRef}
                className={fresh.has(a.assessmentId) && a.riskLevel === 'red' ? 'red-flash' : undefined}
                style={{ borderLeft: `6px solid ${LEVEL_COLOR[a.riskLevel] ?? '#ccc'}` }}
                title={
                  <Space>
                    <LevelTag level={a.riskLevel} />
                    <span>{a.riskScore} 分</span>
                    {fresh.has(a.assessmentId) && <Tag color="processing">新</Tag>}
                  </Space>
                }
                extra={
                  <Button type="link" onClick={() => setOpen(a.assessmentId)}>
                    查看
                  </Button>
                }
              >
                <div>
                  {a.divisionName ?? a.divisionCode} · {vocab.feeds[a.source] ?? a.source} {a.sourceRef}
                </div>
                <div style={{ color: '#888' }}>{dateTime(a.occurredAt)}</div>
                <div style={{ marginTop: 8 }}>
                  {a.factors.factors.map((f) => (
                    <Tag key={f.code}>{f.label}</Tag>
                  ))}
                </div>
              </Card>
            </List.Item>
          )}
        />
      )}
      <AlertDrawer id={open} onClose={() => setOpen(undefined)} />
    </Space>
  );
}

/** One alert: its record's text with the evidence of each factor marked, the factors, the place and the parties (masked). */
function AlertDrawer({ id, onClose }: { id?: string; onClose: () => void }) {
  const { vocab } = useSession();
  const [alert, setAlert] = useState<AlertDetail>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    setAlert(undefined);
    setError(undefined);
    if (id) get<AlertDetail>(`/api/alerts/${id}`).then(setAlert, (e: Error) => setError(e.message));
  }, [id]);
  const own = alert ? recordIdOf(alert) : '';
  const evidenceIn = (field: string) =>
    (alert?.factors.factors ?? []).flatMap((f) =>
      f.evidence.filter((e) => e.recordId === own && e.field === field).map((span) => ({ label: f.label, span })),
    );
  return (
    <Drawer open={!!id} onClose={onClose} width={720} title="预警详情" destroyOnHidden>
      {error && <Banner type="error" message={error} />}
      {alert && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="alert-detail">
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="等级">
              <LevelTag level={alert.riskLevel} /> {alert.riskScore} 分
            </Descriptions.Item>
            <Descriptions.Item label="来源">
              {vocab.feeds[alert.source] ?? alert.source} {alert.sourceRef}
            </Descriptions.Item>
            <Descriptions.Item label="区域">{alert.divisionName ?? alert.divisionCode}</Descriptions.Item>
            <Descriptions.Item label="发生时间">{dateTime(alert.occurredAt)}</Descriptions.Item>
            <Descriptions.Item label="地址" span={2}>
              {alert.record.address ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="当事人" span={2}>
              {(alert.record.persons ?? []).map((p) => [p.name, p.id, p.phone].filter(Boolean).join(' ')).join('；') || '—'}
            </Descriptions.Item>
          </Descriptions>
          {(['main', 'disposition', 'subject'] as const).map((field) =>
            alert.record.texts[field] ? (
              <Card key={field} size="small" title={{ main: '记录原文', disposition: '处置情况', subject: '事由' }[field]}>
                <Typography.Paragraph style={{ fontSize: 15, lineHeight: 1.9, margin: 0 }} data-testid={`record-${field}`}>
                  {highlight(alert.record.texts[field], evidenceIn(field)).map((s, i) =>
                    s.marks.length ? (
                      <mark
                        key={i}
                        title={s.marks.join('、')}
                        data-factor={s.marks.join('、')}
                        style={{ background: '#ffccc7', padding: '0 2px' }}
                      >
                        {s.text}
                      </mark>
                    ) : (
                      <span key={i}>{s.text}</span>
                    ),
                  )}
                </Typography.Paragraph>
              </Card>
            ) : null,
          )}
          <Table
            size="small"
            pagination={false}
            rowKey="code"
            dataSource={alert.factors.factors}
            columns={[
              { title: '风险因素', dataIndex: 'label' },
              { title: '权重', dataIndex: 'weight', width: 80 },
              {
                title: '依据',
                render: (_, f) =>
                  f.evidence.map((e, i) => (
                    <div key={i}>
                      {e.recordId === own ? '本条记录' : e.field === 'history' ? '历史记录' : e.recordId}：{e.text}
                    </div>
                  )),
              },
            ]}
          />
          <Space>{alert.taskId && <Link to={`/tasks/${alert.taskId}`}>查看网格任务</Link>}</Space>
        </Space>
      )}
    </Drawer>
  );
}
