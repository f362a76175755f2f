import type { CustodyEntry } from './custody-entry';

export interface ReportMark {
  channelId: string;
  at: string;
  note?: string;
}

/**
 * What the views need to know about a capture beyond its sealed metadata: its category, the
 * reports made, whether its images were deleted. It is a projection of the custody log, kept
 * beside it so lists need not replay logs; the log remains the record.
 */
export interface Annotation {
  captureId: string;
  category?: { categoryId: string; subChoiceId?: string };
  reports: ReportMark[];
  notes: { at: string; text: string }[];
  imagesDeletedAt?: string;
  tags: string[];
  caseIds: string[];
  /** Exports that produced a file; one cancelled or failed is taken off again. */
  exports: { at: string; format: 'zip' | 'pdf' | 'csv' | 'json'; exportId?: string }[];
  trashedAt?: string;
  /** The trash was emptied: only the custody log and this annotation remain. */
  emptiedAt?: string;
}

export function emptyAnnotation(captureId: string): Annotation {
  return { captureId, reports: [], notes: [], tags: [], caseIds: [], exports: [] };
}

/** The annotation after one more custody entry. */
export function applyCustodyEntry(annotation: Annotation, entry: CustodyEntry): Annotation {
  switch (entry.kind) {
    case 'capture':
    case 'imported':
    case 'sealed':
    case 'page-click':
      return annotation;
    case 'category':
      return { ...annotation, category: { ...entry.data } };
    case 'report':
      return { ...annotation, reports: [...annotation.reports, { ...entry.data, at: entry.at }] };
    case 'note':
      return {
        ...annotation,
        notes: [...annotation.notes, { at: entry.at, text: entry.data.text }],
      };
    case 'images-deleted':
      return { ...annotation, imagesDeletedAt: entry.at };
    case 'tags':
      return { ...annotation, tags: [...entry.data.tags] };
    case 'case': {
      const others = annotation.caseIds.filter((id) => id !== entry.data.caseId);
      return { ...annotation, caseIds: entry.data.added ? [...others, entry.data.caseId] : others };
    }
    case 'export':
      return {
        ...annotation,
        exports: [
          ...annotation.exports,
          { at: entry.at, format: entry.data.format, exportId: entry.data.exportId },
        ],
      };
    case 'export-cancelled':
    case 'export-failed':
      return {
        ...annotation,
        exports: annotation.exports.filter(({ exportId }) => exportId !== entry.data.exportId),
      };
    case 'trashed':
      return { ...annotation, trashedAt: entry.at };
    case 'emptied':
      return { ...annotation, emptiedAt: entry.at };
    case 'restored': {
      const { trashedAt: _trashedAt, ...rest } = annotation;
      return rest;
    }
  }
}

/** Rebuilds a capture's annotation from its whole log. */
export function annotationFromLog(captureId: string, entries: readonly CustodyEntry[]): Annotation {
  return [...entries]
    .sort((left, right) => left.index - right.index)
    .reduce(applyCustodyEntry, emptyAnnotation(captureId));
}
