import { describeSecondAnnotator } from '../feed-edition-checks';
import { V29_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v29', () => {
  describeSecondAnnotator(V29_SECOND);
});
