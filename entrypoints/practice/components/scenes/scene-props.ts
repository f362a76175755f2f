import type { Locale } from '../../../../lib/i18n/catalogue';
import type { Scene } from '../../../../lib/practice/scenario-schema';

/** What every platform's scene draws from: the scene, the language, when the page opened. */
export interface SceneProps {
  scene: Scene;
  locale: Locale;
  openedAt: number;
}
