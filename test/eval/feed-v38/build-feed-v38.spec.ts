import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV38, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v38';

describe('feed-v38, held out (written while round 58 (-83) was under review, committed before round 59)', () => {
  describeFeedEdition({
    name: 'v38',
    role: 'held-out',
    dir: __dirname,
    build: () => buildFeedV38(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v38'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 219,
      romantic: 58,
      levels: [57, 70, 39, 53, 111],
      longFilings: [14, 2],
      noise: [12, 11, 12], // one zero-width space a writer reported stands in a disposition, which the check does not read
      shortCalls: 6, // under 48 characters with the disposition (three open calls without one; writers were not asked for a length)
    },
  });
});
