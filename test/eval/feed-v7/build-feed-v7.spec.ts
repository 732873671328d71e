import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV7, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v7';

describe('feed-v7, held out for rounds 6 and 7, development since round 8', () => {
  describeFeedEdition({
    name: 'v7',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV7(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v7'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 179,
      romantic: 37,
      levels: [45, 54, 32, 48, 151],
      longFilings: [10, 2],
      noise: [3, 6, 5],
    },
  });
});
