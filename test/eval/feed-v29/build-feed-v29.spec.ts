import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV29, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v29';

describe('feed-v29, held out for rounds 30 to 54 (written after round 29, committed before round 30’s engine changes), development from round 55', () => {
  describeFeedEdition({
    name: 'v29',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV29(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v29'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 213,
      romantic: 57,
      levels: [56, 68, 38, 51, 117],
      longFilings: [14, 2],
      noise: [12, 11, 12], // in the text or subject (the twelfth zero-width space, P015’s, is in its disposition, which this count does not read)
      shortCalls: 12, // under 48 characters with the disposition (P082, P116 and P124 open calls, without one; writers were not asked for a length)
    },
  });
});
