/**
 * Rebuilds test/eval/real/real-set.jsonl from snapshots of the public repositories listed in
 * docs/evaluation.md (fetched git directories; REAL_SOURCES=/path/to/mirrors, default /work/.mirror).
 * The committed file holds only what the licences allow: short excerpts (names and phone numbers
 * stripped), ids, hashes and derived labels. Labels follow test/eval/real/LABELLING.md: the part a
 * source states (cited articles, document type) is derived here; the part it does not (risk level,
 * a family relation the metadata does not show) comes from the hand labels in `manual-labels.tsv`.
 *
 *   npx tsx test/eval/real/build-real-set.ts            # writes real-set.jsonl and review-queue.tsv
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { readLawcrimeSplit } from './split-lawcrime';

const MIRRORS = process.env.REAL_SOURCES ?? '/work/.mirror';
const OUT = __dirname;
/** Excerpt length for sources without a data licence (court judgments, news stories, petitions). */
const EXCERPT = 400;

export type Level = 'red' | 'orange' | 'yellow' | 'blue' | 'none';
type Feed = 'police110' | 'court' | 'petition';

export interface RealRecord {
  id: string;
  feed: Feed;
  date: string;
  text: string;
  source: string;
  doc: string;
  /** sha256 of the full source text the excerpt came from (first 16 hex). */
  docHash: string;
  split: 'dev' | 'test';
  /** What the source's own metadata says: family-or-romantic, or undefined when it says nothing. */
  metaFamily?: boolean;
  label?: { familyRomantic: boolean; level: Level };
  labelledBy?: 'metadata' | 'manual';
}

interface Source {
  name: string;
  repo: string;
  commit?: string;
  feed: Feed;
  /** Whole source kept for testing only: never used for tuning. */
  testOnly?: boolean;
  licenceNote: string;
  load(git: (path: string) => Buffer): { doc: string; text: string; full: string; metaFamily?: boolean }[];
}

const gitDir = (repo: string) => {
  for (const d of [join(MIRRORS, repo.replace('/', '+'), 'repo'), join(MIRRORS, repo.replace('/', '+'), 'repo', '.git')]) {
    if (existsSync(join(d, 'HEAD'))) return d;
  }
  throw new Error(`${repo}: no fetched snapshot under ${MIRRORS}`);
};

const CN_DIGIT: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 一千零七十六 → 1076 */
export function chineseNumber(s: string): number {
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    const unit = { 十: 10, 百: 100, 千: 1000 }[ch];
    if (ch in CN_DIGIT) cur = CN_DIGIT[ch];
    else if (unit) {
      total += (cur || (unit === 10 ? 1 : 0)) * unit;
      cur = 0;
    }
  }
  return total + cur;
}

/** Cites 民法典 marriage and family book (arts. 1040–1118) or the anti-domestic-violence law. */
function citesFamilyLaw(laws: string[]): boolean {
  return laws.some((l) => {
    if (l.includes('反家庭暴力法')) return true;
    const m = /《民法典》第([零一二三四五六七八九十百千]+)条/.exec(l);
    if (!m) return false;
    const n = chineseNumber(m[1]);
    return n >= 1040 && n <= 1118;
  });
}

