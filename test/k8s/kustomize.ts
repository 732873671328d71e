import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * The part of kustomize the hub's manifests use, to build an overlay offline in a unit test (no kustomize
 * binary on the machines): resources (files and directories), namespace, labels, images, strategic-merge
 * patches of whole objects (maps merged, lists of named items merged by name, other lists replaced),
 * generatorOptions and secretGenerator. Secret values are never read: a generated Secret lists its keys
 * with empty values, and the files it would read are reported in `secretFiles`.
 * Anything else in a kustomization.yaml is an error, so a manifest using more fails here, not in a cluster.
 */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

export interface GeneratedSecret {
  name: string;
  type?: string;
  keys: string[];
  /** key → the file (relative to the kustomization) its value would be read from. */
  files: Record<string, string>;
  literals: Record<string, string>;
}

export interface Build {
  objects: K8sObject[];
  secrets: GeneratedSecret[];
  /** Every YAML file read, for checks on the files themselves (no inline Secret). */
  files: string[];
}

const KNOWN_FIELDS = new Set([
  'apiVersion',
  'kind',
  'resources',
  'namespace',
  'labels',
  'images',
  'patches',
  'generatorOptions',
  'secretGenerator',
]);

type Plain = Record<string, unknown>;
const isMap = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readYamlObjects(file: string): K8sObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((d) => {
      if (d.errors.length) throw new Error(`${file}: ${d.errors[0].message}`);
      return d.toJS() as K8sObject | null;
    })
    .filter((o): o is K8sObject => o !== null);
}

export function kustomizeBuild(dir: string): Build {
  const kfile = join(dir, 'kustomization.yaml');
  const k = readYamlObjects(kfile)[0] as unknown as Plain;
  for (const field of Object.keys(k))
    if (!KNOWN_FIELDS.has(field)) throw new Error(`${kfile}: field ${field} is not supported by this build`);
  const build: Build = { objects: [], secrets: [], files: [kfile] };

  for (const r of (k.resources as string[] | undefined) ?? []) {
    const path = resolve(dir, r);
    if (!existsSync(path)) throw new Error(`${kfile}: resource ${r} does not exist`);
    if (statSync(path).isDirectory()) {
      const sub = kustomizeBuild(path);
      build.objects.push(...sub.objects);
      build.secrets.push(...sub.secrets);
      build.files.push(...sub.files);
    } else {
      build.objects.push(...readYamlObjects(path));
      build.files.push(path);
    }
  }

  for (const g of (k.secretGenerator as Plain[] | undefined) ?? []) {
    const files: Record<string, string> = {};
    const literals: Record<string, string> = {};
    for (const f of (g.files as string[] | undefined) ?? []) {
      const [key, file] = f.includes('=') ? f.split('=', 2) : [f.split('/').pop()!, f];
      files[key] = file;
    }
    for (const l of (g.literals as string[] | undefined) ?? []) {
      const i = l.indexOf('=');
      literals[l.slice(0, i)] = l.slice(i + 1);
    }
    const secret: GeneratedSecret = {
      name: g.name as string,
      type: g.type as string | undefined,
      keys: [...Object.keys(literals), ...Object.keys(files)],
      files,
      literals,
    };
    build.secrets.push(secret);
    build.objects.push({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: secret.name },
      type: secret.type ?? 'Opaque',
      stringData: Object.fromEntries(secret.keys.map((key) => [key, literals[key] ?? ''])),
    });
  }

  for (const p of (k.patches as Plain[] | undefined) ?? []) {
    if (typeof p.path !== 'string' || p.target || p.patch) throw new Error(`${kfile}: only patches by path (whole objects) are supported`);
    const file = resolve(dir, p.path);
    build.files.push(file);
    for (const patch of readYamlObjects(file)) {
      const target = build.objects.find((o) => o.kind === patch.kind && o.metadata.name === patch.metadata.name);
      if (!target) throw new Error(`${file}: patch for ${patch.kind}/${patch.metadata.name} matches no resource`);
      merge(target, patch);
    }
  }

  for (const l of (k.labels as Plain[] | undefined) ?? []) {
    const pairs = l.pairs as Record<string, string>;
    for (const o of build.objects) {
      o.metadata.labels = { ...o.metadata.labels, ...pairs };
      const template = (o.spec as Plain | undefined)?.template as Plain | undefined;
      if (l.includeTemplates && template) {
        const meta = (template.metadata ??= {}) as Plain;
        meta.labels = { ...(meta.labels as Plain | undefined), ...pairs };
      }
      if (l.includeSelectors) throw new Error(`${kfile}: labels with includeSelectors are not supported`);
    }
  }

  for (const img of (k.images as Plain[] | undefined) ?? []) {
    for (const c of build.objects.flatMap(containersOf)) {
      const [name, tag] = splitImage(c.image as string);
      if (name !== img.name && name !== img.newName) continue;
      c.image = `${typeof img.newName === 'string' ? img.newName : name}:${typeof img.newTag === 'string' ? img.newTag : (tag ?? 'latest')}`;
    }
  }

  if (typeof k.namespace === 'string') for (const o of build.objects) o.metadata.namespace = k.namespace;
  return build;
}

function splitImage(image: string): [string, string | undefined] {
  const i = image.lastIndexOf(':');
  return i > image.lastIndexOf('/') ? [image.slice(0, i), image.slice(i + 1)] : [image, undefined];
}

/** The containers of a workload (Deployment, Job): init containers included. */
export function containersOf(o: K8sObject): Plain[] {
  const spec = ((o.spec as Plain | undefined)?.template as Plain | undefined)?.spec as Plain | undefined;
  return spec ? [...((spec.initContainers as Plain[] | undefined) ?? []), ...((spec.containers as Plain[] | undefined) ?? [])] : [];
}

function merge(target: Plain, patch: Plain): void {
  for (const [key, value] of Object.entries(patch)) {
    const current = target[key];
    if (isMap(value) && isMap(current)) merge(current, value);
    else if (Array.isArray(value) && Array.isArray(current) && value.every((v) => isMap(v) && typeof v.name === 'string')) {
      for (const item of value as Plain[]) {
        const same = (current as Plain[]).find((c) => isMap(c) && c.name === item.name);
        if (same) merge(same, item);
        else current.push(item);
      }
    } else target[key] = value;
  }
}

export const k8sRoot = (...parts: string[]) => join(dirname(dirname(__dirname)), 'deploy', 'k8s', ...parts);
