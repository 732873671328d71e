import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { projectDictionary, type RiskRules, type Segmenter, termHeads, withSegmenter } from '@hub/domain';

/**
 * Word segmentation for the risk engine: jieba (@node-rs/jieba, a prebuilt native binary shipped in
 * the npm package, nothing downloaded) with its own dictionary plus the project's: every word the
 * rules name (kin and dialect words, violence, means) that jieba does not know is added, so that
 * 娃他爸, 干仗 or 掐死 come out as one word. Words jieba knows keep jieba's frequency, so 动手术 and
 * 电风扇 stay whole and never show 动手 or 扇. Native code, so it lives here and not in the domain,
 * which takes any `Segmenter`.
 */
export function jiebaSegmenter(
  words: readonly string[],
  heads: readonly string[] = [],
  preferred: readonly string[] = [],
  joined: readonly string[] = [],
  splitWords: readonly string[] = [],
): Segmenter {
  const jieba = Jieba.withDict(dict);
  const known = new Set(
    Buffer.from(dict)
      .toString('utf8')
      .split('\n')
      .map((l) => l.slice(0, l.indexOf(' '))),
  );
  const extra = words.filter((w) => w.length > 1 && !/\s/.test(w) && !known.has(w));
  if (extra.length) jieba.loadDict(Buffer.from(extra.map((w) => `${w} 2000 n`).join('\n')));
  // Words jieba knows but loses to a frequent neighbour (女方面部 → 女/方面/部): given a frequency that keeps them whole.
  if (preferred.length) jieba.loadDict(Buffer.from(preferred.map((w) => `${w} 20000 n`).join('\n')));
  // No HMM: it guesses unknown words (names mostly) at four times the cost; every word the rules read is in a dictionary.
  const own = new Set(words);
  const headSet = new Set(heads);
  const maxHead = Math.max(0, ...heads.map((h) => h.length));
  // jieba's longer words that begin with a word the rules read (住院治疗, 离婚协议, 打架斗殴) are cut
  // after it when the rest is a word of two characters or more: 动手术 and 复合肥 stay whole.
  // Most long words begin with no rule word: their first two characters say so without slicing further.
  const starts = new Set(heads.map((h) => h.slice(0, 2)));
  const split = (w: string): string[] => {
    if (w.length < 4 || !starts.has(w.slice(0, 2)) || own.has(w)) return [w];
    for (let n = Math.min(maxHead, w.length - 2); n >= 2; n--) {
      const head = w.slice(0, n);
      const rest = w.slice(n);
      if (headSet.has(head) && known.has(rest)) return [head, rest];
    }
    return [w];
  };
  // Words the cut splits in two that are one word (被告/知 → 被告知): joined back after the cut, so that 被告知道 stays 被告/知道.
  const joins = new Set(joined);
  const firsts = new Set<string>();
  for (const w of joined) for (let n = 1; n < w.length; n++) firsts.add(w.slice(0, n));
  // The first characters of the joined words, by code: most words start with none, and are passed without hashing them.
  const firstChars = new Uint8Array(0x10000);
  for (const w of joined) if (w) firstChars[w.charCodeAt(0)] = 1;
  const join = (out: string[]): string[] => {
    if (!joins.size) return out;
    for (let i = 0; i + 1 < out.length; i++) {
      if (firstChars[out[i].charCodeAt(0)] === 1 && firsts.has(out[i]) && joins.has(out[i] + out[i + 1]))
        out.splice(i, 2, out[i] + out[i + 1]);
    }
    return out;
  };
  // Words jieba knows that are two words here (中将 → 中/将: 争吵中将原告推倒), cut after their first character.
  const splits = new Set(splitWords);
  const unglue = (out: string[]): string[] => {
    if (!splits.size || !out.some((w) => splits.has(w))) return out;
    return out.flatMap((w) => (splits.has(w) ? [w.slice(0, 1), w.slice(1)] : [w]));
  };
  return {
    cut: (text: string) => {
      const out = join(unglue(jieba.cut(text, false)));
      if (!headSet.size) return out;
      let changed: string[] | undefined;
      for (let i = 0; i < out.length; i++) {
        const parts = out[i].length >= 4 ? split(out[i]) : undefined;
        if (parts && parts.length > 1) (changed ??= out.slice(0, i)).push(...parts);
        else if (changed) changed.push(out[i]);
      }
      return changed ?? out;
    },
  };
}

const engines = new WeakMap<RiskRules, RiskRules>();

/**
 * The rules as the apps run them: read with jieba and the project dictionary (one instance per rule set). 男方/女方
 * and the rules' `wholeWords` (a filing's parties, 诉称) are kept whole against a frequent neighbour; `splitWords` (中将) cut; `joinedWords`
 * (被告知) are joined back where the cut splits them.
 */
export function withJieba(rules: RiskRules): RiskRules {
  let r = engines.get(rules);
  if (!r) {
    const preferred = [...rules.coupleMarkers, ...(rules.wholeWords ?? [])];
    const segmenter = jiebaSegmenter(
      projectDictionary(rules),
      termHeads(rules),
      preferred,
      rules.joinedWords ?? [],
      rules.splitWords ?? [],
    );
    engines.set(rules, (r = withSegmenter(rules, segmenter)));
  }
  return r;
}
