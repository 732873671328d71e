import { App, Form, type FormInstance, Tag } from 'antd';
import { useSession } from './session';

export const LEVEL_COLOR: Record<string, string> = { red: '#cf1322', orange: '#fa8c16', yellow: '#fadb14', blue: '#1677ff' };

/** 红色 / 橙色 / 黄色 / 蓝色, in the grade's colour. */
export function LevelTag({ level }: { level: string }) {
  const { vocab } = useSession();
  return (
    <Tag color={LEVEL_COLOR[level]} variant="solid" style={{ color: level === 'yellow' ? '#000' : undefined, fontWeight: 600 }}>
      {vocab.levels[level] ?? level}
    </Tag>
  );
}

/** A task's state in words, with 督办 when it is supervised. */
export function StateLabel({ state, supervised }: { state: string; supervised?: boolean }) {
  const { vocab } = useSession();
  return (
    <span>
      {vocab.states[state] ?? state}
      {supervised && (
        <Tag color="purple" style={{ marginLeft: 6 }}>
          督办
        </Tag>
      )}
    </span>
  );
}

/**
 * A form that changes something through the API: validates, runs the change, says what happened
 * (the hub's own words when it refuses), then resets and lets the page reload what it shows.
 */
export function useChangeForm<V>(
  change: (values: V) => Promise<string>,
  done: () => void,
): { form: FormInstance; submit: () => Promise<void> } {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const submit = async () => {
    const values = (await form.validateFields()) as V;
    try {
      message.success(await change(values));
      form.resetFields();
      done();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return { form, submit };
}
