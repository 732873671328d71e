import { describeSecondAnnotator } from '../feed-edition-checks';
import { V34_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v34', () => {
  describeSecondAnnotator(V34_SECOND);
});
