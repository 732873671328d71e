import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV36, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v36';

describe('feed-v36, held out (written after round 54’s review (-76), committed before round 55 (-77) landed or was run on it)', () => {
  describeFeedEdition({
    name: 'v36',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV36(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v36'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 218,
      romantic: 58,
      levels: [57, 70, 38, 53, 112],
      longFilings: [14, 2],
      noise: [12, 12, 12],
      shortCalls: 16, // under 48 characters with the disposition (three open calls without one; writers were not asked for a length)
    },
  });
});
