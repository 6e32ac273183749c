import type { RenderedRoundingNote } from '@/lib/budget/report-wire';
import styles from './disclosure.module.css';

/** 尾差说明: each ※n marker's equation, the displayed total against the sum of its displayed parts, and why. */
export function RoundingNotes({ notes }: { notes: RenderedRoundingNote[] }) {
  if (notes.length === 0) return <p className={styles.ok}>各表显示的合计与分项之和一致，无尾差。</p>;
  return (
    <ol className={styles.checks} aria-label="尾差说明" style={{ paddingLeft: 0, listStyle: 'none' }}>
      {notes.map((note) => (
        <li key={note.number} id={`rounding-${note.number}`} style={{ marginBottom: 8 }}>
          <strong>※{note.number}</strong> {note.equation}
          <br />
          显示合计 {note.displayedTotal} 万元，分项显示之和 {note.displayedSum} 万元，差 {note.gap} 万元。
          <span className={note.explainedByRounding ? undefined : styles.fail}>{note.explanation}</span>
        </li>
      ))}
    </ol>
  );
}
