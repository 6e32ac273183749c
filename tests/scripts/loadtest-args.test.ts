// npm run loadtest's command line (scripts/loadtest/args.ts): pure parsing and bounds, no server.
import { describe, expect, it } from 'vitest';
import { closedRun, ENDPOINTS, mixAction, parseLoadtestArgs, percentile, UsageError } from '../../scripts/loadtest/args';

describe('loadtest arguments', () => {
  it('defaults to the issue’s workloads: every endpoint, a 2-minute mix of 50 users thinking 1–3 s', () => {
    const o = parseLoadtestArgs([]);
    expect(o.endpoints).toEqual([...ENDPOINTS]);
    expect(o).toMatchObject({ users: 50, mixSeconds: 120, thinkMs: [1000, 3000], soakSeconds: 0, scale: 1, writeDoc: true, quick: false });
    expect(closedRun(o, 'report-json')).toEqual([15, 60]);
    expect(closedRun(o, 'line-save')).toEqual([15, 60]);
    expect(closedRun(o, 'report-xlsx')).toEqual([10, 20]);
  });

  it('--quick shortens everything, but explicit flags win', () => {
    const quick = parseLoadtestArgs(['--quick']);
    const total = ENDPOINTS.reduce((sum, e) => sum + (closedRun(quick, e)[1] ?? 0), 0) + quick.mixSeconds;
    expect(total).toBeLessThanOrEqual(20);
    expect(parseLoadtestArgs(['--quick', '--users', '7']).users).toBe(7);
    expect(closedRun(parseLoadtestArgs(['--quick', '--duration', '5']), 'report-json')).toEqual([8, 5]);
  });

  it('parses every option', () => {
    const o = parseLoadtestArgs(['--only', 'line-save,report-json', '--connections', '20', '--duration', '30', '--users', '80', '--mix', '60',
      '--think', '500-1500', '--soak', '300', '--heap-snapshots', '--profile', '.loadtest/p', '--scale', '0.5', '--label', 'after', '--port', '4100', '--no-doc']);
    expect(o).toMatchObject({ endpoints: ['line-save', 'report-json'], connections: 20, duration: 30, users: 80, mixSeconds: 60, thinkMs: [500, 1500],
      soakSeconds: 300, heapSnapshots: true, profileDir: '.loadtest/p', scale: 0.5, label: 'after', port: 4100, writeDoc: false });
    expect(parseLoadtestArgs(['--mix-only']).endpoints).toEqual([]);
    expect(parseLoadtestArgs(['--mix-only']).instances).toBe(1);
    expect(parseLoadtestArgs(['--mix-only', '--instances', '2']).instances).toBe(2);
  });

  it.each([
    [['--duration'], /needs a value/],
    [['--duration', '--quick'], /needs a value/],
    [['--duration', '0'], /outside/],
    [['--duration', '601'], /outside/],
    [['--duration', '1.5'], /not an integer/],
    [['--connections', 'many'], /not an integer/],
    [['--connections', '201'], /outside/],
    [['--users', '501'], /outside/],
    [['--scale', '11'], /outside/],
    [['--scale', '0.05'], /outside/],
    [['--port', '80'], /outside/],
    [['--instances', '0'], /outside/],
    [['--instances', '9'], /outside/],
    [['--soak', '60', '--heap-snapshots', '--instances', '2'], /needs --instances 1/],
    [['--think', '3000-1000'], /min ≤ max/],
    [['--think', 'fast'], /<min>-<max>/],
    [['--only', 'report-pdf'], /unknown endpoint report-pdf/],
    [['--only', ','], /unknown endpoint/],
    [['--label', 'a;rm -rf'], /--label/],
    [['--heap-snapshots'], /needs --soak/],
    [['--mix-only', '--mix', '0'], /nothing to run/],
    [['--target', 'http://example.com'], /unknown option --target/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseLoadtestArgs(argv)).toThrow(UsageError);
    expect(() => parseLoadtestArgs(argv)).toThrow(message);
  });
});

describe('loadtest helpers', () => {
  it('percentile: nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  it('the deadline mix: 70 % line saves, 20 % reports, 10 % overview pages', () => {
    const counts = { 'line-save': 0, report: 0, overview: 0 };
    for (let i = 0; i < 1000; i++) counts[mixAction((i + 0.5) / 1000)]++;
    expect(counts).toEqual({ 'line-save': 700, report: 200, overview: 100 });
  });
});
