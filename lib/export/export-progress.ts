/**
 * Where an export is: reading the captures, drawing the PDF report, waiting for the export's
 * seal, checksumming the archive's
 * files, then saving the file through the browser. Counts are of captures, except the
 * archive's, which are of files.
 */
export type ExportPhase = 'reading' | 'report' | 'seal' | 'archive' | 'saving';

export interface ExportProgress {
  phase: ExportPhase;
  done?: number;
  total?: number;
}
