import { describeSecondAnnotator } from '../feed-edition-checks';
import { V40_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v40', () => {
  describeSecondAnnotator(V40_SECOND);
});
