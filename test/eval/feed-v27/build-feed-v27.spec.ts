import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV27, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v27';

describe('feed-v27, held out for round 27 (written after round 26, committed after round 27 had branched), development from round 31', () => {
  describeFeedEdition({
    name: 'v27',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV27(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v27'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 211,
      romantic: 52,
      levels: [55, 66, 38, 52, 119],
      longFilings: [15, 2],
      noise: [12, 12, 12], // in the text or subject
      shortCalls: 3, // under 48 characters with the disposition (two of them open calls, without one; writers were not asked for a length)
    },
  });
});
