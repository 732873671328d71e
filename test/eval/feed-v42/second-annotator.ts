/**
 * A blind second annotator on the feed-style held-out set v42, by the procedure of ../feed-second-annotator.ts.
 *
 *   npx tsx test/eval/feed-v42/second-annotator.ts export    # writes second-annotator-sample.tsv: texts only, no labels
 *   npx tsx test/eval/feed-v42/second-annotator.ts compare   # agreement and Cohen's kappa against the set's labels
 *
 * The sample is the first 100 records ordered by sha256("second-annotator-v42|2026-12-08|" + id). The labels
 * (second-annotator-labels.tsv: id, family 0/1, level, note) are written by someone who has not seen the set's
 * sources, JSONL or labels, from the sample file alone, and committed before `compare` is first run.
 */
import { feedSecondAnnotator } from '../feed-second-annotator';

export const V42_SECOND = { name: 'feed-v42', dir: __dirname, jsonl: 'feed-v42.jsonl', seed: 'second-annotator-v42|2026-12-08|' };

if (require.main === module) feedSecondAnnotator(V42_SECOND).main(process.argv[2]);
