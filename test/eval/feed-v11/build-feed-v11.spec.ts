import { describeFeedEdition } from '../feed-edition-checks';
import { buildFeedV11, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v11';

describe('feed-v11 held-out set', () => {
  describeFeedEdition({
    name: 'v11',
    dir: __dirname,
    build: () => buildFeedV11(),
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
      'feed-v10/feed-v10.jsonl',
    ],
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 187,
      romantic: 42,
      levels: [46, 55, 35, 51, 143],
      longFilings: [14, 2],
      noise: [11, 12, 11], // in the text or subject; one more zero-width joiner stands in a 110 disposition
    },
  });
});
