'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Dialog } from '@/components/ui/Dialog';

/** 粘贴表格行: where the clipboard cannot reach the grid, paste the rows into a text box instead. */
export function PasteDialog({ onRead }: { onRead: (text: string) => void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  return (
    <>
      <Button onClick={() => setOpen(true)}>粘贴表格行…</Button>
      <Dialog open={open} title="从Excel粘贴明细行" onClose={() => setOpen(false)}>
        <p style={{ marginTop: 0 }}>在Excel中选中若干行（可含表头）复制，粘贴到下面。列顺序同导入工作簿「明细」表：功能分类科目编码、部门经济分类科目编码、支出类型、项目名称、资金来源、本年/上年结转、金额（元）、备注。</p>
        <textarea aria-label="粘贴的行" rows={8} value={text} onChange={(e) => setText(e.target.value)} style={{ width: '100%', fontFamily: 'monospace' }} />
        <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end' }}>
          <Button onClick={() => setOpen(false)}>取消</Button>
          <Button
            variant="primary"
            onClick={() => {
              onRead(text);
              setText('');
              setOpen(false);
            }}
          >
            读入表格
          </Button>
        </div>
      </Dialog>
    </>
  );
}
