import { describeSecondAnnotator } from '../feed-edition-checks';
import { V8_SECOND } from './second-annotator';

describe('second annotator on the feed-style held-out set v8', () => {
  describeSecondAnnotator(V8_SECOND);
});
