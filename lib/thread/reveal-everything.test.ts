// @vitest-environment happy-dom
import { revealArea, revealEverything, type RevealLimits } from './reveal-everything';

const FAST: RevealLimits = { clicks: 40, rounds: 6, quietMs: 20, settleMs: 150 };

/** An X-style conversation: hidden replies behind two buttons, and things never to click. */
function conversation() {
  document.body.innerHTML = `
  <div data-testid="primaryColumn"><section id="timeline">
    <article data-testid="tweet" id="first">Premier</article>
    <div role="button" id="hidden">Afficher les réponses masquées</div>
    <button id="report">Signaler</button>
    <a href="/compte/status/1/replies" id="leaves">Afficher plus de réponses</a>
    <form><button id="submit">Show more replies</button></form>
    <div class="g-recaptcha"><div role="button" id="captcha">Show more replies</div></div>
    <div role="button" id="disabled" aria-disabled="true">Show more replies</div>
  </section></div>
  <aside><div role="button" id="outside">Afficher les réponses masquées</div></aside>`;
  const clicked: string[] = [];
  for (const element of document.querySelectorAll('[id]')) {
    element.addEventListener('click', (event) => {
      if (event.target === element) clicked.push(element.id);
    });
  }
  const timeline = document.getElementById('timeline')!;
  document.getElementById('hidden')!.addEventListener('click', (event) => {
    (event.currentTarget as Element).remove();
    // The platform loads them a little later, with a further button.
    setTimeout(() => {
      timeline.insertAdjacentHTML(
        'beforeend',
        `<article data-testid="tweet">Réponse masquée 1</article>
         <article data-testid="tweet">Réponse masquée 2</article>
         <div role="button" id="spam">Show probable spam</div>`,
      );
      const spam = document.getElementById('spam')!;
      spam.addEventListener('click', () => {
        clicked.push('spam');
        spam.remove();
        timeline.insertAdjacentHTML(
          'beforeend',
          '<article data-testid="tweet">Spam probable</article>',
        );
      });
    }, 40);
  });
  return { clicked, first: document.getElementById('first')! };
}

describe('revealing a thread before going through it', () => {
  it('clicks the hidden replies, then what they brought, and records each click', async () => {
    const { clicked, first } = conversation();
    const area = revealArea(first, 'x', [first]);
    expect(area.getAttribute('data-testid')).toBe('primaryColumn');
    const clicks = await revealEverything(window, area, 'x', FAST);

    expect(clicks.map((click) => [click.label, click.expander, click.platform])).toEqual([
      ['Afficher les réponses masquées', 'x.hidden-replies', 'x'],
      ['Show probable spam', 'x.hidden-replies', 'x'],
    ]);
    expect(clicks.every((click) => !Number.isNaN(Date.parse(click.at)))).toBe(true);
    expect(clicked).toEqual(['hidden', 'spam']);
    expect(document.querySelectorAll('article')).toHaveLength(4);
  });

  it('never clicks a report button, a link away, a submit, a captcha, or outside the thread', async () => {
    const { clicked, first } = conversation();
    await revealEverything(window, revealArea(first, 'x', [first]), 'x', FAST);
    for (const never of ['report', 'leaves', 'submit', 'captcha', 'disabled', 'outside']) {
      expect(clicked).not.toContain(never);
    }
  });

  it('stops at the most clicks, even when a button comes back for ever', async () => {
    document.body.innerHTML = '<div data-testid="primaryColumn" id="column"></div>';
    const column = document.getElementById('column')!;
    let made = 0;
    const again = () => {
      made += 1;
      column.insertAdjacentHTML(
        'beforeend',
        `<div role="button" id="b${made}">Show more replies</div>`,
      );
      document.getElementById(`b${made}`)!.addEventListener('click', () => setTimeout(again, 5));
    };
    again();
    const clicks = await revealEverything(window, column, 'x', { ...FAST, clicks: 5 });
    expect(clicks).toHaveLength(5);
  });

  it('chooses « Plus récents en premier » in YouTube’s sort menu, once', async () => {
    document.body.innerHTML = `
    <ytd-comments id="comments">
      <div role="button" aria-label="Trier les commentaires" id="sort">Trier par</div>
      <div id="list"><div class="comment" id="first">Un commentaire</div>
      <div role="button" id="replies">3 réponses</div></div>
    </ytd-comments>
    <div role="listbox" hidden id="menu">
      <div role="option" aria-selected="true">Meilleurs commentaires</div>
      <div role="option" id="newest">Plus récents en premier</div>
    </div>`;
    const clicked: string[] = [];
    document.getElementById('sort')!.addEventListener('click', () => {
      document.getElementById('menu')!.removeAttribute('hidden');
    });
    document.getElementById('newest')!.addEventListener('click', () => {
      clicked.push('newest');
      document.getElementById('menu')!.setAttribute('hidden', '');
    });
    document.getElementById('replies')!.addEventListener('click', (event) => {
      clicked.push('replies');
      (event.currentTarget as Element).replaceWith(
        Object.assign(document.createElement('p'), { textContent: 'Une réponse' }),
      );
    });
    const first = document.getElementById('first')!;
    const clicks = await revealEverything(
      window,
      revealArea(first, 'youtube', [first]),
      'youtube',
      FAST,
    );
    expect(clicks.map((click) => click.label)).toEqual([
      'Trier les commentaires',
      'Plus récents en premier',
      '3 réponses',
    ]);
    expect(clicked).toEqual(['newest', 'replies']);
  });
});
