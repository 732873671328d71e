/**
 * Adds `lawyer-llama-advice` to real-set.jsonl: the 5,000 users' questions of lawyer-llama's
 * `data/legal_advice.json` (the machine-written answers dropped), a file of the same repository that no
 * round of the engine ever read. The whole source is a test part: it is never error-analysed, trained on
 * or tuned against, so that its figures answer "on a source never used for tuning" (issue 11).
 *
 * Labels (LABELLING.md, "lawyer-llama-advice"): the file cites no articles, so no metadata says
 * family. A question naming a relation or kin word (`needsReading`) is read and labelled by blind
 * labellers (the 2026-12-06 block of `manual-labels.tsv`); any other is none unread, and a blind
 * second annotator's reading of a seeded sample of those says what that rule misses.
 *
 *   npx tsx test/eval/real/build-advice.ts           # writes advice-queue.tsv; real-set.jsonl once every queued record has a hand label
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NearDuplicates, readManual, readRealSet, type RealRecord, sha, squash, stripPersonalData } from './build-real-set';

const OUT = __dirname;
export const ADVICE_SOURCE = 'lawyer-llama-advice';
const REPO = 'AndrewZhe/lawyer-llama';
const FILE = 'data/legal_advice.json';

const RELATION =
  /夫|妻|老公|老婆|媳妇|爱人|配偶|婚|对象|男友|女友|男朋友|女朋友|恋|同居|情人|前任|分手|公公|婆婆|岳|女婿|儿媳|父亲|母亲|爸|妈|儿子|女儿|子女|孩子|哥|弟|姐|妹|亲属|家人|家庭|继父|继母|赡养|抚养/;
/** Words of kin and household the other sources' selection lacks; with no metadata here, a question naming none of them is none unread. */
const KIN =
  /家暴|离异|分居|娘家|婆家|亲家|家里|彩礼|小三|出轨|外遇|私生|亲戚|叔|舅|姑|姨|侄|孙|爷|奶|外公|外婆|嫂|婶|养父|养母|监护|遗产|继承|户口本|同胞|表亲|堂/;

/** A question a person reads and labels: it names a relation or kin word. Decides no label. */
export const needsReading = (text: string): boolean => RELATION.test(text) || KIN.test(text);

function gitDir(): string {
  return join(process.env.REAL_SOURCES ?? '/work/.mirror', REPO.replace('/', '+'), 'repo');
}

/** The source's records, near duplicates of any record of the other sources dropped. */
export function adviceRecords(others: readonly RealRecord[]): { records: RealRecord[]; dropped: number; commit: string } {
  const dir = gitDir();
  const commit = execFileSync('git', ['--git-dir', dir, 'rev-parse', 'HEAD']).toString().trim();
  const rows = JSON.parse(execFileSync('git', ['--git-dir', dir, 'show', `HEAD:${FILE}`], { maxBuffer: 1 << 28 }).toString('utf8')) as {
    instruction: string;
    input?: string;
  }[][];
  const seen = new NearDuplicates();
  for (const r of others) seen.keepAlways(r.text);
  const records: RealRecord[] = [];
  let dropped = 0;
  rows.forEach((conversation, i) => {
    const full = squash(`${conversation[0]?.instruction ?? ''} ${conversation[0]?.input ?? ''}`);
    const text = stripPersonalData(full);
    if (text.length < 8) return;
    if (!seen.keep(text)) {
      dropped++;
      return;
    }
    records.push({
      id: `${ADVICE_SOURCE}:legal_advice#${i}`,
      feed: 'petition',
      date: new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10),
      text,
      source: ADVICE_SOURCE,
      doc: `legal_advice#${i}`,
      docHash: sha(full).slice(0, 16),
      split: 'test',
    });
  });
  return { records, dropped, commit };
}

function main(): void {
  const file = join(OUT, 'real-set.jsonl');
  const others = readRealSet().filter((r) => r.source !== ADVICE_SOURCE);
  const { records, dropped, commit } = adviceRecords(others);
  const manual = readManual();
  const queue = records.filter((r) => needsReading(r.text));
  writeFileSync(
    join(OUT, 'advice-queue.tsv'),
    `# id\ttext — lawyer-llama-advice questions that name a relation or kin word, to be read by blind labellers\n` +
      queue.map((r) => `${r.id}\t${r.text}`).join('\n') +
      '\n',
  );
  const unlabelled = queue.filter((r) => !manual.has(r.id));
  console.log(
    `${ADVICE_SOURCE}: ${records.length} records (${dropped} near-duplicates dropped); ${queue.length} to read, ${unlabelled.length} without a hand label`,
  );
  // The set is scored only when every record has a label: an unread record must not count as a negative.
  if (unlabelled.length) return;
  for (const r of records) {
    const m = manual.get(r.id);
    r.label = m ?? { familyRomantic: false, level: 'none' };
    r.labelledBy = m ? 'manual' : 'metadata';
  }
  writeFileSync(file, [...others, ...records].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const sources = join(OUT, 'SOURCES.tsv');
  const lines = readFileSync(sources, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith(`${ADVICE_SOURCE}\t`));
  lines.push(
    `${ADVICE_SOURCE}\t${REPO}@${commit}\tApache-2.0 (data for academic use); ${FILE}, users’ questions only, machine-written answers dropped; test only`,
  );
  writeFileSync(sources, lines.join('\n') + '\n');
  const family = records.filter((r) => r.label?.familyRomantic).length;
  const high = records.filter((r) => r.label?.level === 'red' || r.label?.level === 'orange').length;
  console.log(`real-set.jsonl: ${records.length} ${ADVICE_SOURCE} records written, all test (${family} family, ${high} red or orange)`);
}

if (require.main === module) main();
