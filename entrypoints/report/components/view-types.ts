/**
 * What the report page shows, already in the user's language: the components draw it and
 * never look anything up themselves.
 */
export interface CategoryOption {
  id: string;
  label: string;
  explanation: string;
  examples: string[];
  subChoices: Array<{ id: string; label: string }>;
  childAbuse: boolean;
}

export type Priority = 'emergency' | 'primary' | 'also';

export interface ChannelView {
  id: string;
  name: string;
  priority: Priority;
  reason: string;
  accepts: string;
  needs: string;
  hours: string;
  anonymity: string;
  url?: string;
  phones: string[];
  /** PHAROS is filled in its own tab; the platform gets a DSA notice; others get a ready text. */
  action: 'fill-form' | 'notice' | 'ready-text' | 'call';
  readyText?: string;
  /** When the user said they reported to this channel, already formatted. */
  reportedOn?: string;
}

export interface WarningView {
  id: string;
  severity: 'info' | 'important';
  text: string;
}

export interface EvidenceView {
  captureId: string;
  /** The capture's one name (lib/evidence/capture-name.ts). */
  name: string;
  excerpt?: string;
  /** « Publié le … », when the page gave it, and « Capturé le … »: times are never unlabelled. */
  publishedOn?: string;
  /** « Capturé le … », labelled. */
  capturedOn: string;
  address: string;
  reports: string[];
  imagesDeleted: boolean;
}

export interface NoticeView {
  subject: string;
  body: string;
  mailto: string;
  reportPageUrl?: string;
  site: string;
}

export type Answers = {
  categoryId?: string;
  subChoiceId?: string;
  visibility?: 'public' | 'private' | 'unsure';
  role?: 'victim' | 'witness' | 'parent';
  minorInvolved?: 'yes' | 'no' | 'unsure';
  immediateDanger?: boolean;
  scam?: boolean;
  moneyLost?: boolean;
};

/** One answer in the summary: the question, the answer, and where to go to change it. */
export interface AnswerView {
  question: string;
  title: string;
  answer: string;
  /** The question to go back to: a category's implied answer is changed by the category. */
  editAt: string;
}

export type CopyText = (text: string) => Promise<boolean>;