/** The first sheet's rows (shared and inline strings resolved), by column. */
export function xlsxRows(file: Buffer): string[][] {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-'));
  const path = join(dir, 'f.xlsx');
  writeFileSync(path, file);
  const part = (name: string) => execFileSync('unzip', ['-p', path, name], { maxBuffer: 1 << 28 }).toString('utf8');
  const unescape = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  const shared = [...part('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescape(m[1]));
  const rows: string[][] = [];
  for (const row of part('xl/worksheets/sheet1.xml').matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const c of row[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const col = [...c[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const v = /<v>([\s\S]*?)<\/v>/.exec(c[3] ?? '')?.[1];
      const inline = /<is>([\s\S]*?)<\/is>/.exec(c[3] ?? '')?.[1];
      cells[col] = c[2].includes('t="s"') && v !== undefined ? shared[Number(v)] : unescape(inline ?? v ?? '');
    }
    rows.push(cells);
  }
  return rows;
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const SOURCES: Source[] = [
  {
    name: 'lawyer-llama',
    repo: 'AndrewZhe/lawyer-llama',
    feed: 'petition',
    licenceNote: 'Apache-2.0 (data for academic use); users’ questions only, machine-written answers dropped',
    load: (git) => {
      const out: ReturnType<Source['load']> = [];
      for (const f of ['zixun_gpt4', 'legal_counsel_with_article_v2', 'legal_counsel_multi_turn_with_article_v2']) {
        const rows = JSON.parse(git(`data/${f}.json`).toString('utf8')) as { query: string; laws: string[] }[];
        rows.forEach((r, i) => {
          const text = squash(r.query);
          out.push({ doc: `${f}#${i}`, text, full: text, metaFamily: citesFamilyLaw(r.laws ?? []) });
        });
      }
      return out;
    },
  },
  {
    name: 'cail2019-divorce-labor-loan',
    repo: 'HuiResearch/cail2019_track2',
    feed: 'court',
    licenceNote: 'no data licence: excerpts of at most 400 characters',
    load: (git) => {
      const out: ReturnType<Source['load']> = [];
      for (const kind of ['divorce', 'labor', 'loan']) {
        // One judgment per line, each a JSON array of its sentences.
        const docs = git(`data/${kind}/data_small_selected.json`)
          .toString('utf8')
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as { sentence: string }[]);
        docs.forEach((sentences, i) => {
          const full = sentences.map((s) => s.sentence).join('');
          let text = '';
          for (const s of sentences) {
            if (text.length + s.sentence.length > EXCERPT) break;
            text += s.sentence;
          }
          if (!text) text = full.slice(0, EXCERPT);
          out.push({ doc: `${kind}#${i}`, text: squash(text), full, metaFamily: kind === 'divorce' });
        });
      }
      return out;
    },
  },
  {
    name: 'wenzheng-A-city',
    repo: 'Introduction-to-AI-Course/ai_04',
    feed: 'petition',
    licenceNote: 'competition data, anonymised (A市): excerpts of at most 400 characters',
    load: (git) => {
      const rows = xlsxRows(git('infile/附件3.xlsx')).slice(1);
      // A fixed sample of 1,200 of the 4,326 messages (by a hash of the message number).
      return rows
        .filter((r) => r[0] && r[4] && parseInt(sha(`wenzheng|${r[0]}`).slice(0, 8), 16) % 1000 < 280)
        .map((r) => {
          const full = squash(`${r[2] ?? ''}。${r[4]}`);
          return { doc: r[0], text: full.slice(0, EXCERPT), full };
        });
    },
  },
  {
    name: 'lawcrime-stories',
    repo: 'liuhuanyong/LawCrimeMining',
    feed: 'police110',
    // Test-only in round 1; since split-lawcrime.ts half its documents are development (splitOf).
    testOnly: true,
    licenceNote: 'no licence: excerpts of at most 400 characters',
    load: (git) => {
      const out: ReturnType<Source['load']> = [];
      for (let i = 1; i <= 1000; i++) {
        const raw = git(`corpus_crime/${i}.txt`).toString('utf8');
        const title = /^title:(.*)$/m.exec(raw)?.[1] ?? '';
        const content = raw.split(/^content:/m)[1] ?? '';
        // The content often repeats the title as its first line.
        const body = squash(content.startsWith(title) ? content.slice(title.length) : content);
        const full = squash(`${title}。${body}`);
        out.push({ doc: `corpus_crime/${i}.txt`, text: full.slice(0, EXCERPT), full });
      }
      return out;
    },
  },
];

// ── Personal data: real names and phone numbers never reach the committed file ──
const jieba = Jieba.withDict(dict);
/** The commonest surnames (about 85 % of the population). */
const SURNAMES = new Set(
  [
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
  ].filter((c) => c.trim()),
);
const DICT_WORDS = new Set(
  Buffer.from(dict)
    .toString('utf8')
    .split('\n')
    .map((l) => l.split(' ')[0]),
);
/** A person named after a role word: 原告高志平, 被告人张三, 其妻李秀英, 男子王某某 stays. */
const ROLE_NAME =
  /(原告|被告人?|第三人|申请人|被申请人|上诉人|被上诉人|犯罪嫌疑人|嫌疑人|受害人|被害人|死者|男子|女子|村民|居民|业主|主任|书记|董事长|法人|经理|老板|司机|我是|我叫|本人|妻子|丈夫|其妻|其夫|儿子|女儿|取名|名叫|叫做|名为|记者|民警|法官|检察官)([\u4e00-\u9fff]{2,3}?)(?=诉称|辩称|称|于|在|与|和|因|是|系|的|，|。|、|（|\(|\s|$)/g;

export function stripPersonalData(text: string): string {
  const masked = text
    .replace(/(?<!\d)\d{17}[\dXx](?!\d)/g, '[身份证号]')
    .replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, '[电话]')
    .replace(/(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g, '[电话]')
    .replace(ROLE_NAME, (m, role: string, name: string) =>
      SURNAMES.has(name[0]) && !/[某甲乙丙丁×x*]/.test(name) ? `${role}${name[0]}某` : m,
    );
  // A two- or three-character word jieba's dictionary does not know, starting with a surname, is a name.
  return jieba
    .cut(masked, true)
    .map((w) =>
      w.length >= 2 && w.length <= 3 && SURNAMES.has(w[0]) && !DICT_WORDS.has(w) && /^[\u4e00-\u9fff]+$/.test(w) && !w.includes('某')
        ? `${w[0]}某`
        : w,
    )
    .join('');
}

export const sha = (s: string) => createHash('sha256').update(s).digest('hex');

const lawcrimeSplit = readLawcrimeSplit();

/** Split by source document: the same document never lands in both parts. */
function splitOf(source: Source, doc: string): 'dev' | 'test' {
  // lawcrime-stories: a seeded draw by document, committed before any of its records was read (split-lawcrime.ts).
  if (source.name === 'lawcrime-stories') return lawcrimeSplit.get(doc) ?? 'test';
  if (source.testOnly) return 'test';
  return parseInt(sha(`${source.name}|${doc}`).slice(0, 8), 16) % 2 === 0 ? 'dev' : 'test';
}

/** Character 5-gram shingles of the text without punctuation or spaces. */
function shingles(text: string): Set<string> {
  const t = text.replace(/[\s\p{P}]/gu, '');
  const s = new Set<string>();
  for (let i = 0; i + 5 <= t.length; i++) s.add(t.slice(i, i + 5));
  if (t.length < 5) s.add(t);
  return s;
}

/** The texts kept so far, to tell exact and near duplicates (Jaccard of 5-gram shingles ≥ 0.7) of them. */
export class NearDuplicates {
  private readonly index = new Map<string, number[]>();
  private readonly sets: Set<string>[] = [];

  /** Keeps `text` unless it nearly repeats one kept before; says whether it was kept. */
  keep(text: string): boolean {
    const s = shingles(text);
    const shared = new Map<number, number>();
    for (const g of s) for (const k of this.index.get(g) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    if ([...shared].some(([k, n]) => n / (s.size + this.sets[k].size - n) >= 0.7)) return false;
    this.add(s);
    return true;
  }

  /** Keeps `text` whether or not it repeats one kept before. */
  keepAlways(text: string): void {
    this.add(shingles(text));
  }

  private add(s: Set<string>): void {
    const k = this.sets.push(s) - 1;
    for (const g of s) {
      let l = this.index.get(g);
      if (!l) this.index.set(g, (l = []));
      l.push(k);
    }
  }
}

/** Drops exact and near duplicates, keeping the first seen. */
function dedupe(records: RealRecord[]): { kept: RealRecord[]; dropped: number } {
  const seen = new NearDuplicates();
  const kept = records.filter((r) => seen.keep(r.text));
  return { kept, dropped: records.length - kept.length };
}

/**
 * Records that need a person's judgement (LABELLING.md step 3): any sign of harm or threat, or a
 * family or intimate relation the metadata did not confirm. Deliberately broad; it only selects what
 * to read, it decides no label.
 */
const HARM =
  /打|殴|暴|伤|刀|杀|死|威胁|恐吓|跟踪|骚扰|纠缠|掐|砍|捅|砸|烧|汽油|农药|自杀|跳楼|报警|110|派出所|拘留|医院|住院|血|骨折|推|踢|耳光|锁|关押|囚禁|限制.{0,4}自由|保护令|告诫|虐待|遗弃|强奸|猥亵|勒|闷|毒|枪|吓|害怕|恐惧|报复|赶出/;
const RELATION =
  /夫|妻|老公|老婆|媳妇|爱人|配偶|婚|对象|男友|女友|男朋友|女朋友|恋|同居|情人|前任|分手|公公|婆婆|岳|女婿|儿媳|父亲|母亲|爸|妈|儿子|女儿|子女|孩子|哥|弟|姐|妹|亲属|家人|家庭|继父|继母|赡养|抚养/;

export function needsReview(r: RealRecord): boolean {
  // Until 2026-12-03 a record outside the metadata's family needed harm *and* a relation to be read;
  // stories and messages about a divorce, a parent's neglect or an inheritance without a word of harm
  // were labelled none unread. Since then a relation alone sends such a record to a person.
  return r.metaFamily === true ? HARM.test(r.text) : RELATION.test(r.text);
}

/** The committed set (real-set.jsonl) as records: what a source added after the first build is built beside. */
export function readRealSet(): RealRecord[] {
  return readFileSync(join(OUT, 'real-set.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealRecord);
}

/** The block of manual-labels.tsv that read every consultation again (LABELLING.md, 2026-12-06): it overrides earlier labels. */
export const CONSULTATIONS_READ = '# 2026-12-06 consultations read';

/**
 * The hand labels (manual-labels.tsv): id → family-or-romantic and level; a later line overrides an earlier one. `before`
 * stops at the block whose header starts with it: the labels as they stood before it (an earlier comparison's truth).
 */
export function readManual(options: { before?: string } = {}): Map<string, { familyRomantic: boolean; level: Level }> {
  const path = join(OUT, 'manual-labels.tsv');
  const out = new Map<string, { familyRomantic: boolean; level: Level }>();
  if (!existsSync(path)) return out;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (options.before && line.startsWith(options.before)) break;
    if (!line.trim() || line.startsWith('#')) continue;
    const [id, fam, level] = line.split('\t');
    out.set(id, { familyRomantic: fam === '1', level: (fam === '1' ? level : 'none') as Level });
  }
  return out;
}

function main(): void {
  const all: RealRecord[] = [];
  const provenance: string[] = [];
  for (const s of SOURCES) {
    const dir = gitDir(s.repo);
    const commit = execFileSync('git', ['--git-dir', dir, 'rev-parse', 'HEAD']).toString().trim();
    provenance.push(`${s.name}\t${s.repo}@${commit}\t${s.licenceNote}`);
    const git = (path: string) => execFileSync('git', ['--git-dir', dir, 'show', `HEAD:${path}`], { maxBuffer: 1 << 28 });
    const docs = s.load(git);
    docs.forEach((d, i) => {
      if (d.text.length < 8) return;
      all.push({
        id: `${s.name}:${d.doc}`,
        feed: s.feed,
        date: new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10),
        text: stripPersonalData(d.text),
        source: s.name,
        doc: d.doc,
        docHash: sha(d.full).slice(0, 16),
        split: splitOf(s, d.doc),
        ...(d.metaFamily !== undefined ? { metaFamily: d.metaFamily } : {}),
      });
    });
  }
  const { kept, dropped } = dedupe(all);
  const manual = readManual();
  const queue: string[] = [];
  for (const r of kept) {
    const m = manual.get(r.id);
    if (m) {
      r.label = m;
      r.labelledBy = 'manual';
    } else if (needsReview(r)) {
      queue.push(`${r.id}\t${r.metaFamily === undefined ? '?' : r.metaFamily ? '1' : '0'}\t${r.text}`);
    } else {
      // No sign of harm: the metadata decides family-or-romantic; a family matter without harm is blue.
      const fam = r.metaFamily === true;
      r.label = { familyRomantic: fam, level: fam ? 'blue' : 'none' };
      r.labelledBy = 'metadata';
    }
  }
  writeFileSync(join(OUT, 'real-set.jsonl'), kept.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(join(OUT, 'review-queue.tsv'), queue.join('\n') + (queue.length ? '\n' : ''));
  writeFileSync(join(OUT, 'SOURCES.tsv'), `# source\trepository@commit\tlicence and what is kept\n${provenance.join('\n')}\n`);
  const count = (f: (r: RealRecord) => boolean) => kept.filter(f).length;
  console.log(
    `${kept.length} records (${dropped} near-duplicates dropped); ${queue.length} await a hand label; ` +
      SOURCES.map(
        (s) =>
          `${s.name}: dev ${count((r) => r.source === s.name && r.split === 'dev')}, test ${count((r) => r.source === s.name && r.split === 'test')}`,
      ).join('; '),
  );
}

if (require.main === module) main();
