import type { CaptureTrigger, MenuContext } from '../evidence/capture-metadata';

/** What the user asked to capture, as the menu, the shortcut or the popup reported it. */
export interface CaptureRequest {
  trigger: CaptureTrigger;
  tabId: number;
  requestedAt: Date;
  menuContext?: MenuContext;
  frameId?: number;
  frameUrl?: string;
  selectionText?: string;
  linkUrl?: string;
  mediaUrl?: string;
  /** The token under which a moderator's selection handed the post to the page agent. */
  picked?: string;
}
