/** The record an alert came from, as the officer reads it: masked texts, the address, codes and the parties (masked). */
export interface AlertRecord {
  texts: unknown;
  address: string | null;
  codes: unknown;
  persons: { role: string | null; name: string | null; id: string | null; phone: string | null }[] | null;
}

type Json = Record<string, unknown> | null | undefined;

/** A JSON value as PostgreSQL's `->>` gives it: a string as is, anything else as JSON text, absent as null. */
export const text = (v: unknown): string | null => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));

/**
 * What of a stored event (its payload as ingest wrote it) an officer may read: the masked texts, the
 * address, the codes and, of each person, only the masked fields; never the keyed hashes.
 */
export function recordOf(payload: unknown): AlertRecord {
  const p = (payload ?? {}) as Record<string, unknown>;
  const persons = Array.isArray(p.persons) ? (p.persons as Json[]) : [];
  return {
    texts: p.texts ?? null,
    address: text((p.location as Json)?.text),
    codes: p.codes ?? null,
    persons: persons.length
      ? persons.map((x) => ({ role: text(x?.role), name: text(x?.nameMasked), id: text(x?.idMasked), phone: text(x?.phoneMasked) }))
      : null,
  };
}
