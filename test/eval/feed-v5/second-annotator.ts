/**
 * A blind second annotator on the feed-style held-out set v5, by the procedure of ../feed-second-annotator.ts.
 *
 *   npx tsx test/eval/feed-v5/second-annotator.ts export    # writes second-annotator-sample.tsv: texts only, no labels
 *   npx tsx test/eval/feed-v5/second-annotator.ts compare   # agreement and Cohen's kappa against the set's labels
 *
 * The sample is the first 100 records ordered by sha256("second-annotator-v5|2026-12-01|" + id). The labels
 * (second-annotator-labels.tsv: id, family 0/1, level, note) are to be written by someone who has not seen the
 * set's sources, JSONL or labels, from the sample file alone, and committed before `compare` is first run.
 */
import { feedSecondAnnotator } from '../feed-second-annotator';

export { SAMPLE_HEADER } from '../feed-second-annotator';

const v5 = feedSecondAnnotator({ name: 'feed-v5', dir: __dirname, jsonl: 'feed-v5.jsonl', seed: 'second-annotator-v5|2026-12-01|' });
export const { SAMPLE_FILE, LABELS_FILE, drawSample, sampleRows, agreement } = v5;
export const readFeedV5 = v5.read;

if (require.main === module) v5.main(process.argv[2]);
