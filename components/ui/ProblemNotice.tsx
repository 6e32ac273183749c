import type { ComponentProps } from 'react';
import { Button } from './Button';
import { Notice } from './Notice';

/**
 * A save's outcome message. When someone else saved in between (a version conflict),
 * `onReload` is given and a 载入最新数据 button starts the form over from the newest version.
 */
export function ProblemNotice({
  tone = 'danger',
  message,
  onReload,
}: {
  tone?: ComponentProps<typeof Notice>['tone'];
  message: string;
  onReload?: () => void;
}) {
  return (
    <Notice tone={tone}>
      {message}
      {onReload && (
        <>
          {' '}
          <Button size="small" onClick={onReload}>
            载入最新数据
          </Button>
        </>
      )}
    </Notice>
  );
}
