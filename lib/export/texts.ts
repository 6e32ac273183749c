/**
 * Where each free-text section of the department goes in the printed 部门预算公开报告
 * (docs/domain.md §8 and the example report): 职责 and 机构设置 make 第一部分 概况, 名词解释 is
 * 第四部分, the reasons for changes are already inside the 情况说明 sentences, and everything
 * else (国有资产占有使用情况, 其他说明 …) follows the 情况说明 in the department's order.
 */
import type { RenderedReport } from '@/lib/budget/report-wire';

export interface TextSection {
  title: string;
  paragraphs: string[];
}

const OVERVIEW = ['duties', 'organisation'];
const GLOSSARY = 'glossary';
/** Written into the 情况说明 sentences by lib/budget/narrative; not printed a second time. */
const IN_SENTENCES = ['changeReason', 'threePublicChangeReason', 'organOperatingChangeReason'];

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

/** "一、", "二、" … (numbers past the list fall back to digits). */
export function ordinal(index: number): string {
  return `${CHINESE_ORDINALS[index] ?? String(index + 1)}、`;
}

function paragraphs(body: string): string[] {
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export interface ReportTexts {
  overview: TextSection[];
  notes: TextSection[];
  /** The 名词解释 paragraphs (each already numbered by the department), empty when not written. */
  glossary: string[];
}

export function reportTexts(report: RenderedReport): ReportTexts {
  const texts = report.texts ?? [];
  const section = (t: { title: string; body: string }): TextSection => ({ title: t.title, paragraphs: paragraphs(t.body) });
  return {
    overview: OVERVIEW.flatMap((key) => texts.filter((t) => t.key === key).map(section)),
    notes: texts.filter((t) => !OVERVIEW.includes(t.key) && t.key !== GLOSSARY && !IN_SENTENCES.includes(t.key)).map(section),
    glossary: texts.filter((t) => t.key === GLOSSARY).flatMap((t) => paragraphs(t.body)),
  };
}

/** The report's title: "柳林县行政审批服务管理局2023年部门预算公开报告". */
export function reportTitle(report: RenderedReport): string {
  return `${report.department.name.replace(/\[部门\]$/, '')}${report.year}年部门预算公开报告`;
}

/** How many numbered 说明 the titles hold ("五、（一）…" and "五、（二）…" are one; "附：…" none). */
export function narrativeSectionCount(titles: readonly string[]): number {
  return new Set(titles.map((t) => /^([一二三四五六七八九十]+)、/.exec(t)?.[1]).filter((n) => n !== undefined)).size;
}
