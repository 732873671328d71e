import { describeSecondAnnotator } from '../feed-edition-checks';
import { V13_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v13', () => {
  describeSecondAnnotator(V13_SECOND);
});
