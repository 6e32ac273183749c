/**
 * Every read of a 公开快照 checks it against the sha256 stored when it was published. A snapshot
 * that no longer matches (changed behind the append-only trigger, by hand or by a restore) is not
 * served — neither it nor a live regeneration in its place: the read fails with one Chinese line,
 * and an audit row records it in its own transaction so the alarm outlives the failed request.
 */
import { recordTamperedSnapshot, type StoredSnapshot } from '@/lib/db/report-repository';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { canonicalJson, contentHash } from './snapshot-hash';

export const SNAPSHOT_TAMPERED_MESSAGE =
  '公开快照校验失败：该部门已批复报表的存档内容与批复时记录的校验值不一致，可能已被篡改。为保证公开数据真实，系统暂停提供该报表，请联系系统管理员核查。';

/** The snapshot's content when its hash matches; otherwise records the mismatch and throws (503). */
export async function verifiedSnapshotContent(db: Db, snapshot: StoredSnapshot, departmentCode: string, year: number): Promise<unknown> {
  // v2 content is the stored JSON text itself (hashed as it is); v1 an object, hashed as canonical JSON.
  const actual = contentHash(typeof snapshot.content === 'string' ? snapshot.content : canonicalJson(snapshot.content));
  if (actual === snapshot.contentHash) return snapshot.content;
  try {
    await recordTamperedSnapshot(db, {
      kind: 'SNAPSHOT_TAMPERED',
      actor: null,
      entity: 'PublishedReport',
      entityId: `${departmentCode}/${year}/v${snapshot.version}`,
      departmentId: snapshot.departmentId,
      year,
      before: { contentHash: snapshot.contentHash },
      after: { contentHash: actual },
    });
  } catch (error) {
    // The refusal below matters more than the row: never serve the snapshot because logging failed.
    console.error('[budget] could not record a tampered snapshot:', error);
  }
  throw new AppError('SNAPSHOT_INTEGRITY', SNAPSHOT_TAMPERED_MESSAGE, { departmentCode, year, version: snapshot.version });
}
