import { countdown, runningDue } from './format';
import { highlight } from './highlight';
import { EventStreamParser } from './sse';
import { stepsTo } from './steps';
import { mergedRecords } from './thread';

describe('server-sent events parser', () => {
  it('reads events split across chunks, with CRLF, comments, ids and multi-line data', () => {
    const p = new EventStreamParser();
    expect(p.push(': keepalive\r\nid: a1\r\nevent: alert\r\ndata: {"x":')).toEqual([]);
    expect(p.push('1}\r\n\r')).toEqual([]);
    expect(p.push('\nevent: ping\ndata: one\ndata: two\n\n')).toEqual([
      { id: 'a1', event: 'alert', data: '{"x":1}' },
      { event: 'ping', data: 'one\ntwo' },
    ]);
  });

  it('ignores an event without data', () => {
    expect(new EventStreamParser().push('event: nothing\n\n')).toEqual([]);
  });
});

describe('evidence highlighting', () => {
  const text = '报警人称其丈夫酒后拿菜刀威胁要杀了她';
  it('marks each factor’s evidence at its offsets, and joins factors that overlap', () => {
    const segs = highlight(text, [
      { label: '持刀', span: { recordId: 'r', field: 'main', start: 9, end: 12, text: '拿菜刀' } },
      { label: '酒后', span: { recordId: 'r', field: 'main', start: 7, end: 9, text: '酒后' } },
      { label: '刀具', span: { recordId: 'r', field: 'main', start: 10, end: 12, text: '菜刀' } },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.marks.length)).toEqual([
      { text: '酒后', marks: ['酒后'] },
      { text: '拿', marks: ['持刀'] },
      { text: '菜刀', marks: ['持刀', '刀具'] },
    ]);
  });

  it('finds evidence whose offsets no longer fit by its text, and leaves out evidence not in the text', () => {
    const segs = highlight(text, [
      { label: '杀', span: { recordId: 'r', field: 'main', start: 0, end: 3, text: '杀了她' } },
      { label: '掐', span: { recordId: 'r', field: 'main', start: 2, end: 4, text: '掐脖子' } },
    ]);
    expect(segs.filter((s) => s.marks.length)).toEqual([{ text: '杀了她', marks: ['杀'] }]);
  });
});

describe('deadlines and steps', () => {
  const deadlines = { reported: 'accept', accepted: 'feedback', feedback: null } as const;
  it('counts down to the deadline of the state, and up once it has passed', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    const t = { state: 'reported', acceptDueAt: '2026-11-30T13:05:30Z', feedbackDueAt: '2026-11-30T18:00:00Z' };
    expect(runningDue(t, deadlines)).toBe(t.acceptDueAt);
    expect(countdown(runningDue(t, deadlines), now)).toEqual({ text: '剩余 1小时05分', overdue: false });
    expect(countdown('2026-11-30T11:56:48Z', now)).toEqual({ text: '已超时 3分12秒', overdue: true });
    expect(runningDue({ ...t, state: 'feedback' }, deadlines)).toBeNull();
  });

  const vocab = {
    transitions: {
      reported: ['accepted', 'rejected'],
      accepted: ['dispatched', 'rejected'],
      dispatched: ['in_handling'],
      in_handling: ['feedback'],
      feedback: ['verified'],
    },
    stepActions: {
      accepted: 'task.work',
      rejected: 'task.work',
      dispatched: 'task.work',
      in_handling: 'task.work',
      feedback: 'task.work',
      verified: 'task.verify',
    },
  };
  it('finds the grid worker’s steps from where the task is to feedback, never through a rejection', () => {
    const worker = (a: string) => a === 'task.work';
    expect(stepsTo('accepted', 'feedback', vocab, worker)).toEqual(['dispatched', 'in_handling', 'feedback']);
    expect(stepsTo('in_handling', 'feedback', vocab, worker)).toEqual(['feedback']);
    expect(stepsTo('feedback', 'verified', vocab, worker)).toBeUndefined();
    expect(stepsTo('feedback', 'feedback', vocab, worker)).toBeUndefined();
  });
});

describe('a task’s thread across the feeds', () => {
  it('merges the couple’s thread and the household’s own, each record once, oldest first', () => {
    const r = (source: string, sourceRef: string, occurredAt: string, revision = 1) => ({
      source,
      sourceRef,
      revision,
      occurredAt,
      riskLevel: 'orange',
      riskScore: 60,
    });
    const pair = [r('court', '(2026)豫1202民初4321号', '2026-11-20T08:00:00Z'), r('police110', 'J1', '2026-12-01T06:00:00Z')];
    const household = [
      r('petition', 'XF1', '2026-11-25T08:00:00Z'),
      r('police110', 'J1', '2026-12-01T06:00:00Z'),
      r('police110', 'J1', '2026-12-01T06:05:00Z', 2),
    ];
    expect(mergedRecords([pair, household]).map((x) => `${x.sourceRef}#${x.revision}`)).toEqual([
      '(2026)豫1202民初4321号#1',
      'XF1#1',
      'J1#1',
      'J1#2',
    ]);
    expect(mergedRecords([])).toEqual([]);
  });
});
