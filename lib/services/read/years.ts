/**
 * Which fiscal years the pickers offer, and the year a page opens on when none is asked for:
 * the newest year where someone waits on the caller (待办, lib/services/read/todo.ts), else the
 * latest year in which a unit of the caller's scope has a 报送 row (i.e. has been worked on),
 * else the current open year. Fiscal years themselves are reference data, not scoped.
 * The shell keeps the year chosen in the URL (?year=) and remembers it per user (proxy.ts).
 */
import 'server-only';
import { cache } from 'react';
import { listFiscalYears } from '@/lib/db/workflow-repository';
import { reachedUnitRows, type Reader } from './reach';
import { readTodo, type TodoReader } from './todo';

const WINDOW_BEFORE = 4;
const WINDOW_AFTER = 1;

export interface YearChoice {
  year: number;
  closed: boolean;
}

/**
 * Fiscal years around the current one (the newest open year, else the newest year) that exist,
 * newest first. One query; within one page render (shell and page) computed once.
 */
export const yearChoices = cache(async (): Promise<YearChoice[]> => {
  const all = await listFiscalYears();
  const current = (all.find((y) => y.status === 'OPEN') ?? all[0])?.year;
  if (current === undefined) return [];
  return all.filter((y) => y.year <= current + WINDOW_AFTER && y.year >= current - WINDOW_BEFORE).map((y) => ({ year: y.year, closed: y.status === 'CLOSED' }));
});

async function worked(reader: Reader, year: number): Promise<boolean> {
  const units = await reachedUnitRows(reader, year);
  return units.some((u) => u.updatedAt !== null);
}

/** The requested year when it exists, else the newest year with work waiting (when the role is known), else the latest worked-on year of the scope. */
export async function resolveYear(reader: Reader | TodoReader, requested: string | undefined, choices: readonly YearChoice[]): Promise<number | null> {
  const asked = Number(requested);
  if (requested && choices.some((c) => c.year === asked)) return asked;
  if ('actor' in reader) {
    for (const { year, closed } of choices) {
      if ((await readTodo(reader, year, !closed)).some((item) => item.waiting)) return year;
    }
  }
  for (const { year } of choices) {
    if (await worked(reader, year)) return year;
  }
  return choices[0]?.year ?? null;
}

/** The pickers' years and the year the page shows (null: no fiscal year set up yet). */
export async function readPeriod(reader: Reader | TodoReader, requested: string | undefined): Promise<{ years: YearChoice[]; year: number | null }> {
  const years = await yearChoices();
  return { years, year: await resolveYear(reader, requested, years) };
}
