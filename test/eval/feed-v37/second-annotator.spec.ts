import { describeSecondAnnotator } from '../feed-edition-checks';
import { V37_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v37', () => {
  describeSecondAnnotator(V37_SECOND);
});
