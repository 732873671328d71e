import { describeFeedEdition, setsBefore } from '../feed-edition-checks';
import { buildFeedV26, EARLIER_SETS, nearDuplicates, parseSource } from './build-feed-v26';

describe('feed-v26, held out for round 26 (written after round 25, committed after round 26 had branched), development from round 27', () => {
  describeFeedEdition({
    name: 'v26',
    role: 'development',
    dir: __dirname,
    build: () => buildFeedV26(),
    parseSource,
    nearDuplicates,
    earlierSets: EARLIER_SETS,
    pool: setsBefore('v26'),
    counts: {
      feeds: [125, 100, 105],
      familyRomantic: 208,
      romantic: 51,
      levels: [52, 65, 38, 53, 122],
      longFilings: [14, 2],
      noise: [12, 12, 12], // in the text or subject
      shortCalls: 9, // 26–47 characters with the disposition (three of them open calls, without one; writers were not asked for a length)
    },
  });
});
