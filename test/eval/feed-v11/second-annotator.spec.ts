import { describeSecondAnnotator } from '../feed-edition-checks';
import { V11_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v11', () => {
  describeSecondAnnotator(V11_SECOND);
});
