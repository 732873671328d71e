/**
 * The steps of the closed loop from a task's state to a target state that the signed-in person may
 * take, shortest first (from 已受理 to 已反馈: 分派 → 处置 → 反馈), by the hub's own transition table;
 * undefined when the target cannot be reached that way. Rejecting is never a way through.
 */
export function stepsTo(
  from: string,
  target: string,
  vocab: { transitions: Record<string, string[]>; stepActions: Record<string, string> },
  may: (action: string) => boolean,
): string[] | undefined {
  if (from === target) return undefined;
  const queue: string[][] = [[from]];
  const seen = new Set([from]);
  while (queue.length) {
    const path = queue.shift()!;
    for (const next of vocab.transitions[path[path.length - 1]] ?? []) {
      if (seen.has(next) || next === 'rejected' || !may(vocab.stepActions[next])) continue;
      if (next === target) return [...path.slice(1), next];
      seen.add(next);
      queue.push([...path, next]);
    }
  }
  return undefined;
}
