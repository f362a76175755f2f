import { annotationFromLog } from './annotation';
import type { CustodyEntry, CustodyEvent } from './custody-entry';

const log = (events: CustodyEvent[]): CustodyEntry[] =>
  events.map(
    (event, index) =>
      ({
        ...event,
        id: `c/${index}`,
        captureId: 'c',
        index,
        at: `2026-11-22T10:00:0${index}.000Z`,
        previousHash: '0'.repeat(64),
        hash: '0'.repeat(64),
      }) as CustodyEntry,
  );

describe('annotationFromLog', () => {
  it.each<[string, CustodyEvent[], object]>([
    [
      'the last category wins',
      [
        { kind: 'category', data: { categoryId: 'spam' } },
        { kind: 'category', data: { categoryId: 'threats', subChoiceId: 'x' } },
      ],
      { category: { categoryId: 'threats', subChoiceId: 'x' } },
    ],
    [
      'tags are replaced',
      [
        { kind: 'tags', data: { tags: ['a'] } },
        { kind: 'tags', data: { tags: ['b', 'c'] } },
      ],
      { tags: ['b', 'c'] },
    ],
    [
      'cases are added and removed',
      [
        { kind: 'case', data: { caseId: 'k1', added: true } },
        { kind: 'case', data: { caseId: 'k2', added: true } },
        { kind: 'case', data: { caseId: 'k1', added: false } },
      ],
      { caseIds: ['k2'] },
    ],
    [
      'reports accumulate with their dates',
      [
        { kind: 'report', data: { channelId: 'pharos' } },
        { kind: 'report', data: { channelId: 'platform-dsa', note: 'n' } },
      ],
      {
        reports: [
          { channelId: 'pharos', at: '2026-11-22T10:00:00.000Z' },
          { channelId: 'platform-dsa', note: 'n', at: '2026-11-22T10:00:01.000Z' },
        ],
      },
    ],
    ['trash', [{ kind: 'trashed', data: {} }], { trashedAt: '2026-11-22T10:00:00.000Z' }],
    [
      'an export cancelled or failed is no export',
      [
        { kind: 'export', data: { format: 'zip', exportId: 'e1' } },
        { kind: 'export-cancelled', data: { format: 'zip', exportId: 'e1' } },
        { kind: 'export', data: { format: 'csv', exportId: 'e2' } },
        { kind: 'export', data: { format: 'zip', exportId: 'e3' } },
        { kind: 'export-failed', data: { format: 'zip', exportId: 'e3' } },
      ],
      { exports: [{ format: 'csv', exportId: 'e2', at: '2026-11-22T10:00:02.000Z' }] },
    ],
  ])('%s', (_name, events, expected) => {
    expect(annotationFromLog('c', log(events))).toMatchObject(expected);
  });

  it('forgets the trash date once restored', () => {
    const events: CustodyEvent[] = [
      { kind: 'trashed', data: {} },
      { kind: 'restored', data: {} },
    ];
    expect(annotationFromLog('c', log(events))).not.toHaveProperty('trashedAt');
  });
});
