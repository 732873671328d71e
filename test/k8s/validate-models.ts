// Validates Kubernetes objects (a JSON array on stdin) against kubernetes-models and @kubernetes-models/keda,
// the OpenAPI schemas of the Kubernetes API and of KEDA's CRDs. Prints one result per object as JSON.
// A separate process (run with tsx) because both packages are ES modules only, which jest's CommonJS
// runtime cannot load; here they come in through import().
import { readFileSync } from 'node:fs';

interface Manifest {
  apiVersion: string;
  kind: string;
  metadata?: { name?: string };
}
type ModelClass = new (data: unknown) => { validate(): void };

const modelPath = ({ apiVersion, kind }: Manifest) => {
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  if (group === 'keda.sh') return `@kubernetes-models/keda/keda.sh/${version}/${kind}`;
  return group ? `kubernetes-models/${group}/${version}/${kind}` : `kubernetes-models/${version}/${kind}`;
};
async function main(): Promise<void> {
  const objects = JSON.parse(readFileSync(0, 'utf8')) as Manifest[];
  const results: { id: string; ok?: true; error?: string }[] = [];
  for (const o of objects) {
    const id = `${o.kind}/${o.metadata?.name}`;
    let model: ModelClass | undefined;
    try {
      model = ((await import(modelPath(o))) as Record<string, ModelClass>)[o.kind];
    } catch {
      model = undefined;
    }
    if (!model) {
      results.push({ id, error: `no model for ${o.apiVersion} ${o.kind}` });
      continue;
    }
    try {
      new model(o).validate();
      results.push({ id, ok: true });
    } catch (e) {
      results.push({ id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  process.stdout.write(JSON.stringify(results));
}

void main();
