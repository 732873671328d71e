import {
  Button,
  Card,
  Cascader,
  Checkbox,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Result,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { ApiError, get, post } from '../api';
import { countdown, dateTime, runningDue } from '../format';
import { type Session, useSession } from '../session';
import { LevelTag, useChangeForm } from '../components';
import { mergedRecords, type ThreadRecord } from '../thread';
import type { TaskDetail } from '../types';
import { useNow } from './hooks';

/** What the button of a step says. */
export const STEP_LABEL: Record<string, string> = {
  accepted: '受理',
  rejected: '退回（非本网格或非纠纷）',
  dispatched: '分派联动部门',
  in_handling: '开始处置',
  feedback: '反馈处置情况',
  verified: '核查通过',
  returned: '核查退回',
  closed: '结案',
  reported: '重新上报',
};

/** Loads one task; a task outside the caller's area answers 404 and shows nothing of it. */
export function useTask(id: string | undefined) {
  const [task, setTask] = useState<TaskDetail>();
  const [error, setError] = useState<ApiError>();
  const reload = useCallback(() => {
    if (!id) return;
    get<TaskDetail>(`/api/tasks/${id}`).then(
      (t) => {
        setTask(t);
        setError(undefined);
      },
      (e: ApiError) => setError(e),
    );
  }, [id]);
  useEffect(reload, [reload]);
  return { task, error, reload };
}

export function TaskNotFound({ error }: { error: ApiError }) {
  return (
    <Result
      status={error.status === 404 ? '404' : 'warning'}
      title={error.status === 404 ? '任务不存在或无权查看' : '无法打开任务'}
      subTitle={error.message}
      data-testid="task-not-found"
    />
  );
}

export function Deadline({ task }: { task: TaskDetail }) {
  const { vocab } = useSession();
  const now = useNow();
  const c = countdown(runningDue(task, vocab.deadlines), now);
  if (!c) return <span>—</span>;
  return (
    <Tag color={c.overdue ? 'red' : 'blue'} data-testid="deadline" style={{ fontSize: 14, padding: '2px 8px' }}>
      {vocab.deadlines[task.state] === 'accept' ? '受理期限' : '反馈期限'} {c.text}
    </Tag>
  );
}

export function departmentsOf(task: TaskDetail): string[] {
  return [...new Set(task.events.flatMap((e) => (Array.isArray(e.detail?.departments) ? (e.detail.departments as string[]) : [])))];
}

export function EventTimeline({ task }: { task: TaskDetail }) {
  const { vocab } = useSession();
  return (
    <Timeline
      data-testid="task-events"
      items={task.events.map((e) => ({
        color: e.type === 'escalated' ? 'red' : e.type === 'supervised' ? 'purple' : 'blue',
        children: (
          <div>
            <div>
              <b>{vocab.eventTypes[e.type] ?? e.type}</b>
              {e.toState && `：${vocab.states[e.fromState ?? ''] ?? e.fromState ?? ''} → ${vocab.states[e.toState] ?? e.toState}`}
            </div>
            <div style={{ color: '#666' }}>
              {dateTime(e.at)} · {vocab.actorKinds[e.actorKind] ?? e.actorKind} {e.actorId}
            </div>
            {e.reason && <div>理由：{e.reason}</div>}
            {Array.isArray(e.detail?.departments) && (
              <div>部门：{(e.detail.departments as string[]).map((d) => vocab.departments[d] ?? d).join('、')}</div>
            )}
            {typeof e.detail?.mediation === 'string' && <div>调解结果：{vocab.mediation[e.detail.mediation] ?? e.detail.mediation}</div>}
          </div>
        ),
      }))}
    />
  );
}

/** The form of one or more steps: a reason always; the departments to dispatch; the mediation outcome with feedback. */
export function StepFields({ steps }: { steps: string[] }) {
  const { vocab } = useSession();
  return (
    <>
      {steps.includes('dispatched') && (
        <Form.Item name="departments" label="联动部门" rules={[{ required: true, message: '请选择参与处置的部门' }]}>
          <Checkbox.Group options={Object.entries(vocab.departments).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      )}
      {steps.includes('feedback') && (
        <Form.Item name="mediation" label="调解结果" rules={[{ required: true, message: '请选择调解结果' }]}>
          <Radio.Group options={Object.entries(vocab.mediation).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      )}
      <Form.Item name="reason" label="理由 / 情况说明" rules={[{ required: true, min: 2, message: '请写明理由（至少 2 个字）' }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </>
  );
}

type Action = { kind: 'step'; to: string } | { kind: 'supervise' } | { kind: 'assign' } | { kind: 'grade' };

function actionsFor(task: TaskDetail, s: Session): Action[] {
  const steps = (s.vocab.transitions[task.state] ?? [])
    .filter((to) => s.may(s.vocab.stepActions[to]))
    .map((to): Action => ({ kind: 'step', to }));
  const open = task.state !== 'closed';
  return [
    ...steps,
    ...(open && !task.supervised && s.may('task.supervise') ? [{ kind: 'supervise' } as const] : []),
    ...(open && s.may('task.assign') ? [{ kind: 'assign' } as const] : []),
    ...(open && s.may('task.regrade') ? [{ kind: 'grade' } as const] : []),
  ];
}

const ACTION_LABEL = (a: Action) =>
  a.kind === 'step' ? (STEP_LABEL[a.to] ?? a.to) : { supervise: '督办', assign: '分派 / 改派网格', grade: '调整等级' }[a.kind];

/** 任务详情 for duty officers: the loop with its deadline, every step with who, when and why, the thread across feeds, and the officer's actions. */
export function TaskPage() {
  const { id } = useParams();
  const session = useSession();
  const { vocab, may } = session;
  const { task, error, reload } = useTask(id);
  const [thread, setThread] = useState<ThreadRecord[]>();
  const [acting, setActing] = useState<Action>();
  const { form, submit } = useChangeForm(
    async (v: { reason: string; departments?: string[]; mediation?: string; grid?: string[]; level?: string }) => {
      const at = `/api/tasks/${task!.taskId}`;
      if (acting?.kind === 'step')
        await post(`${at}/transitions`, { to: acting.to, reason: v.reason, departments: v.departments, mediation: v.mediation });
      if (acting?.kind === 'supervise') await post(`${at}/supervise`, { reason: v.reason });
      if (acting?.kind === 'assign') await post(`${at}/assign`, { gridCode: v.grid![v.grid!.length - 1], reason: v.reason });
      if (acting?.kind === 'grade') await post(`${at}/grade`, { level: v.level, reason: v.reason });
      return `${ACTION_LABEL(acting!)}：已完成`;
    },
    () => {
      setActing(undefined);
      reload();
    },
  );

  useEffect(() => {
    if (!id || !may('thread.read')) return;
    // The couple's thread and the household's own (a petition names one party only): one list, oldest first.
    get<{ threadId: string | null; householdThreadId?: string | null }>(`/api/tasks/${id}/thread`)
      .then((t) =>
        Promise.all(
          [t.threadId, t.householdThreadId]
            .filter((x): x is string => !!x)
            .map((x) => get<{ records: ThreadRecord[] }>(`/api/threads/${x}`)),
        ),
      )
      .then(
        (threads) => setThread(mergedRecords(threads.map((t) => t.records))),
        () => setThread([]),
      );
  }, [id, may, task?.alertCount]);

  if (error) return <TaskNotFound error={error} />;
  if (!task) return <Spin />;

  const departments = departmentsOf(task);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="task-page">
      <Space align="center" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          任务 {task.villageName ?? task.divisionCode}
        </Typography.Title>
        <LevelTag level={task.riskLevel} />
        <Tag data-testid="task-state">{vocab.states[task.state] ?? task.state}</Tag>
        {task.supervised && <Tag color="purple">督办</Tag>}
        <Deadline task={task} />
      </Space>
      <Space wrap>
        {actionsFor(task, session).map((a) => (
          <Button
            key={ACTION_LABEL(a)}
            type={a.kind === 'step' && a.to === 'verified' ? 'primary' : 'default'}
            danger={a.kind === 'supervise'}
            onClick={() => setActing(a)}
          >
            {ACTION_LABEL(a)}
          </Button>
        ))}
      </Space>
      <Descriptions bordered size="small" column={2}>
        <Descriptions.Item label="分数">{task.riskScore}</Descriptions.Item>
        <Descriptions.Item label="当前处置层级">{vocab.areaLevels[task.escalationLevel] ?? task.escalationLevel}</Descriptions.Item>
        <Descriptions.Item label="网格">{task.gridCode ?? '待分派'}</Descriptions.Item>
        <Descriptions.Item label="网格员">{task.workerId ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="参与部门" span={2}>
          {departments.length ? departments.map((d) => <Tag key={d}>{vocab.departments[d] ?? d}</Tag>) : '—'}
        </Descriptions.Item>
        {task.household && (
          <>
            <Descriptions.Item label="地址" span={2}>
              {task.household.address ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="当事人" span={2}>
              {(task.household.persons ?? []).map((p) => p.name).join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label="记录" span={2}>
              {task.household.text ?? '—'}
            </Descriptions.Item>
          </>
        )}
      </Descriptions>
      <Card title="办理过程" size="small">
        <EventTimeline task={task} />
      </Card>
      {thread && (
        <Card title="同一纠纷线索（110 接处警、法院立案、信访）" size="small">
          <Table
            size="small"
            pagination={false}
            rowKey={(r) => `${r.source}|${r.sourceRef}|${r.revision}`}
            dataSource={thread}
            data-testid="thread-records"
            columns={[
              { title: '来源', dataIndex: 'source', render: (s: string) => vocab.feeds[s] ?? s },
              { title: '编号', dataIndex: 'sourceRef' },
              { title: '时间', dataIndex: 'occurredAt', render: dateTime },
              { title: '等级', dataIndex: 'riskLevel', render: (l: string) => (l === 'none' ? '—' : <LevelTag level={l} />) },
              { title: '分数', dataIndex: 'riskScore' },
            ]}
          />
        </Card>
      )}
      {task.escalations.length > 0 && (
        <Card title="升级记录" size="small">
          <Table
            size="small"
            pagination={false}
            rowKey="escalationId"
            dataSource={task.escalations}
            columns={[
              { title: '时间', dataIndex: 'at', render: dateTime },
              { title: '升至', dataIndex: 'toLevel', render: (l: string) => vocab.areaLevels[l] ?? l },
              { title: '原因', dataIndex: 'reason', render: (r: string, e) => vocab.escalationReasons[r] ?? e.reasonText },
            ]}
          />
        </Card>
      )}
      <Modal
        open={!!acting}
        title={acting && ACTION_LABEL(acting)}
        okText="确认"
        cancelText="取消"
        onOk={() => void submit()}
        onCancel={() => setActing(undefined)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {acting?.kind === 'assign' && (
            <Form.Item name="grid" label="网格" rules={[{ required: true, message: '请选择网格' }]}>
              <GridPicker />
            </Form.Item>
          )}
          {acting?.kind === 'grade' && (
            <Form.Item name="level" label="等级" rules={[{ required: true }]}>
              <Select options={['red', 'orange', 'yellow', 'blue'].map((value) => ({ value, label: vocab.levels[value] }))} />
            </Form.Item>
          )}
          <StepFields steps={acting?.kind === 'step' ? [acting.to] : []} />
        </Form>
      </Modal>
    </Space>
  );
}

interface AreaNode {
  value: string;
  label: string;
  isLeaf: boolean;
  disabled?: boolean;
  children?: AreaNode[];
}

/**
 * Stands in a level that could not be loaded: the menu says so instead of spinning, and nothing can be chosen.
 * The dialog opened again loads it afresh.
 */
const unavailable = (e: unknown): AreaNode => ({
  value: '',
  label: `未能加载区划：${e instanceof ApiError ? e.message : '网络异常，请稍后再试'}`,
  isLeaf: true,
  disabled: true,
});

/** Chooses a grid of the officer's area, level by level (乡镇 → 村 → 网格), loading each level when opened. */
export function GridPicker(props: { value?: string[]; onChange?: (v: string[]) => void }) {
  const { me } = useSession();
  const [options, setOptions] = useState<AreaNode[]>([]);
  const [failed, setFailed] = useState<string>();
  const childrenOf = async (code: string): Promise<AreaNode[]> => {
    const a = await get<{ children: { code: string; name: string; level: string }[] }>(`/api/areas/${code}`);
    return a.children.map((c) => ({ value: c.code, label: c.name, isLeaf: c.level === 'grid' }));
  };
  useEffect(() => {
    if (me.area) childrenOf(me.area.slice(0, 12)).then(setOptions, (e: unknown) => setFailed(unavailable(e).label));
  }, [me.area]);
  return (
    <Cascader
      {...props}
      options={options}
      disabled={options.length === 0}
      placeholder={failed ?? '选择乡镇 / 村（社区）/ 网格'}
      changeOnSelect={false}
      loadData={(path) => {
        const node = path[path.length - 1];
        // A level's children are set whatever happens: the cascader spins until they are.
        void childrenOf(node.value)
          .catch((e: unknown) => [unavailable(e)])
          .then((children) => {
            node.children = children;
            setOptions((o) => [...o]);
          });
      }}
    />
  );
}
