import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { projectDictionary, type RiskRules, type Segmenter, withSegmenter } from '@hub/domain';

/**
 * Word segmentation for the risk engine: jieba (@node-rs/jieba, a prebuilt native binary shipped in
 * the npm package, nothing downloaded) with its own dictionary plus the project's: every word the
 * rules name (kin and dialect words, violence, means) that jieba does not know is added, so that
 * 娃他爸, 干仗 or 掐死 come out as one word. Words jieba knows keep jieba's frequency, so 动手术 and
 * 电风扇 stay whole and never show 动手 or 扇. Native code, so it lives here and not in the domain,
 * which takes any `Segmenter`.
 */
export function jiebaSegmenter(words: readonly string[]): Segmenter {
  const jieba = Jieba.withDict(dict);
  const known = new Set(
    Buffer.from(dict)
      .toString('utf8')
      .split('\n')
      .map((l) => l.slice(0, l.indexOf(' '))),
  );
  const extra = words.filter((w) => w.length > 1 && !/\s/.test(w) && !known.has(w));
  if (extra.length) jieba.loadDict(Buffer.from(extra.map((w) => `${w} 2000 n`).join('\n')));
  // No HMM: it guesses unknown words (names mostly) at four times the cost; every word the rules read is in a dictionary.
  return { cut: (text: string) => jieba.cut(text, false) };
}

const engines = new WeakMap<RiskRules, RiskRules>();

/** The rules as the apps run them: read with jieba and the project dictionary (one instance per rule set). */
export function withJieba(rules: RiskRules): RiskRules {
  let r = engines.get(rules);
  if (!r) engines.set(rules, (r = withSegmenter(rules, jiebaSegmenter(projectDictionary(rules)))));
  return r;
}
