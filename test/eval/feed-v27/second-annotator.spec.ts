import { describeSecondAnnotator } from '../feed-edition-checks';
import { V27_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v27', () => {
  describeSecondAnnotator(V27_SECOND);
});
