import { describeFeedEdition } from '../feed-edition-checks';
import { buildFeedV10, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v10';

describe('feed-v10, held out for round 9, development from round 10', () => {
  describeFeedEdition({
    name: 'v10',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV10(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: [
      'eval/eval-set.jsonl',
      'feed/feed-heldout.jsonl',
      'feed-v2/feed-v2.jsonl',
      'feed-v3/feed-v3.jsonl',
      'feed-v4/feed-v4.jsonl',
      'feed-v5/feed-v5.jsonl',
      'feed-v6/feed-v6.jsonl',
      'feed-v7/feed-v7.jsonl',
      'feed-v8/feed-v8.jsonl',
      'feed-v9/feed-v9.jsonl',
    ],
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 181,
      romantic: 43,
      levels: [45, 54, 33, 49, 149],
      longFilings: [15, 2],
      noise: [10, 12, 8], // in the text or subject; two more zero-width joiners and four ideographic spaces are in 110 dispositions
    },
  });
});
