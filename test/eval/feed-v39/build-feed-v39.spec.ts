import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV39, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v39';

describe('feed-v39, held out (written after round 61’s review (-90), committed before any later engine change)', () => {
  describeFeedEdition({
    name: 'v39',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV39(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v39'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 220,
      romantic: 59,
      levels: [58, 70, 39, 53, 110],
      longFilings: [14, 2],
      noise: [12, 12, 12],
      shortCalls: 15, // under 48 characters with the disposition (three open calls without one; writers were not asked for a length)
    },
  });
});
