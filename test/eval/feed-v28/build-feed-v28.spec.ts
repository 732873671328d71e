import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV28, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v28';

describe('feed-v28, held out for round 28 (written after round 27, committed after round 28 had branched), development from round 31', () => {
  describeFeedEdition({
    name: 'v28',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV28(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v28'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 214,
      romantic: 55,
      levels: [57, 67, 38, 52, 116],
      longFilings: [15, 2],
      noise: [11, 12, 12], // in the text or subject (the twelfth joiner is in a 110 call's disposition, which this count does not read)
      shortCalls: 6, // under 48 characters with the disposition (three of them open calls, without one; writers were not asked for a length)
    },
  });
});
