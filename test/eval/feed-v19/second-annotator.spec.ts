import { describeSecondAnnotator } from '../feed-edition-checks';
import { V19_SECOND } from './second-annotator';

describe('second annotator on the feed-style set v19 (held out for round 16)', () => {
  describeSecondAnnotator(V19_SECOND);
});
