import { App, Button, Card, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { get, post } from '../api';
import { useSession } from '../session';

interface QueueCounts {
  queue: string;
  counts: Record<string, number>;
}
interface DeadLetters {
  feed: string;
  topic: string;
  held: number;
  waiting: number;
}

const STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'completed'];
const STATE_ZH: Record<string, string> = {
  waiting: '等待',
  prioritized: '优先等待',
  active: '处理中',
  delayed: '延时',
  failed: '失败',
  completed: '已完成',
};

/** 运维: queue depths and dead letters (no personal data), and the way into Bull Board. */
export function Operations() {
  const { vocab, may } = useSession();
  const [queues, setQueues] = useState<QueueCounts[]>();
  const [letters, setLetters] = useState<DeadLetters[]>();
  const { message } = App.useApp();
  useEffect(() => {
    get<QueueCounts[]>('/api/queues').then(setQueues, () => setQueues([]));
    if (may('dead_letter.read')) get<DeadLetters[]>('/api/dead-letters').then(setLetters, () => setLetters([]));
  }, [may]);

  // Bull Board is its own set of pages: the console hands it the token as a cookie, then opens it.
  const openBoard = async () => {
    try {
      await post('/api/ops/board-session', {});
      window.open('/ops/queues/', '_blank', 'noopener');
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          运维
        </Typography.Title>
        <Button type="primary" onClick={() => void openBoard()} data-testid="open-board">
          打开队列看板（Bull Board）
        </Button>
      </Space>
      <Card title="队列" size="small">
        <Table
          size="small"
          rowKey="queue"
          pagination={false}
          loading={!queues}
          dataSource={queues}
          columns={[
            { title: '队列', dataIndex: 'queue' },
            ...STATES.map((s) => ({ title: STATE_ZH[s], render: (_: unknown, q: QueueCounts) => q.counts[s] ?? 0 })),
          ]}
        />
      </Card>
      {letters && (
        <Card title="死信（上游数据不合规，待修复后重投）" size="small">
          <Table
            size="small"
            rowKey="feed"
            pagination={false}
            dataSource={letters}
            columns={[
              { title: '数据源', dataIndex: 'feed', render: (f: string) => vocab.feeds[f] ?? f },
              { title: '主题', dataIndex: 'topic' },
              { title: '保留中', dataIndex: 'held' },
              { title: '待重投', dataIndex: 'waiting' },
            ]}
          />
        </Card>
      )}
      <Typography.Text type="secondary">指标：各应用 /metrics（Prometheus）；看板与告警规则见 deploy/monitoring。</Typography.Text>
    </Space>
  );
}
