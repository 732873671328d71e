import { Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { get } from '../api';
import { countdown, dateTime, runningDue } from '../format';
import { useSession } from '../session';
import { LevelTag, StateLabel } from '../components';
import type { TaskSummary } from '../types';
import { useNow } from './hooks';

/** The tasks of the caller's area (or grid), newest first, with the deadline running now. */
export function TaskList() {
  const { vocab, may } = useSession();
  const [state, setState] = useState<string>();
  const [level, setLevel] = useState<string>();
  const [tasks, setTasks] = useState<TaskSummary[]>();
  const now = useNow();
  useEffect(() => {
    const q = new URLSearchParams({ limit: '100', ...(state ? { state } : {}), ...(level ? { level } : {}) });
    get<TaskSummary[]>(`/api/tasks?${q}`).then(setTasks, () => setTasks([]));
  }, [state, level]);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        任务
      </Typography.Title>
      <Space>
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 160 }}
          value={state}
          onChange={setState}
          options={Object.entries(vocab.states).map(([value, label]) => ({ value, label }))}
        />
        <Select
          allowClear
          placeholder="等级"
          style={{ width: 120 }}
          value={level}
          onChange={setLevel}
          options={['red', 'orange', 'yellow', 'blue'].map((value) => ({ value, label: vocab.levels[value] }))}
        />
      </Space>
      <Table
        size="middle"
        rowKey="taskId"
        loading={!tasks}
        dataSource={tasks}
        data-testid="task-table"
        columns={[
          { title: '等级', dataIndex: 'riskLevel', render: (l: string, t) => <LevelTag level={l} key={t.taskId} /> },
          { title: '分数', dataIndex: 'riskScore' },
          { title: '村（社区）', dataIndex: 'villageName', render: (v: string | null, t) => v ?? t.divisionCode },
          { title: '状态', dataIndex: 'state', render: (s: string, t) => <StateLabel state={s} supervised={t.supervised} /> },
          {
            title: '期限',
            render: (_, t) => {
              const c = countdown(runningDue(t, vocab.deadlines), now);
              return c ? <span style={{ color: c.overdue ? '#cf1322' : undefined }}>{c.text}</span> : '—';
            },
          },
          { title: '网格员', dataIndex: 'workerId', render: (w: string | null) => w ?? '待分派' },
          { title: '创建时间', dataIndex: 'createdAt', render: dateTime },
          {
            title: '',
            render: (_, t) => (may('task.read') ? <Link to={`/tasks/${t.taskId}`}>办理</Link> : null),
          },
        ]}
      />
    </Space>
  );
}
