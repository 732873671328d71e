import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV6, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v6';

describe('feed-v6, held out for rounds 5 and 6, validation since round 7', () => {
  describeFeedEdition({
    name: 'v6',
    role: 'validation',
    dir: __dirname,
    build: () => buildFeedV6(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v6'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 178,
      romantic: 36,
      levels: [44, 54, 32, 48, 152],
      longFilings: [11, 2],
      noise: [2, 3, 3],
    },
  });
});
