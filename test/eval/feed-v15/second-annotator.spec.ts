import { describeSecondAnnotator } from '../feed-edition-checks';
import { V15_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v15', () => {
  describeSecondAnnotator(V15_SECOND);
});
