import type { Locale } from '../i18n/catalogue';
import type { Scene, ScenePost } from './scenario-schema';

const HOUR = 60;
const DAY = 24 * HOUR;

/** When a scene's post was made: its minutes before the page was opened. */
export function postedAt(post: ScenePost, openedAt: number): Date {
  return new Date(openedAt - post.minutesAgo * 60_000);
}

/**
 * How platforms show a recent time ("il y a 12 min", "2 h ago"), in words Témoin's extractors
 * read back as a range, as they do on the real sites.
 */
export function relativeLabel(minutesAgo: number, locale: Locale): string {
  const [amount, unit] =
    minutesAgo < HOUR
      ? [minutesAgo, 'min']
      : minutesAgo < DAY
        ? [Math.floor(minutesAgo / HOUR), 'h']
        : [Math.floor(minutesAgo / DAY), locale === 'fr' ? 'j' : 'd'];
  if (amount === 0) return locale === 'fr' ? 'à l’instant' : 'just now';
  return locale === 'fr' ? `il y a ${amount} ${unit}` : `${amount} ${unit} ago`;
}

/** A chat's clock time, "14:05", in the page's time zone. */
export function clockLabel(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/**
 * TikTok numbers a video by the second it was made (its id's top 32 bits), and its extractor
 * reads the time from there. A scene's video is numbered the same way from when it was posted,
 * so the time read agrees with the one shown.
 */
export function tiktokVideoId(post: ScenePost, openedAt: number): string {
  const seconds = BigInt(Math.floor(postedAt(post, openedAt).getTime() / 1000));
  return ((seconds << 32n) + (BigInt(post.id) % 2n ** 32n)).toString();
}

/** The address a scene's page has on its platform when the page is opened at `openedAt`. */
export function sceneAddress(scene: Scene, openedAt: number): string {
  if (scene.platform !== 'tiktok') return scene.address;
  return scene.address.replace(
    /\/video\/\d+$/,
    `/video/${tiktokVideoId(scene.posts[0]!, openedAt)}`,
  );
}
