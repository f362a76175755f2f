import type { CaptureMetadata } from '../evidence/capture-metadata';
import type { PostDetails } from '../sites/post-details';
import { platformLabel } from '../sites/platform-names';
import type { Scenario } from './scenario-schema';
import { SCENARIOS } from './scenarios';

const EXCERPT_LENGTH = 60;

/**
 * How the practice space names a capture: its platform, author and the start of its text,
 * never the extension's address, which names nothing a pupil saw.
 */
export function practiceCaptureName(metadata: CaptureMetadata): string {
  const post = metadata.post;
  const text = post?.text ?? metadata.target.selectionText;
  const excerpt =
    text && text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text;
  return [
    platformLabel(post?.platform),
    post?.authorHandle ?? post?.authorName,
    excerpt ? `« ${excerpt} »` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

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
