import { benchBoard } from './board.bench';
import { benchClassify } from './classify.bench';
import { benchDispatch } from './dispatch.bench';
import { benchIngest } from './ingest.bench';
import { benchPipeline } from './pipeline.bench';
import { benchRisk } from './risk.bench';

/** `npm run bench -- <name>`: prints figures and, on its last line, the ratio to a baseline measured in the same run. */
const benches: Record<string, () => Promise<void>> = {
  ingest: benchIngest,
  classify: benchClassify,
  risk: benchRisk,
  dispatch: benchDispatch,
  board: benchBoard,
  pipeline: benchPipeline,
};

const name = process.argv[2];
const run = name ? benches[name] : undefined;
if (!run) {
  console.error(`usage: npm run bench -- ${Object.keys(benches).join('|')}`);
  process.exit(2);
}
run().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  },
);
