import { describeSecondAnnotator } from '../feed-edition-checks';
import { V24_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v24', () => {
  describeSecondAnnotator(V24_SECOND);
});
