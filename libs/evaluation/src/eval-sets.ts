import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Label } from './scores';

// The sets stay under test/eval, beside the scripts that build them and the READMEs that describe them.
const EVAL_DIR = join(__dirname, '..', '..', '..', 'test', 'eval');
/** The feed-style development set (composed from fragments; all of it is development now). */
export const EVAL_SET = join(EVAL_DIR, 'eval-set.jsonl');
export const FEED_HELDOUT = join(EVAL_DIR, 'feed', 'feed-heldout.jsonl');
export const REAL_SET = join(EVAL_DIR, 'real', 'real-set.jsonl');
/**
 * The second feed-style set, written by an independent evaluator and committed before it was scored;
 * held out until its figures were recorded (2026-12-01), development since (docs/evaluation.md).
 */
export const FEED_V2 = join(EVAL_DIR, 'feed-v2', 'feed-v2.jsonl');
/**
 * The third, written by another independent evaluator and committed before it was scored; held out
 * until it had been scored twice (rounds 3 and 4), development since 2026-12-01 (docs/evaluation.md).
 */
export const FEED_V3 = join(EVAL_DIR, 'feed-v3', 'feed-v3.jsonl');
/**
 * The fourth, written by another independent evaluator and committed before it was scored; held out
 * until it had been scored (after round 5), development since round 6, 2026-12-02 (docs/evaluation.md).
 */
export const FEED_V4 = join(EVAL_DIR, 'feed-v4', 'feed-v4.jsonl');
/**
 * The fifth, written by another independent evaluator and committed before it was scored; held out
 * until it had been scored (with round 5), development since round 6, 2026-12-02 (docs/evaluation.md).
 */
export const FEED_V5 = join(EVAL_DIR, 'feed-v5', 'feed-v5.jsonl');
/**
 * The sixth, written by three further independent evaluators (one a feed) and committed before it was
 * scored; held out until it had been scored twice (rounds 5 and 6), validation since round 7.
 */
export const FEED_V6 = join(EVAL_DIR, 'feed-v6', 'feed-v6.jsonl');
/**
 * The seventh, written by three further independent evaluators (one a feed) and committed before it was
 * scored; held out for rounds 6 and 7 (scored twice), development since round 8.
 */
export const FEED_V7 = join(EVAL_DIR, 'feed-v7', 'feed-v7.jsonl');
/**
 * The eighth, written by three further independent evaluators (one a feed) and committed before round 8 made
 * any commit; the feed-style held-out part for round 8 (scored three times), development since round 9.
 */
export const FEED_V8 = join(EVAL_DIR, 'feed-v8', 'feed-v8.jsonl');
/**
 * The ninth: development data, written at the same time as v8 by three other independent evaluators who read
 * neither v8 nor the engine, so that round 8 has more writers' wording to learn from; never held out.
 */
export const FEED_V9 = join(EVAL_DIR, 'feed-v9', 'feed-v9.jsonl');
/**
 * The tenth, written by three further independent evaluators (one a feed) and committed before round 9 made any
 * commit; the feed-style held-out part for round 9 (scored twice), development from round 10.
 */
export const FEED_V10 = join(EVAL_DIR, 'feed-v10', 'feed-v10.jsonl');
/**
 * The eleventh, written by three further independent evaluators (one a feed) after round 9 and committed before
 * round 10 made any commit; the feed-style held-out part for round 10 (scored twice), development from round 11.
 */
export const FEED_V11 = join(EVAL_DIR, 'feed-v11', 'feed-v11.jsonl');
/**
 * The twelfth, written by three further independent evaluators (one a feed) after round 10 and its review were
 * merged and committed before any later round; the feed-style held-out part for round 11 (scored twice), development from
 * round 12.
 */
export const FEED_V12 = join(EVAL_DIR, 'feed-v12', 'feed-v12.jsonl');
/**
 * The thirteenth, written by three further independent evaluators (one a feed) while round 11 was under way, in a
 * worktree round 11 never read, and committed before round 11 was merged; held out beside v12 for round 11 (scored
 * twice), development from round 12.
 */
export const FEED_V13 = join(EVAL_DIR, 'feed-v13', 'feed-v13.jsonl');
/**
 * The fourteenth, written by three further independent evaluators (one a feed) while round 12 was under way, in a
 * worktree round 12 never read, and merged before round 12; held out for round 12 (scored twice), development from
 * round 13.
 */
