import { createRoot } from 'react-dom/client';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import './styles.css';
import { App } from './App';
import { initAuth, type SignInSettings } from './auth';
import type { Vocabulary } from './session';

dayjs.locale('zh-cn');

/** Loads the sign-in settings and the hub's vocabulary (public), then starts the console. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const res = await fetch('/api/console/config');
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const config = (await res.json()) as SignInSettings & { vocabulary: Vocabulary };
    initAuth(config);
    root.render(<App vocab={config.vocabulary} />);
  } catch (e) {
    root.render(<p style={{ padding: 24 }}>无法连接诉源治理平台（{(e as Error).message}），请稍后刷新。</p>);
  }
}

void start();
