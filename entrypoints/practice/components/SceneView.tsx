import { SCENE_ADDRESS } from '../../../lib/practice/practice-site';
import { sceneAddress } from '../../../lib/practice/scene-time';
import { SCENES } from './scenes';
import type { SceneProps } from './scenes/scene-props';

/**
 * A scenario's scene in its platform's style. The address it would have there is given to the
 * page agent, so the platform's real extractor reads its posts; its links lead nowhere.
 */
export function SceneView(props: SceneProps) {
  const Platform = SCENES[props.scene.platform];
  return (
    <div
      class={`scene scene-${props.scene.platform}`}
      {...{ [SCENE_ADDRESS]: sceneAddress(props.scene, props.openedAt) }}
      data-platform={props.scene.platform}
      onClick={(event) => {
        if ((event.target as Element).closest('a')) event.preventDefault();
      }}
    >
      <Platform {...props} />
    </div>
  );
}
