import { describeFeedEdition } from '../feed-edition-checks';
import { buildFeedV8, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v8';

describe('feed-v8, held out for round 8, development since round 9', () => {
  describeFeedEdition({
    name: 'v8',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV8(),
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
    ],
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 175,
      romantic: 39,
      levels: [41, 49, 34, 51, 155],
      longFilings: [13, 2],
      noise: [3, 6, 4],
    },
  });
});
