/**
 * Any ISO-8601 calendar, ordinal or week date, alone or with a time, in the extended or the basic
 * format: 2026-01-01, 20260101, 2026-001, 2026-W01-4, 2026-01-01T21:00, 2026-01-01T21:00:00.5+08:00,
 * 20260101T2100Z. A date or time without an offset is the hub's local time (China, UTC+08:00), which
 * is what upstream clerks write.
 */
const DATE_PART = /^(\d{4})(?:-(\d{2})-(\d{2})|(\d{2})(\d{2})|-?(\d{3})|-?W(\d{2})-?([1-7]))$/;
const TIME_PART = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const LOCAL_OFFSET_MINUTES = 8 * 60;

/** Milliseconds since the epoch, or undefined when `text` is not an ISO-8601 date or date-time. */
export function parseIsoDate(text: string): number | undefined {
  const [datePart, timePart, ...rest] = text.trim().split(/[T ]/);
  if (rest.length || !datePart) return undefined;
  const d = DATE_PART.exec(datePart);
  if (!d) return undefined;
  const year = Number(d[1]);
  let dayMs: number;
  if (d[2] ?? d[4]) {
    const month = Number(d[2] ?? d[4]);
    const day = Number(d[3] ?? d[5]);
    dayMs = Date.UTC(year, month - 1, day);
    const back = new Date(dayMs);
    if (month < 1 || month > 12 || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
  } else if (d[6]) {
    const ordinal = Number(d[6]);
    const daysInYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
    if (ordinal < 1 || ordinal > daysInYear) return undefined;
    dayMs = Date.UTC(year, 0, ordinal);
  } else {
    // Week 1 is the week with the year's first Thursday; weeks start on Monday.
    const week = Number(d[7]);
    const weekday = Number(d[8]);
    const jan4 = Date.UTC(year, 0, 4);
    const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000;
    dayMs = mondayOfWeek1 + ((week - 1) * 7 + weekday - 1) * 86_400_000;
    const weeksInYear = new Date(Date.UTC(year, 11, 28)).getUTCFullYear() === year ? isoWeeks(year) : 52;
    if (week < 1 || week > weeksInYear) return undefined;
  }
  if (timePart === undefined) return dayMs - LOCAL_OFFSET_MINUTES * 60_000;
  const t = TIME_PART.exec(timePart);
  if (!t) return undefined;
  const [h, m, s] = [Number(t[1]), Number(t[2] ?? 0), Number(t[3] ?? 0)];
  if (h > 24 || m > 59 || s > 60 || (h === 24 && (m || s))) return undefined;
  const fraction = t[4] ? Number(`0.${t[4]}`) * 1000 : 0;
  let offset = LOCAL_OFFSET_MINUTES;
  if (t[5] === 'Z') offset = 0;
  else if (t[5]) {
    const sign = t[5][0] === '-' ? -1 : 1;
    const digits = t[5].slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2) || 0);
    if (oh > 18 || om > 59) return undefined;
    offset = sign * (oh * 60 + om);
  }
  return dayMs + ((h * 60 + m - offset) * 60 + Math.min(s, 59)) * 1000 + fraction;
}

function isoWeeks(year: number): number {
  const p = (y: number) => (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7;
  return p(year) === 4 || p(year - 1) === 3 ? 53 : 52;
}

export const ISO_DATE_EXPECTED =
  'an ISO-8601 date or date-time, e.g. 2026-01-01, 2026-01-01T21:00, 2026-01-01T21:00:00+08:00 (no offset means UTC+08:00)';