export const FEED_V14 = join(EVAL_DIR, 'feed-v14', 'feed-v14.jsonl');
/**
 * The fifteenth, written by three further independent evaluators (one a feed) after round 12 and its review were
 * merged and committed before any later round; held out beside v14 for round 12's scoring and for round 13 (scored
 * twice), development from round 14.
 */
export const FEED_V15 = join(EVAL_DIR, 'feed-v15', 'feed-v15.jsonl');
/**
 * The sixteenth, written by three further independent evaluators (one a feed) while round 13 was under way, in a
 * worktree round 13 never read, and merged before round 13; held out beside v15 for round 13 (scored twice),
 * development from round 14.
 */
export const FEED_V16 = join(EVAL_DIR, 'feed-v16', 'feed-v16.jsonl');
/**
 * The seventeenth, written by three further independent evaluators (one a feed) while round 14 was under way, in a
 * worktree round 14 never read, and merged before round 14; the feed-style held-out part for round 14 (scored twice),
 * development from round 15.
 */
export const FEED_V17 = join(EVAL_DIR, 'feed-v17', 'feed-v17.jsonl');
/**
 * The eighteenth, written by three further independent evaluators (one a feed) while round 15 was under way, in a
 * worktree round 15 never read, and merged before round 15; the feed-style held-out part for round 15 (scored twice),
 * development from round 16.
 */
export const FEED_V18 = join(EVAL_DIR, 'feed-v18', 'feed-v18.jsonl');
/**
 * The nineteenth, written by three further independent evaluators (one a feed) while round 16 was under way, in a
 * worktree round 16 never read, and merged before round 16; the feed-style held-out part for round 16 (scored twice),
 * development from round 17.
 */
export const FEED_V19 = join(EVAL_DIR, 'feed-v19', 'feed-v19.jsonl');
/**
 * The twentieth, written by three further independent evaluators (one a feed) after round 16 and before round 17, in a
 * worktree no round read, and merged before round 17; the feed-style held-out part for round 17 (scored three times:
 * -26, -28, -29), development from round 18.
 */
export const FEED_V20 = join(EVAL_DIR, 'feed-v20', 'feed-v20.jsonl');
/**
 * The twenty-first, written by three further independent evaluators (one a feed) after round 17 and before round 18,
 * committed in main before round 18's worktree took anything from it (the round branched before any v21 record
 * existed); the feed-style held-out part for round 18 (scored three times: -29, -31, -32), development from round 20.
 */
export const FEED_V21 = join(EVAL_DIR, 'feed-v21', 'feed-v21.jsonl');
/**
 * The twenty-second, written by three further independent evaluators (one a feed) after round 18 and its review,
 * committed on main after round 19's branch was made (which therefore holds no v22 record); held out beside v21.
 */
export const FEED_V22 = join(EVAL_DIR, 'feed-v22', 'feed-v22.jsonl');
/**
 * The twenty-third, written by three further independent evaluators (one a feed) after round 19, committed on main after
 * round 20's branch was made at b928f3b (which holds its builder and briefs but no record); held out beside v22.
 */
export const FEED_V23 = join(EVAL_DIR, 'feed-v23', 'feed-v23.jsonl');
/**
 * The twenty-fourth, written by three further independent evaluators (one a feed) after round 21, committed on main after
 * round 22's branch was made at 97335ee (which holds no file of it); held out for round 22.
 */
export const FEED_V24 = join(EVAL_DIR, 'feed-v24', 'feed-v24.jsonl');
/**
 * The twenty-fifth, written by three further independent evaluators (one a feed) after round 23, committed on main after
 * round 24's branch was made at e02230b (which holds no file of it); held out for round 24.
 */
export const FEED_V25 = join(EVAL_DIR, 'feed-v25', 'feed-v25.jsonl');
/**
 * The twenty-sixth, written by three further independent evaluators (one a feed) after round 25, committed on main after
 * round 26's branch was made at acad870 (which holds no file of it); held out for round 26.
 */
export const FEED_V26 = join(EVAL_DIR, 'feed-v26', 'feed-v26.jsonl');
/**
 * The twenty-seventh, written by three further independent evaluators (one a feed) after round 26's review, committed on
 * main after round 27's branch was made at 3cf564d (which holds no file of it); held out for round 27.
 */
export const FEED_V27 = join(EVAL_DIR, 'feed-v27', 'feed-v27.jsonl');
/**
 * The twenty-eighth, written by three further independent evaluators (one a feed) after round 27, committed on main after
 * round 28's branch was made at 7fe4741 (which holds no file of it); held out for round 28.
 */
