import { describeSecondAnnotator } from '../feed-edition-checks';
import { V32_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v32', () => {
  describeSecondAnnotator(V32_SECOND);
});
