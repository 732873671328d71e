import {
  AlertOutlined,
  BarChartOutlined,
  DatabaseOutlined,
  FileSearchOutlined,
  LogoutOutlined,
  NotificationOutlined,
} from '@ant-design/icons';
import { App as AntApp, Button, ConfigProvider, Layout, Menu, Result, Spin, Typography } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useMemo, useState } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { get } from './api';
import { completeSignIn, currentUser, signIn, signOut } from './auth';
import { AlertBoard } from './pages/AlertBoard';
import { Escalations } from './pages/Escalations';
import { Operations } from './pages/Operations';
import { Statistics } from './pages/Statistics';
import { TaskList } from './pages/TaskList';
import { TaskPage } from './pages/TaskPage';
import { WorkerTask, WorkerTasks } from './pages/Worker';
import { homeOf, type Me, type Session, SessionContext, useSession, type Vocabulary } from './session';

export function App({ vocab }: { vocab: Vocabulary }) {
  return (
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1f4e8c' } }}>
      <AntApp>
        <BrowserRouter basename="/console">
          <Routes>
            <Route path="/callback" element={<Callback />} />
            <Route path="*" element={<SignedIn vocab={vocab} />} />
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

function Callback() {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  useEffect(() => {
    completeSignIn().then(
      (to) => navigate(to.replace(/^\/console/, '') || '/', { replace: true }),
      (e: Error) => setError(e.message),
    );
  }, [navigate]);
  return error ? (
    <Result status="error" title="登录失败" subTitle={error} extra={<Button onClick={() => void signIn()}>重新登录</Button>} />
  ) : (
    <Spin fullscreen tip="正在登录…" />
  );
}

function SignedIn({ vocab }: { vocab: Vocabulary }) {
  const [me, setMe] = useState<Me>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void (async () => {
      if (!(await currentUser())) return signIn();
      try {
        setMe(await get<Me>('/api/me'));
      } catch (e) {
        setError((e as Error).message);
      }
    })();
  }, []);
  const session = useMemo<Session | undefined>(() => me && { me, vocab, may: (a) => me.actions.includes(a) }, [me, vocab]);
  if (error) return <Result status="warning" title="无法进入值班台" subTitle={error} />;
  if (!session) return <Spin fullscreen tip="正在加载…" />;
  return (
    <SessionContext.Provider value={session}>
      <Routes>
        <Route path="/m" element={<WorkerTasks />} />
        <Route path="/m/tasks/:id" element={<WorkerTask />} />
        <Route path="*" element={<Desk />} />
      </Routes>
    </SessionContext.Provider>
  );
}

/** The desk layout for duty officers, centre leaders and operations: a menu of what the roles may see. */
function Desk() {
  const { me, vocab, may } = useSession();
  const location = useLocation();
  const items = [
    may('alert.list') && { key: '/board', icon: <AlertOutlined />, label: <Link to="/board">预警看板</Link> },
    may('task.list') && { key: '/tasks', icon: <FileSearchOutlined />, label: <Link to="/tasks">任务</Link> },
    (may('escalation.list') || may('manual_dispatch.list')) && {
      key: '/escalations',
      icon: <NotificationOutlined />,
      label: <Link to="/escalations">升级与人工分派</Link>,
    },
    may('stats.read') && { key: '/stats', icon: <BarChartOutlined />, label: <Link to="/stats">统计</Link> },
    may('queue.read') && { key: '/ops', icon: <DatabaseOutlined />, label: <Link to="/ops">运维</Link> },
  ].filter((x) => !!x);
  const selected = '/' + (location.pathname.split('/')[1] ?? '');
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16, color: '#1f4e8c' }}>诉源治理 值班台</div>
        <Menu mode="inline" selectedKeys={[selected]} items={items} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: 16, paddingInline: 24 }}
        >
          <Typography.Text data-testid="whoami">
            {me.areaName ?? me.area ?? ''} · {me.roles.map((r) => vocab.roles[r] ?? r).join('、')} · {me.subject}
          </Typography.Text>
          <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>
            退出
          </Button>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Routes>
            <Route path="/" element={<Navigate to={homeOf(me)} replace />} />
            <Route path="/board" element={<AlertBoard />} />
            <Route path="/tasks" element={<TaskList />} />
            <Route path="/tasks/:id" element={me.roles.includes('grid_worker') ? <WorkerTask /> : <TaskPage />} />
            <Route path="/escalations" element={<Escalations />} />
            <Route path="/stats" element={<Statistics />} />
            <Route path="/ops" element={<Operations />} />
            <Route path="*" element={<Result status="404" title="没有可显示的页面" subTitle="您的角色在值班台没有对应的页面。" />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
