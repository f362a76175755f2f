// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { VirtualGrid } from './VirtualGrid';

afterEach(() => document.body.replaceChildren());

/** 1000 cards of 200 × 180 with 10 px gaps, 650 px across (three columns), 380 px high. */
function mount(ranges: Array<[number, number]> = []) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <VirtualGrid
        count={1000}
        cardWidth={200}
        cardHeight={180}
        width={650}
        height={380}
        label="Captures"
        hint="Flèches pour passer d’une carte à l’autre"
        renderItem={(index) => (
          <button type="button" class="open">
            Capture {index}
          </button>
        )}
        onRange={(first, last) => ranges.push([first, last])}
      />,
      root,
    ),
  );
  const list = root.querySelector<HTMLElement>('[role="list"]')!;
  const drawn = () =>
    [...list.querySelectorAll<HTMLElement>('[role="listitem"]')].map((card) =>
      Number(card.dataset.index),
    );
  const scrollTo = (top: number) =>
    act(() => {
      list.scrollTop = top;
      list.dispatchEvent(new Event('scroll'));
    });
  const press = (key: string) => {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    act(() => void document.activeElement!.dispatchEvent(event));
    return event;
  };
  const focused = () =>
    Number(
      (document.activeElement as HTMLElement).closest<HTMLElement>('[data-index]')?.dataset.index,
    );
  return { root, list, drawn, scrollTo, press, focused };
}

describe('VirtualGrid', () => {
  it('draws only the rows of cards in view plus two of overscan, and says which', () => {
    const ranges: Array<[number, number]> = [];
    const { list, drawn, scrollTo } = mount(ranges);
    expect(list.getAttribute('aria-label')).toBe('Captures');
    expect(list.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(list.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Flèches pour passer d’une carte à l’autre',
    );
    // Rows 0 and 1 in view (and a bit of 2), two rows below: four rows of three.
    expect(drawn()).toEqual([...Array(12).keys()]);
    expect(ranges.at(-1)).toEqual([0, 12]);
    const card = list.querySelector<HTMLElement>('[data-index="5"]')!;
    expect(card.style.top).toBe('190px');
    expect(card.style.left).toBe('420px');
    expect(card.style.width).toBe('200px');
    expect(card.getAttribute('aria-posinset')).toBe('6');
    expect(card.getAttribute('aria-setsize')).toBe('1000');
    expect(list.querySelector<HTMLElement>('.virtual-grid-sizer')!.style.height).toBe(
      `${334 * 190 - 10}px`,
    );

    // Row 100 at the top: rows 98 to 103 drawn.
    scrollTo(190 * 100);
    expect(ranges.at(-1)).toEqual([294, 312]);
    expect(drawn()).toEqual(Array.from({ length: 18 }, (_, offset) => 294 + offset));
    expect(list.querySelector('[data-index="0"]')).toBeNull();

    scrollTo(333 * 190);
    expect(ranges.at(-1)).toEqual([993, 1000]);
  });

  it('moves the focus with the arrow keys, Home and End, scrolling the card into view', () => {
    const { list, drawn, press, focused } = mount();
    const cards = () => [...list.querySelectorAll<HTMLElement>('[role="listitem"]')];
    expect(
      cards()
        .filter((card) => card.tabIndex === 0)
        .map((card) => card.dataset.index),
    ).toEqual(['0']);
    act(() => list.querySelector<HTMLElement>('[data-index="1"]')!.focus());
    expect(press('ArrowDown').defaultPrevented).toBe(true);
    expect(focused()).toBe(4);
    expect(document.activeElement!.getAttribute('role')).toBe('listitem');
    press('ArrowRight');
    expect(focused()).toBe(5);
    press('ArrowLeft');
    press('ArrowUp');
    expect(focused()).toBe(1);
    // Roving tab stop: the focused card is the one Tab comes back to.
    expect(
      cards()
        .filter((card) => card.tabIndex === 0)
        .map((card) => card.dataset.index),
    ).toEqual(['1']);

    // Down to row 2, which ends below the 380 px box: scrolled just enough.
    press('ArrowDown');
    press('ArrowDown');
    expect(focused()).toBe(7);
    expect(list.scrollTop).toBe(2 * 190 + 180 - 380);

    press('End');
    expect(focused()).toBe(999);
    expect(list.scrollTop).toBe(333 * 190 + 180 - 380);
    expect(drawn()).toContain(999);
    expect(drawn()).not.toContain(0);

    press('Home');
    expect(focused()).toBe(0);
    expect(list.scrollTop).toBe(0);
    expect(press('Enter').defaultPrevented).toBe(false);
  });

  it('keeps the focus on the same control from card to card', () => {
    const { list, press } = mount();
    act(() => list.querySelector<HTMLElement>('[data-index="0"] button')!.focus());
    press('ArrowDown');
    expect(document.activeElement!.textContent).toBe('Capture 3');
    expect(document.activeElement!.tagName).toBe('BUTTON');
  });

  it('as a list, one card per row across the box, with one Tab stop and the same keys', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <VirtualGrid
          count={100}
          cardWidth={200}
          fullWidth
          cardHeight={64}
          gap={0}
          width={650}
          height={320}
          label="Preuves"
          renderItem={(index, tabbable) => (
            <>
              <input type="checkbox" tabIndex={tabbable ? 0 : -1} aria-label={`Choisir ${index}`} />
              <button type="button" tabIndex={tabbable ? 0 : -1}>
                Capture {index}
              </button>
            </>
          )}
        />,
        root,
      ),
    );
    const list = root.querySelector<HTMLElement>('[role="list"]')!;
    const card = (index: number) => list.querySelector<HTMLElement>(`[data-index="${index}"]`)!;
    expect(list.classList.contains('virtual-list')).toBe(true);
    expect([card(1).style.top, card(1).style.left, card(1).style.right]).toEqual([
      '64px',
      '0px',
      '0px',
    ]);
    expect(card(1).style.width).toBe('');
    // Only the first row's controls are in the Tab order.
    const tabbable = () =>
      [...list.querySelectorAll<HTMLElement>('input, button')]
        .filter((control) => control.tabIndex === 0)
        .map((control) => control.closest<HTMLElement>('[data-index]')!.dataset.index);
    expect(tabbable()).toEqual(['0', '0']);

    act(() => card(0).querySelector('button')!.focus());
    const press = (key: string) =>
      act(
        () =>
          void document.activeElement!.dispatchEvent(
            new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
          ),
      );
    press('ArrowDown');
    expect(document.activeElement!.textContent).toBe('Capture 1');
    expect(tabbable()).toEqual(['1', '1']);
    press('End');
    expect(document.activeElement!.textContent).toBe('Capture 99');
    expect(list.scrollTop).toBe(100 * 64 - 320);
    press('Home');
    expect(document.activeElement!.textContent).toBe('Capture 0');
  });

  it('is no taller than its cards when they are few', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <VirtualGrid
          count={2}
          cardWidth={200}
          fullWidth
          cardHeight={64}
          gap={0}
          height={320}
          label="Preuves"
          renderItem={(index) => <span>{index}</span>}
        />,
        root,
      ),
    );
    expect(root.querySelector<HTMLElement>('[role="list"]')!.style.height).toBe(`${2 * 64 + 2}px`);
  });
});
