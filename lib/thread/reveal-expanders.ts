import { REVEAL_PLATFORMS, type RevealPlatform } from './reveal-platforms';
import * as z from '../validation/zod-mini';

/**
 * « Révéler tout avant de capturer »: the platforms' own buttons that open what a thread
 * hides (hidden replies, « Tous les commentaires », "3 replies"), found by their role and
 * accessible name in French and English, never by the platforms' obfuscated class names.
 * A name must match a whole pattern (case aside); each pattern carries examples of the real
 * words it is for, and an integrity test checks them against the deny-list below.
 */
const pattern = z.string().check(
  z.refine((source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
);
const examples = z.array(z.string()).check(z.minLength(2));
const id = z.string().check(z.regex(/^[a-z]+\.[a-z-]+$/));

const expanderSchema = z.discriminatedUnion('kind', [
  /** A button clicked as it is: each round clicks those still there, within the budget. */
  z.strictObject({
    id,
    platform: z.enum(REVEAL_PLATFORMS),
    kind: z.literal('button'),
    name: pattern,
    examples,
  }),
  /** An ordering menu: open it, then pick the choice that shows every comment. */
  z.strictObject({
    id,
    platform: z.enum(REVEAL_PLATFORMS),
    kind: z.literal('menu'),
    name: pattern,
    examples,
    choice: pattern,
    choiceExamples: examples,
  }),
]);
export type Expander = z.infer<typeof expanderSchema>;

const count = String.raw`\d[\d  .,]*\s*`;
const replies = `(?:${count})?`;

export const EXPANDERS: readonly Expander[] = z.parse(z.array(expanderSchema), [
  {
    id: 'x.hidden-replies',
    platform: 'x',
    kind: 'button',
    name: String.raw`(afficher|voir) (les |d['’]autres |plus de )?réponses( masquées)?|show( more| hidden| additional)? replies|show probable spam|afficher le spam probable|afficher (les )?(autres |plus de )?réponses( supplémentaires)?`,
    examples: [
      'Afficher les réponses masquées',
      'Show hidden replies',
      'Show probable spam',
      'Afficher plus de réponses',
      'Show more replies',
    ],
  },
  {
    id: 'instagram.hidden-comments',
    platform: 'instagram',
    kind: 'button',
    name: String.raw`(afficher|voir) les commentaires masqués|view hidden comments|(afficher|voir) (les |toutes les )?réponses( \(\d+\))?|view (all )?replies( \(\d+\))?|charger plus de commentaires|load more comments`,
    examples: [
      'Afficher les commentaires masqués',
      'View hidden comments',
      'View replies (4)',
      'Afficher les réponses (4)',
      'Load more comments',
    ],
  },
  {
    id: 'facebook.all-comments',
    platform: 'facebook',
    kind: 'menu',
    name: String.raw`(les )?plus pertinents|most relevant|top comments|(les )?plus récents|newest`,
    examples: ['Plus pertinents', 'Most relevant', 'Newest'],
    choice: String.raw`tous les commentaires.*|all comments.*`,
    choiceExamples: [
      'Tous les commentaires',
      'All comments',
      'Tous les commentaires Afficher tous les commentaires, y compris le spam potentiel.',
    ],
  },
  {
    id: 'facebook.more-comments',
    platform: 'facebook',
    kind: 'button',
    name: String.raw`(voir|afficher) (plus de|d['’]autres|les) (commentaires|réponses)|view (more|previous) (comments|replies)|(voir|afficher) (les |la )?${replies}réponses?|view (all )?${replies}repl(y|ies)|\S+ a répondu · ${replies}réponses?|\S+ replied · ${replies}repl(y|ies)`,
    examples: [
      'Voir plus de commentaires',
      'View more comments',
      'Voir les 3 réponses',
      'View all 3 replies',
      'View 1 reply',
    ],
  },
  {
    id: 'youtube.newest-first',
    platform: 'youtube',
    kind: 'menu',
    name: String.raw`trier( les commentaires| par)?|sort( comments| by)?`,
    examples: ['Trier par', 'Sort comments', 'Trier les commentaires'],
    choice: String.raw`plus récents( en premier)?|newest first`,
    choiceExamples: ['Plus récents en premier', 'Newest first', 'Plus récents'],
  },
  {
    id: 'youtube.replies',
    platform: 'youtube',
    kind: 'button',
    name: `${count}réponses?|${count}repl(y|ies)|afficher plus de réponses|show more replies|(afficher|voir) (les |la )?${replies}réponses?|view ${replies}repl(y|ies)`,
    examples: [
      '3 réponses',
      '1 réponse',
      '12 replies',
      'Afficher plus de réponses',
      'Show more replies',
    ],
  },
  {
    id: 'reddit.more-replies',
    platform: 'reddit',
    kind: 'button',
    name: String.raw`${replies}(more repl(y|ies)|autres? réponses?|réponses? de plus)|(load|view|show) more (comments|replies)|(charger|voir|afficher) plus de (commentaires|réponses)|plus de réponses|continue this thread|continuer ce fil|développer le commentaire|expand comment`,
    examples: [
      '4 more replies',
      '4 autres réponses',
      'load more comments',
      'Voir plus de commentaires',
      'Expand comment',
    ],
  },
]);

const words = (list: string) => String.raw`(?<![\p{L}\p{N}])(${list})(?![\p{L}\p{N}])`;
/**
 * What Témoin never clicks, whatever the table says: a name with one of these words acts on
 * the platform (report, block, like, follow, share, delete, reply) or is a captcha.
 */
export const DENIED_NAMES = new RegExp(
  [
    words(
      String.raw`report|signal(er|ez)|block|bloquer|mute|masquer|ignorer|sourdine|hide|ban|bannir|kick|expulser`,
    ),
    words(
      String.raw`likes?|dislike|j['’]aime|aimer|react(ion)?|vote|upvote|downvote|award|récompense`,
    ),
    words(String.raw`follow|suivre|s['’]abonner|subscribe|abonnement|unfollow|join|rejoindre`),
    words(
      String.raw`share|partager|repost|retweet|reposter|quote|citer|bookmark|signet|save|enregistrer`,
    ),
    words(
      String.raw`delete|supprimer|remove|retirer|edit|modifier|pin|épingler|send|envoyer|post|publier`,
    ),
    words(
      String.raw`captcha|recaptcha|hcaptcha|robot|log ?in|sign ?(in|up)|connexion|se connecter|s['’]inscrire`,
    ),
    // "1 reply" opens a reply; "Reply", « Répondre à Léa » write one.
    String.raw`^(reply|répondre)(?![\p{L}\p{N}])`,
  ].join('|'),
  'iu',
);

/**
 * The thread's area on each platform, from the clicked post: the outermost ancestor matching
 * the first selector that matches (the post with its comments, the conversation's column).
 * Nothing outside it is clicked; without a match, the area is the one holding the posts.
 */
export const REVEAL_AREAS: Readonly<Record<RevealPlatform, readonly string[]>> = {
  x: ['[data-testid="primaryColumn"]'],
  instagram: ['[role="dialog"]', 'article', 'main'],
  facebook: ['[role="dialog"]', '[role="article"]'],
  youtube: ['ytd-comments', '#comments'],
  reddit: ['shreddit-comment-tree', '.commentarea'],
};

/** The elements a thread's area can offer as expanders, and the menu's choices. */
export const CANDIDATES =
  'button, [role="button"], a, [role="link"], summary, [role="tab"], [role="switch"]';
export const MENU_CHOICES =
  '[role="menuitem"], [role="menuitemradio"], [role="option"], [role="radio"]';
