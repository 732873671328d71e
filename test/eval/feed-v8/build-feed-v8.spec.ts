import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
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
    pool: setsBefore('v8'),
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
