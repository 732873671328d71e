import { describeFeedEdition } from '../feed-edition-checks';
import { buildFeedV9, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v9';

describe('feed-v9, development data written beside the held-out v8', () => {
  describeFeedEdition({
    name: 'v9',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV9(),
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
    ],
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 180,
      romantic: 41,
      levels: [46, 55, 33, 46, 150],
      longFilings: [11, 2],
      noise: [3, 6, 3],
    },
  });
});
