import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { type K8sObject, readYamlObjects } from './kustomize';

/**
 * The operators' own CustomResourceDefinitions (Strimzi, CloudNativePG, the Redis operator), as they publish
 * them, turned into JSON Schema for ajv so that every operator resource of deploy/k8s is checked offline
 * against the schema the operator's API server would apply. The CRD files are data kept beside the project
 * (shared/k8s-crd-schemas beside the project, or the git-ignored .local/k8s-crd-schemas; their README gives
 * source, commit and licence), not in the repository: they are fetched from the operators' repositories, which
 * the project does not redistribute. Where neither is present the CRD tests are skipped and say so.
 *
 * A CRD's openAPIV3Schema is a Kubernetes "structural schema", which differs from JSON Schema here:
 * - an object with `properties` keeps no other field: the API server prunes unknown fields (or refuses them
 *   with strict field validation), so a misspelt field is an error here, as kubeconform's strict mode does;
 *   `x-kubernetes-preserve-unknown-fields` or `additionalProperties` keeps them;
 * - `x-kubernetes-int-or-string` accepts an integer or a string; `nullable` accepts null;
 * - `x-kubernetes-list-type: set` means unique items;
 * - `x-kubernetes-embedded-resource` admits apiVersion, kind and metadata;
 * - `format` (int32, int64, date-time) is not checked, nor are CEL rules (`x-kubernetes-validations`, in
 *   CloudNativePG's schema): ajv cannot evaluate them.
 */
export const CRD_SCHEMAS_DIR =
  process.env.K8S_CRD_SCHEMAS_DIR ??
  [join(__dirname, '..', '..', '..', 'shared', 'k8s-crd-schemas'), join(__dirname, '..', '..', '.local', 'k8s-crd-schemas')].find((d) =>
    existsSync(d),
  );

type Schema = Record<string, unknown>;

export interface CrdValidator {
  /** `<group>/<version> <Kind>` of every schema loaded, with the CRD file it came from. */
  readonly kinds: Map<string, string>;
  /** Errors of one object, [] when valid; undefined when no loaded CRD defines its apiVersion and kind. */
  validate(o: K8sObject): string[] | undefined;
}

const key = (apiVersion: string, kind: string) => `${apiVersion} ${kind}`;

/** A structural schema as JSON Schema (a copy; see above). */
export function toJsonSchema(s: Schema): Schema {
  const out: Schema = {};
  for (const [k, v] of Object.entries(s)) {
    if (k.startsWith('x-kubernetes-') || k === 'nullable' || k === 'format') continue;
    if (k === 'properties') {
      out.properties = Object.fromEntries(Object.entries(v as Schema).map(([p, ps]) => [p, toJsonSchema(ps as Schema)]));
    } else if (k === 'items' || k === 'additionalProperties' || k === 'not') {
      out[k] = typeof v === 'object' && v !== null ? toJsonSchema(v as Schema) : v;
    } else if (k === 'anyOf' || k === 'oneOf' || k === 'allOf') {
      out[k] = (v as Schema[]).map((x) => toJsonSchema(x));
    } else out[k] = v;
  }
  if (s['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (s['x-kubernetes-list-type'] === 'set') out.uniqueItems = true;
  if (s['x-kubernetes-embedded-resource']) {
    out.properties = {
      apiVersion: { type: 'string' },
      kind: { type: 'string' },
      metadata: { type: 'object' },
      ...(out.properties as Schema),
    };
  }
  const preserve = s['x-kubernetes-preserve-unknown-fields'] === true;
  if (out.properties && out.additionalProperties === undefined && !preserve) out.additionalProperties = false;
  if (s.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

function errorText(e: ErrorObject): string {
  const where = e.instancePath || '/';
  if (e.keyword === 'additionalProperties')
    return `${where}: unknown field ${(e.params as { additionalProperty: string }).additionalProperty}`;
  if (e.keyword === 'enum') return `${where}: ${e.message} (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`;
  return `${where}: ${e.message}`;
}

/** Loads every CRD (*.yaml) in `dir`. Throws when the folder is missing: the check must not pass unseen. */
export function loadCrdValidator(dir = CRD_SCHEMAS_DIR): CrdValidator {
  if (!dir || !existsSync(dir)) {
    throw new Error(
      `The operators' CRD files are not at ${dir ?? '../shared/k8s-crd-schemas or .local/k8s-crd-schemas'}: they are kept ` +
        'beside the project (or set K8S_CRD_SCHEMAS_DIR); their README lists them.',
    );
  }
  const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
  // Compiled on first use: the CRDs are large and most of their kinds' versions are never asked for.
  const schemas = new Map<string, Schema>();
  const validators = new Map<string, ValidateFunction>();
  const kinds = new Map<string, string>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    for (const crd of readYamlObjects(join(dir, file)).filter((o) => o.kind === 'CustomResourceDefinition')) {
      const spec = crd.spec as {
        group: string;
        names: { kind: string };
        versions: { name: string; served: boolean; schema: { openAPIV3Schema: Schema } }[];
      };
      for (const v of spec.versions.filter((x) => x.served)) {
        const id = key(`${spec.group}/${v.name}`, spec.names.kind);
        if (kinds.has(id)) throw new Error(`${file}: ${id} is also defined by ${kinds.get(id)}`);
        kinds.set(id, file);
        schemas.set(id, toJsonSchema(v.schema.openAPIV3Schema));
      }
    }
  }
  return {
    kinds,
    validate(o) {
      const id = key(o.apiVersion, o.kind);
      const schema = schemas.get(id);
      if (!schema) return undefined;
      let check = validators.get(id);
      if (!check) validators.set(id, (check = ajv.compile(schema)));
      return check(o) ? [] : (check.errors ?? []).map(errorText);
    },
  };
}
