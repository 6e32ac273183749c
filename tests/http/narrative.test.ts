/**
 * 情况说明 on the real server: the department leader edits a section through PUT /api/narrative
 * and the report shows it; other roles are refused with nothing changed; a stale version is a
 * conflict; the /narrative page renders for the leader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YEAR, createWorld, digest, type World } from './fixtures';

let w: World;

beforeAll(async () => {
  w = await createWorld('http_narrative');
}, 600_000);

afterAll(async () => {
  await w?.close();
});

const section = (key: string) => w.prisma.narrativeSection.findUniqueOrThrow({ where: { departmentId_year_key: { departmentId: w.dept045, year: YEAR, key } } });
const reportSentences = async () => {
  const res = await (await w.signedIn('lingdao')).get(`/api/report?department=045&year=${YEAR}&format=json`);
  expect(res.status).toBe(200);
  return (res.body.narrative as { sentences: string[] }).sentences;
};

describe('PUT /api/narrative', () => {
  it('lets the department leader edit changeReason, which the report then shows', async () => {
    const before = await section('changeReason');
    const reason = '主要原因是测试修改的情况说明变动原因';
    expect((await reportSentences()).join('\n')).not.toContain(reason);
    const c = await w.signedIn('lingdao');
    const res = await c.put('/api/narrative', { year: YEAR, key: 'changeReason', body: reason, version: before.version });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = await section('changeReason');
    expect(after.body).toBe(reason);
    expect(after.version).toBe(before.version + 1);
    expect((await reportSentences()).join('\n')).toContain(reason);
  });

  it('refuses the accountant, the reviewer and the administrator with 403, changing nothing', async () => {
    for (const username of ['caiwu', 'shenhe', 'admin']) {
      const c = await w.signedIn(username);
      const { version } = await section('changeReason');
      const snapshot = await digest(w.prisma);
      const res = await c.put('/api/narrative', { year: YEAR, key: 'changeReason', body: `由${username}修改`, version });
      expect(res.status, username).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect(await digest(w.prisma), username).toBe(snapshot);
    }
  });

  it('answers a stale version with 409, keeping the newer text', async () => {
    const c = await w.signedIn('lingdao');
    const { version, body } = await section('threePublicChangeReason');
    const first = await c.put('/api/narrative', { year: YEAR, key: 'threePublicChangeReason', body: `${body}（第一次修改）`, version });
    expect(first.status).toBe(200);
    const stale = await c.put('/api/narrative', { year: YEAR, key: 'threePublicChangeReason', body: '过期版本的修改', version });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/已被他人修改，请刷新后重试/);
    const now = await section('threePublicChangeReason');
    expect(now.body).toBe(`${body}（第一次修改）`);
    expect(now.version).toBe(version + 1);
  });
});

describe('/narrative page', () => {
  it('renders for the leader with the sections', async () => {
    const c = await w.signedIn('lingdao');
    const res = await c.raw('GET', '/narrative');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('情况说明');
    expect(html).toContain('部门预算收支数据变动情况及原因');
    expect(html).toContain('保存');
  });

  it('renders read-only for the accountant and the reviewer', async () => {
    for (const username of ['caiwu', 'shenhe']) {
      const res = await (await w.signedIn(username)).raw('GET', '/narrative?department=045');
      expect(res.status, username).toBe(200);
      const html = await res.text();
      expect(html, username).toContain('本部门职责');
      expect(html, username).toContain('只读');
    }
  });
});
