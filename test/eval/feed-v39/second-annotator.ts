/**
 * A blind second annotator on the feed-style held-out set v39, by the procedure of ../feed-second-annotator.ts.
 *
 *   npx tsx test/eval/feed-v39/second-annotator.ts export    # writes second-annotator-sample.tsv: texts only, no labels
 *   npx tsx test/eval/feed-v39/second-annotator.ts compare   # agreement and Cohen's kappa against the set's labels
 *
 * The sample is the first 100 records ordered by sha256("second-annotator-v39|2026-12-07|" + id). The labels
 * (second-annotator-labels.tsv: id, family 0/1, level, note) are written by someone who has not seen the set's
 * sources, JSONL or labels, from the sample file alone, and committed before `compare` is first run.
 */
import { feedSecondAnnotator } from '../feed-second-annotator';

export const V39_SECOND = { name: 'feed-v39', dir: __dirname, jsonl: 'feed-v39.jsonl', seed: 'second-annotator-v39|2026-12-07|' };

if (require.main === module) feedSecondAnnotator(V39_SECOND).main(process.argv[2]);
