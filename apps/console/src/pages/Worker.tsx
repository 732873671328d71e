import { LeftOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Form, Input, List, Modal, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { get, post } from '../api';
import { countdown, runningDue } from '../format';
import { stepsTo } from '../steps';
import { useSession } from '../session';
import { LevelTag, useChangeForm } from '../components';
import type { TaskSummary } from '../types';
import { useNow } from './hooks';
import { Deadline, departmentsOf, EventTimeline, StepFields, TaskNotFound, useTask } from './TaskPage';

/** 我的任务: a grid worker's open tasks on a phone, most urgent deadline first. */
export function WorkerTasks() {
  const { me, vocab } = useSession();
  const [tasks, setTasks] = useState<TaskSummary[]>();
  const now = useNow();
  useEffect(() => {
    get<TaskSummary[]>(`/api/tasks?worker=${encodeURIComponent(me.subject)}&limit=100`).then(
      (t) => setTasks(t.filter((x) => x.state !== 'closed')),
      () => setTasks([]),
    );
  }, [me.subject]);
  const due = (t: TaskSummary) => Date.parse(runningDue(t, vocab.deadlines) ?? '9999-01-01');
  return (
    <div className="mobile">
      <Typography.Title level={4}>我的任务 · {me.areaName ?? me.area}</Typography.Title>
      {!tasks ? (
        <Spin />
      ) : tasks.length === 0 ? (
        <Empty description="暂无待办任务" />
      ) : (
        <List
          dataSource={[...tasks].sort((a, b) => due(a) - due(b))}
          renderItem={(t) => {
            const c = countdown(runningDue(t, vocab.deadlines), now);
            return (
              <Link to={`/m/tasks/${t.taskId}`}>
                <Card size="small" style={{ marginBottom: 12 }} data-testid="worker-task">
                  <Space wrap>
                    <LevelTag level={t.riskLevel} />
                    <Tag>{vocab.states[t.state] ?? t.state}</Tag>
                    {t.supervised && <Tag color="purple">督办</Tag>}
                  </Space>
                  <div style={{ marginTop: 6 }}>{t.villageName ?? t.divisionCode}</div>
                  {c && <div style={{ color: c.overdue ? '#cf1322' : '#1f4e8c' }}>{c.text}</div>}
                </Card>
              </Link>
            );
          }}
        />
      )}
    </div>
  );
}

/** A task on the grid worker's phone: what the visit needs, accept, and the feedback form (departments, outcome, note). */
export function WorkerTask() {
  const { id } = useParams();
  const { vocab, may } = useSession();
  const { task, error, reload } = useTask(id);
  const [step, setStep] = useState<'accept' | 'reject' | 'feedback'>();
  const navigate = useNavigate();
  const { form, submit } = useChangeForm(
    async (v: { reason: string; departments?: string[]; mediation?: string }) => {
      const at = `/api/tasks/${task!.taskId}/transitions`;
      if (step === 'accept') await post(at, { to: 'accepted', reason: v.reason });
      if (step === 'reject') await post(at, { to: 'rejected', reason: v.reason });
      // Feedback goes through the steps the loop asks for from here (分派 with the departments, 处置, 反馈).
      if (step === 'feedback')
        for (const to of stepsTo(task!.state, 'feedback', vocab, may) ?? [])
          await post(at, {
            to,
            reason: v.reason,
            ...(to === 'dispatched' ? { departments: v.departments } : {}),
            ...(to === 'feedback' ? { mediation: v.mediation } : {}),
          });
      return '已提交';
    },
    () => {
      setStep(undefined);
      reload();
    },
  );
  if (error)
    return (
      <div className="mobile">
        <TaskNotFound error={error} />
      </div>
    );
  if (!task) return <Spin />;

  const toFeedback = stepsTo(task.state, 'feedback', vocab, may);
  const departments = departmentsOf(task);
  return (
    <div className="mobile" data-testid="worker-task-page">
      <Button type="text" icon={<LeftOutlined />} onClick={() => void navigate('/m')}>
        我的任务
      </Button>
      <Card size="small">
        <Space wrap>
          <LevelTag level={task.riskLevel} />
          <Tag data-testid="task-state">{vocab.states[task.state] ?? task.state}</Tag>
          {task.supervised && <Tag color="purple">督办</Tag>}
        </Space>
        <div style={{ margin: '8px 0' }}>
          <Deadline task={task} />
        </div>
        {task.household && (
          <>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              <b>地址：</b>
              {task.household.address ?? '—'}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ marginBottom: 4 }}>
              <b>当事人：</b>
              {(task.household.persons ?? []).map((p) => p.name).join('、') || '—'}
            </Typography.Paragraph>
            <Typography.Paragraph>
              <b>情况：</b>
              {task.household.text ?? '—'}
            </Typography.Paragraph>
          </>
        )}
        {departments.length > 0 && <div>联动部门：{departments.map((d) => vocab.departments[d] ?? d).join('、')}</div>}
      </Card>
      <Space direction="vertical" style={{ width: '100%', margin: '12px 0' }}>
        {task.state === 'reported' && (
          <>
            <Button type="primary" block size="large" onClick={() => setStep('accept')}>
              受理
            </Button>
            <Button block onClick={() => setStep('reject')}>
              退回（非本网格或非纠纷）
            </Button>
          </>
        )}
        {toFeedback && toFeedback.length > 0 && (
          <Button type="primary" block size="large" onClick={() => setStep('feedback')}>
            填写处置反馈
          </Button>
        )}
      </Space>
      <Card size="small" title="办理过程">
        <EventTimeline task={task} />
      </Card>
      <Modal
        open={!!step}
        title={{ accept: '受理任务', reject: '退回任务', feedback: '处置反馈' }[step ?? 'accept']}
        okText="提交"
        cancelText="取消"
        onOk={() => void submit()}
        onCancel={() => setStep(undefined)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false} initialValues={step === 'accept' ? { reason: '已受理，尽快上门核实' } : {}}>
          {step === 'feedback' ? (
            <StepFields steps={toFeedback ?? []} />
          ) : (
            <Form.Item name="reason" label="说明" rules={[{ required: true, min: 2, message: '请写明理由（至少 2 个字）' }]}>
              <Input.TextArea rows={3} maxLength={1000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
