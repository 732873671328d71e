import type { Judgement } from './scores';

// A dozen kin words and a dozen violence words: what any new engine must clearly beat.
const BASELINE_KIN = ['丈夫', '老公', '妻子', '老婆', '媳妇', '前夫', '前妻', '男友', '女友', '男朋友', '女朋友', '对象'];
const BASELINE_VIOLENCE = ['打', '殴', '杀', '刀', '砍', '掐', '伤', '血', '威胁', '家暴', '暴力', '捅'];

/** The trivial keyword baseline: a kin word makes it family (blue); with a violence word, orange. */
export function keywordBaseline(text: string): Judgement {
  const kin = BASELINE_KIN.some((w) => text.includes(w));
  if (!kin) return { familyRomantic: false, level: 'none' };
  return { familyRomantic: true, level: BASELINE_VIOLENCE.some((w) => text.includes(w)) ? 'orange' : 'blue' };
}
