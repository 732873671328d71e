import { describeSecondAnnotator } from '../feed-edition-checks';
import { V20_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v20', () => {
  describeSecondAnnotator(V20_SECOND);
});
