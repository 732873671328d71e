/**
 * A second annotator on the feed-style held-out set v3, by the real set's procedure
 * (test/eval/real/second-annotator.ts, LABELLING.md "Second annotator"); the procedure is
 * ../feed-second-annotator.ts, shared with feed-v5.
 *
 *   npx tsx test/eval/feed-v3/second-annotator.ts export    # writes second-annotator-sample.tsv: texts only, no labels
 *   npx tsx test/eval/feed-v3/second-annotator.ts compare   # agreement and Cohen's kappa against the set's labels
 *
 * The sample is the first 100 records ordered by sha256("second-annotator-v3|2026-12-01|" + id). The export
 * carries id, feed, text and the 110 disposition only: no upstream category, cause or subject (they would
 * hint at the domain) and no label, so the second annotator labels blind. The labels are written to
 * second-annotator-labels.tsv (id, family 0/1, level, note) and committed before `compare` is first run.
 */
import { feedSecondAnnotator } from '../feed-second-annotator';

export { SAMPLE_HEADER, type Agreement } from '../feed-second-annotator';

const v3 = feedSecondAnnotator({ name: 'feed-v3', dir: __dirname, jsonl: 'feed-v3.jsonl', seed: 'second-annotator-v3|2026-12-01|' });
export const { SEED, SAMPLE_FILE, LABELS_FILE, drawSample, sampleRows, agreement } = v3;
export const readFeedV3 = v3.read;

if (require.main === module) v3.main(process.argv[2]);
