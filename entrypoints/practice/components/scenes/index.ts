import type { FunctionComponent } from 'preact';
import type { PracticePlatform } from '../../../../lib/practice/scenario-schema';
import { DiscordScene } from './DiscordScene';
import { InstagramScene } from './InstagramScene';
import { RedditScene } from './RedditScene';
import { TikTokScene } from './TikTokScene';
import { TwitchScene } from './TwitchScene';
import { XScene } from './XScene';
import { YouTubeScene } from './YouTubeScene';
import type { SceneProps } from './scene-props';

/** Each imitated platform's scene, drawn in the markup its real extractor reads. */
export const SCENES: Record<PracticePlatform, FunctionComponent<SceneProps>> = {
  x: XScene,
  reddit: RedditScene,
  youtube: YouTubeScene,
  twitch: TwitchScene,
  discord: DiscordScene,
  instagram: InstagramScene,
  tiktok: TikTokScene,
};
