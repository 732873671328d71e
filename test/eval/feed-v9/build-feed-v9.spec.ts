import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
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
    pool: setsBefore('v9'),
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