export const FEED_V28 = join(EVAL_DIR, 'feed-v28', 'feed-v28.jsonl');
/**
 * The twenty-ninth, written by three further independent evaluators (one a feed) after round 29, committed on main before
 * round 30's engine changes (9c4b640); held out for round 30.
 */
export const FEED_V29 = join(EVAL_DIR, 'feed-v29', 'feed-v29.jsonl');
/**
 * The thirtieth, written by three further independent evaluators (one a feed) after round 30, committed on main before
 * round 31's engine changes (9f4d6ef, 44f458b, b3c602f; built at 67f8f28); held out for round 31, beside v29.
 */
export const FEED_V30 = join(EVAL_DIR, 'feed-v30', 'feed-v30.jsonl');
/**
 * The thirty-first, written by three further independent evaluators (one a feed) after round 39, committed on main before
 * round 40's engine changes (a90d997, b9eda31, 4099738; built at b4834ab); held out for round 40, beside v29 and v30.
 */
export const FEED_V31 = join(EVAL_DIR, 'feed-v31', 'feed-v31.jsonl');
/**
 * The thirty-second, written by three further independent evaluators (one a feed) after round 43's review (-62), committed
 * on main before any later engine change (ed1ba1d, eae6787, b901710; built at 15a3133); held out, scored once with -62.
 */
export const FEED_V32 = join(EVAL_DIR, 'feed-v32', 'feed-v32.jsonl');
/**
 * The thirty-third, written by three further independent evaluators (one a feed) after round 46 (-63) was committed, on
 * main (8a7f6c6, 56d62bf, 34b9f4d; built at da80c6e) before its review's mend was scored or any later engine change; held out.
 */
export const FEED_V33 = join(EVAL_DIR, 'feed-v33', 'feed-v33.jsonl');
/**
 * The thirty-fourth, written by three further independent evaluators (one a feed) after round 49 (-65) was committed, on
 * main before its review's mend (-66) was scored or any later engine change; held out.
 */
export const FEED_V34 = join(EVAL_DIR, 'feed-v34', 'feed-v34.jsonl');
/**
 * The thirty-fifth, written by three further independent evaluators (one a feed) after round 51's review (-70), on main
 * before round 52 (-71) landed or was run on it; held out.
 */
export const FEED_V35 = join(EVAL_DIR, 'feed-v35', 'feed-v35.jsonl');
/**
 * The thirty-sixth, written by three further independent evaluators (one a feed) after round 54's review (-76), on main
 * before round 55 (-77) landed or was run on it; held out.
 */
export const FEED_V36 = join(EVAL_DIR, 'feed-v36', 'feed-v36.jsonl');
/**
 * The thirty-seventh, written by three further independent evaluators (one a feed) after round 57's review (-82), on main
 * before any later engine change; held out.
 */
export const FEED_V37 = join(EVAL_DIR, 'feed-v37', 'feed-v37.jsonl');
/**
 * The thirty-eighth, written by three further independent evaluators (one a feed) while round 58 was under review in a
 * worktree that never held it, on main before round 59; held out.
 */
export const FEED_V38 = join(EVAL_DIR, 'feed-v38', 'feed-v38.jsonl');
/**
 * The thirty-ninth, written by three further independent evaluators (one a feed) after round 61's review (-90), on main
 * before any later engine change; held out.
 */
export const FEED_V39 = join(EVAL_DIR, 'feed-v39', 'feed-v39.jsonl');
/**
 * The fortieth, written by three further independent evaluators (one a feed) while round 62 (-91) was under review, on
 * main before round 63's first engine change landed; held out.
 */
export const FEED_V40 = join(EVAL_DIR, 'feed-v40', 'feed-v40.jsonl');
/**
 * The forty-first, written by three further independent evaluators (one a feed) after round 66's review (-100), on main
 * before round 67 landed; held out.
 */
export const FEED_V41 = join(EVAL_DIR, 'feed-v41', 'feed-v41.jsonl');
/**
 * The forty-second, written by three further independent evaluators (and one rewording of 24 calls to pass the overlap
 * check) with -102 on main and no later engine change, registered before round 68 landed; held out.
 */
export const FEED_V42 = join(EVAL_DIR, 'feed-v42', 'feed-v42.jsonl');

/** A labelled record: the plain record form plus its label and, for real records, where it came from. */
export interface Labelled {
  id: string;
  text: string;
  label: Label;
  source?: string;
  split?: string;
  [field: string]: unknown;
}

export function readJsonl(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}
