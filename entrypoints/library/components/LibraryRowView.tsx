import { capturedOn } from '../../../lib/evidence/capture-name';
import type { Locale, Translate } from '../../../lib/i18n/translate';
import type { LibraryRow } from '../../../lib/library/library-rows';
import { CaptureRow } from './CaptureRow';
import { PostRow, type ScreenPicture } from './PostRow';
import { ThreadRow } from './ThreadRow';

/** What every row needs from the page: the state it shows and what it may ask. */
export interface RowContext {
  t: Translate;
  locale: Locale;
  selected: ReadonlySet<string>;
  openId: string | null;
  thumbnails: Record<string, string | undefined>;
  screens: Record<string, ScreenPicture | undefined>;
  openThreads: ReadonlySet<string>;
  /** A filter is set: a thread row says how many of its posts match. */
  filtered: boolean;
  platformName: (platform: string) => string;
  onToggle: (id: string, selected: boolean) => void;
  onOpen: (id: string) => void;
  onOpenThread: (threadId: string) => void;
  onVerifyThread: (threadId: string, title: string) => void;
  onAuthor: (authorKey: string) => void;
}

/** A capture, a thread or one of its posts, as the list and the grid draw it. */
export function LibraryRowView({
  row,
  tabbable,
  context,
}: {
  row: LibraryRow;
  tabbable: boolean;
  context: RowContext;
}) {
  const { t, locale } = context;
  if (row.kind === 'capture') {
    const { capture } = row;
    return (
      <CaptureRow
        capture={capture}
        thumbnail={context.thumbnails[capture.id]}
        checked={context.selected.has(capture.id)}
        current={capture.id === context.openId}
        tabbable={tabbable}
        capturedOn={capturedOn(capture.capturedAt, locale)}
        t={t}
        onToggle={(value) => context.onToggle(capture.id, value)}
        onOpen={() => context.onOpen(capture.id)}
      />
    );
  }
  if (row.kind === 'thread') {
    const { thread } = row;
    return (
      <ThreadRow
        thread={thread}
        matched={row.matched}
        filtered={context.filtered}
        open={context.openThreads.has(thread.id)}
        checked={context.selected.has(thread.id)}
        tabbable={tabbable}
        platform={context.platformName(thread.platform) || thread.platform}
        capturedOn={capturedOn(thread.startedAt, locale)}
        t={t}
        onToggle={(value) => context.onToggle(thread.id, value)}
        onOpen={() => context.onOpenThread(thread.id)}
        onVerify={() => context.onVerifyThread(thread.id, thread.title)}
      />
    );
  }
  const { post } = row;
  return (
    <PostRow
      post={post}
      screen={post.crop && context.screens[post.crop.screenId]}
      tabbable={tabbable}
      t={t}
      onAuthor={post.authorKey ? () => context.onAuthor(post.authorKey) : undefined}
    />
  );
}
