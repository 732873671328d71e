import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV42, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v42';

describe('feed-v42, held out (written with -102 on main, registered before round 68 landed on main)', () => {
  describeFeedEdition({
    name: 'v42',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV42(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v42'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 220,
      romantic: 58,
      levels: [64, 71, 36, 49, 110],
      longFilings: [14, 2],
      noise: [12, 11, 12], // 12 of each written; one zero-width space stands in a 110 disposition, which this count leaves out
      shortCalls: 6, // under 48 characters with the disposition (three open calls without one; writers were not asked for a length)
    },
  });
});
