import { Button, Card, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { get, post } from '../api';
import { dateTime } from '../format';
import { useSession } from '../session';
import { LevelTag, StateLabel, useChangeForm } from '../components';
import { GridPicker } from './TaskPage';

interface Escalation {
  escalationId: string;
  taskId: string;
  toLevel: string;
  centreCode: string;
  reason: string;
  reasonText: string;
  at: string;
  state: string;
  riskLevel: string;
  supervised: boolean;
  villageName: string | null;
}

interface ManualTask {
  taskId: string;
  state: string;
  riskLevel: string;
  divisionCode: string;
  centreCode: string | null;
  routeReason: string;
  acceptDueAt: string | null;
  createdAt: string;
}

/** 升级与人工分派: what was escalated to the centres of the area, and the tasks no grid took, to assign by hand. */
export function Escalations() {
  const { vocab, may } = useSession();
  const [escalations, setEscalations] = useState<Escalation[]>();
  const [manual, setManual] = useState<ManualTask[]>();
  const [assigning, setAssigning] = useState<ManualTask>();

  const load = useCallback(() => {
    if (may('escalation.list')) get<Escalation[]>('/api/escalations?limit=100').then(setEscalations, () => setEscalations([]));
    if (may('manual_dispatch.list')) get<ManualTask[]>('/api/manual-dispatch?limit=100').then(setManual, () => setManual([]));
  }, [may]);
  useEffect(load, [load]);

  const { form, submit: assign } = useChangeForm(
    async (v: { grid: string[]; reason: string }) => {
      await post(`/api/tasks/${assigning!.taskId}/assign`, { gridCode: v.grid[v.grid.length - 1], reason: v.reason });
      return '已分派到网格';
    },
    () => {
      setAssigning(undefined);
      load();
    },
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        升级与人工分派
      </Typography.Title>
      {may('escalation.list') && (
        <Card title="升级到本中心的任务" size="small">
          <Table
            size="small"
            rowKey="escalationId"
            loading={!escalations}
            dataSource={escalations}
            data-testid="escalation-table"
            columns={[
              { title: '时间', dataIndex: 'at', render: dateTime },
              { title: '等级', dataIndex: 'riskLevel', render: (l: string) => <LevelTag level={l} /> },
              { title: '村（社区）', dataIndex: 'villageName', render: (v: string | null) => v ?? '—' },
              { title: '升至', dataIndex: 'toLevel', render: (l: string) => vocab.areaLevels[l] ?? l },
              { title: '原因', dataIndex: 'reason', render: (r: string, e) => vocab.escalationReasons[r] ?? e.reasonText },
              { title: '任务状态', dataIndex: 'state', render: (s: string, e) => <StateLabel state={s} supervised={e.supervised} /> },
              { title: '', render: (_, e) => (may('task.read') ? <Link to={`/tasks/${e.taskId}`}>办理</Link> : null) },
            ]}
          />
        </Card>
      )}
      {may('manual_dispatch.list') && (
        <Card title="待人工分派（未能自动匹配网格，或被网格员退回）" size="small">
          <Table
            size="small"
            rowKey="taskId"
            loading={!manual}
            dataSource={manual}
            data-testid="manual-table"
            columns={[
              { title: '时间', dataIndex: 'createdAt', render: dateTime },
              { title: '等级', dataIndex: 'riskLevel', render: (l: string) => <LevelTag level={l} /> },
              { title: '状态', dataIndex: 'state', render: (s: string) => vocab.states[s] ?? s },
              { title: '区划', dataIndex: 'divisionCode' },
              { title: '未匹配原因', dataIndex: 'routeReason' },
              {
                title: '',
                render: (_, t) =>
                  may('task.assign') ? (
                    <Button size="small" type="primary" onClick={() => setAssigning(t)}>
                      分派到网格
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      )}
      <Modal
        open={!!assigning}
        title="分派到网格"
        okText="分派"
        cancelText="取消"
        onOk={() => void assign()}
        onCancel={() => setAssigning(undefined)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="grid" label="网格" rules={[{ required: true, message: '请选择网格' }]}>
            <GridPicker />
          </Form.Item>
          <Form.Item name="reason" label="理由" rules={[{ required: true, min: 2, message: '请写明理由（至少 2 个字）' }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
