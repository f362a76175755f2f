// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Notice } from './Notice';

function mount(kind: 'success' | 'error' | 'info') {
  const root = document.createElement('div');
  document.body.append(root);
  const dismissed: string[] = [];
  act(() =>
    render(
      <Notice
        kind={kind}
        closeLabel="Fermer ce message"
        onDismiss={() => dismissed.push(kind)}
        data={{ 'data-import': 'done' }}
      >
        Texte
      </Notice>,
      root,
    ),
  );
  return { notice: root.firstElementChild as HTMLElement, dismissed };
}

describe('Notice', () => {
  it.each([
    ['error', 'alert'],
    ['success', 'status'],
    ['info', 'status'],
  ] as const)('a %s is announced as %s, styled as what it is', (kind, role) => {
    const { notice } = mount(kind);
    expect(notice.getAttribute('role')).toBe(role);
    expect(notice.classList.contains(kind)).toBe(true);
    expect(notice.dataset.import).toBe('done');
  });

  it('is dismissed by its button, which says what it does', () => {
    const { notice, dismissed } = mount('info');
    const button = notice.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Fermer ce message');
    act(() => button.click());
    expect(dismissed).toEqual(['info']);
  });
});
