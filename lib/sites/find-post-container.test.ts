// @vitest-environment happy-dom
import { findPostContainer, splitWords } from './find-post-container';

const anySize = () => true;

function build(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findPostContainer', () => {
  it.each([
    ['an article', '<article id="want"><p><span id="click">hi</span></p></article>', 'article'],
    [
      'an ARIA article',
      '<div role="article" id="want"><div id="click">x</div></div>',
      'role=article',
    ],
    [
      'the nearest of nested articles (a reply inside a post)',
      '<article><article id="want"><p id="click">reply</p></article></article>',
      'article',
    ],
    ['an ARIA comment', '<div role="comment" id="want"><b id="click">x</b></div>', 'role=comment'],
    ['a feed item', '<div role="feed"><div id="want"><p id="click">x</p></div></div>', 'feed-item'],
    ['a microformats entry', '<div class="h-entry" id="want"><p id="click">x</p></div>', 'h-entry'],
    [
      'a schema.org posting',
      '<div itemscope itemtype="https://schema.org/SocialMediaPosting" id="want"><p id="click">x</p></div>',
      'schema.org',
    ],
    [
      'a chat line, not its text',
      '<div class="chat-line__message" id="want"><span class="chat-line__message-body" id="click">x</span></div>',
      'class-name',
    ],
    [
      'a comment named in camel case',
      '<div class="commentItem" id="want"><div class="commentBody"><p id="click">x</p></div></div>',
      'class-name',
    ],
    [
      'a test id naming a tweet',
      '<div data-testid="tweet" id="want"><span data-testid="tweetText" id="click">x</span></div>',
      'class-name',
    ],
    [
      'an explicit container above a named one',
      '<article id="want"><div class="post-content"><div class="message"><p id="click">x</p></div></div></article>',
      'article',
    ],
  ])('finds %s', (_name, html, rule) => {
    const page = build(html);
    const found = findPostContainer(page.getElementById('click')!, anySize);
    expect(found?.recognizedBy).toBe(rule);
    expect(found?.element.id).toBe('want');
  });

  it.each([
    ['a plain page', '<main><div><p id="click">x</p></div></main>'],
    ['a list of comments, not one comment', '<div class="comments"><p id="click">x</p></div>'],
    [
      'parts of a post only',
      '<div class="post-text"><span class="author" id="click">x</span></div>',
    ],
  ])('finds nothing in %s', (_name, html) => {
    expect(findPostContainer(build(html).getElementById('click')!, anySize)).toBeNull();
  });

  it('skips named containers too small to be a post', () => {
    const page = build(
      '<div class="message" id="big"><span class="message" id="small"><b id="click">x</b></span></div>',
    );
    const found = findPostContainer(
      page.getElementById('click')!,
      (element) => element.id === 'big',
    );
    expect(found?.element.id).toBe('big');
  });

  it('does not climb past the body', () => {
    const page = build('<p id="click">x</p>');
    expect(findPostContainer(page.getElementById('click')!, anySize)).toBeNull();
  });
});

describe('splitWords', () => {
  it.each([
    ['chat-line__message', ['chat', 'line', 'message']],
    ['commentBody', ['comment', 'body']],
    ['post_42', ['post']],
    ['Status', ['status']],
  ])('splits %s', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});
