import type { PostDetails } from '../sites/post-details';
import type { Scenario } from './scenario-schema';
import { SCENARIOS } from './scenarios';

/** A handle as scenes write it: without « @ » or « u/ », in lower case. */
const bareHandle = (handle: string) => handle.replace(/^(@|u\/)/, '').toLowerCase();

/** The scenario a captured post comes from: its platform and one of its authors. */
export function scenarioOfPost(post: PostDetails | undefined): Scenario | undefined {
  if (!post) return undefined;
  const names = [post.authorHandle, post.authorName]
    .filter(Boolean)
    .map((name) => bareHandle(name!));
  return SCENARIOS.find(
    (scenario) =>
      scenario.scene.platform === post.platform &&
      scenario.scene.posts.some(
        (scenePost) =>
          names.includes(scenePost.handle) || names.includes(scenePost.name.toLowerCase()),
      ),
  );
}
