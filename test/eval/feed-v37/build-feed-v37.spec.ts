import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV37, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v37';

describe('feed-v37, held out (written after round 57’s review (-82), committed before any later engine change)', () => {
  describeFeedEdition({
    name: 'v37',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV37(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v37'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 219,
      romantic: 58,
      levels: [58, 70, 38, 53, 111],
      longFilings: [14, 2],
      noise: [12, 12, 12],
      shortCalls: 15, // under 48 characters with the disposition (three open calls without one; writers were not asked for a length)
    },
  });
});
