'use client';

import { useMemo, useState } from 'react';
import { Field, Input } from '@/components/ui/Field';
import { Table, Td, Th } from '@/components/ui/Table';
import { codeLevel, type CodeKind } from '@/lib/schemas/reference';
import { CodeRowActions } from './CodeRowActions';

export interface CodeItem {
  code: string;
  name: string;
  parentCode: string | null;
}

/** The year's codes of one kind, filtered by code or name as the user types. */
export function CodeTable({ year, kind, codes, readOnly }: { year: number; kind: CodeKind; codes: CodeItem[]; readOnly?: boolean }) {
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim();
    return q ? codes.filter((c) => c.code.startsWith(q) || c.name.includes(q)) : codes;
  }, [codes, query]);

  return (
    <div>
      <Field label="查找科目" hint={`共 ${codes.length} 个科目，显示 ${shown.length} 个`}>
        <Input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="输入编码前缀或名称" />
      </Field>
      <Table aria-label="科目列表">
        <thead>
          <tr>
            <Th>编码</Th>
            <Th>级次</Th>
            <Th>名称</Th>
            <Th>上级</Th>
            {!readOnly && <Th>操作</Th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.code}>
              <Td>{c.code}</Td>
              <Td>{codeLevel(kind, c.code) ?? ''}</Td>
              <Td>{c.name}</Td>
              <Td>{c.parentCode ?? ''}</Td>
              {!readOnly && (
                <Td>
                  <CodeRowActions year={year} kind={kind} code={c.code} name={c.name} />
                </Td>
              )}
            </tr>
          ))}
          {shown.length === 0 && (
            <tr>
              <Td colSpan={readOnly ? 4 : 5}>没有符合条件的科目</Td>
            </tr>
          )}
        </tbody>
      </Table>
    </div>
  );
}
