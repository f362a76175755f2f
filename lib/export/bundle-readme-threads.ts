/** What every version-3 bundle adds: one object per post, and its JSON Schema. */
const POSTS = {
  fr: `
Un message par ligne
--------------------
posts.json donne chaque message (capture seule ou message d'un fil) : plateforme et
identifiants, adresse (pour Discord, le lien du message), auteur, texte exact, heures de
publication et de capture en UTC, empreintes, fil. posts.schema.json est son schéma
(JSON Schema 2020-12). captures.csv reste la table des captures pour un tableur.
`,
  en: `
One object per post
-------------------
posts.json gives every post (a capture of its own, or a post of a thread): platform and ids,
address (for Discord, the message link), author, exact text, publication and capture times in
UTC, hashes, thread. posts.schema.json is its schema (JSON Schema 2020-12). captures.csv is
still the table of captures for spreadsheets.
`,
} as const;

const THREADS = {
  fr: `
Fils capturés écran par écran (threads/)
----------------------------------------
Chaque fil a son dossier threads/<dossier>/ : screens/0000.png, 0001.png… sont les écrans tels
que le navigateur les a donnés, et thread.json contient le fil scellé à sa fin (« record » :
l'empreinte de chaque écran et de sa description, la clé de chaque message, dans l'ordre), la
description scellée de chaque écran et les messages. Dans le dossier du fil, avec jq :

   jq -jcS .record thread.json | sha256sum             doit donner « recordSha256 »
   jq -jcS '.screens[0].description' thread.json | sha256sum
                                                       doit donner record.screens[0].sealSha256
   sha256sum screens/0000.png                          doit donner record.screens[0].sha256

stitched/0000.png, 0001.png… sont les parties de l'image assemblée du fil et crops/<nnnn>.png
la découpe de chaque message (par son numéro d'ordre), faites à partir des écrans, jamais de la
page. thread.json les liste dans « files » : empreinte, écrans d'origine (« derivedFrom », leurs
empreintes) et géométrie. Les parties sont scellées avec le fil :

   sha256sum stitched/0000.png                         doit donner record.stitched[0].sha256

Une découpe se refait à partir de son écran (« screenIndex » du message), à l'endroit
« cropArea » :

   jq -r '.posts[0].cropArea | "\\(.width)x\\(.height)+\\(.x)+\\(.y)"' thread.json
   convert screens/0000.png -crop <ce résultat> +repage refaite.png
   compare -metric AE refaite.png crops/0000.png null:  doit donner 0

Un écran supprimé (contenu pédocriminel) est listé dans « deletedScreens » avec ses
empreintes. Le sceau du fil couvre la clé de chaque message (son adresse, sinon son
identifiant, sinon son auteur, son heure et son texte) ; le reste de chaque message est couvert
par SHA256SUMS.
`,
  en: `
Threads captured screen by screen (threads/)
--------------------------------------------
Each thread has its folder threads/<folder>/: screens/0000.png, 0001.png... are the screens as
the browser gave them, and thread.json holds the thread as sealed when it ended ("record": the
hash of every screen and of its description, every post's key, in order), each screen's sealed
description, and the posts. In the thread's folder, with jq:

   jq -jcS .record thread.json | sha256sum             must give "recordSha256"
   jq -jcS '.screens[0].description' thread.json | sha256sum
                                                       must give record.screens[0].sealSha256
   sha256sum screens/0000.png                          must give record.screens[0].sha256

stitched/0000.png, 0001.png... are the parts of the thread's stitched picture and
crops/<nnnn>.png each post's crop (by its order), made from the screens, never from the page.
thread.json lists them in "files": hash, source screens ("derivedFrom", their hashes) and
geometry. The parts are sealed with the thread:

   sha256sum stitched/0000.png                         must give record.stitched[0].sha256

A crop can be cut again from its screen (the post's "screenIndex"), at its "cropArea":

   jq -r '.posts[0].cropArea | "\\(.width)x\\(.height)+\\(.x)+\\(.y)"' thread.json
   convert screens/0000.png -crop <that result> +repage recut.png
   compare -metric AE recut.png crops/0000.png null:     must give 0

A screen deleted under the child sexual abuse rule is listed in "deletedScreens" with its
hashes. The thread's seal covers each post's key (its address, else its id, else its author,
time and text); the rest of each post is covered by SHA256SUMS.
`,
} as const;

/** The README's part on posts.json, and on threads when the bundle has any. */
export function threadsReadme(language: 'fr' | 'en', threads: boolean): string {
  return POSTS[language] + (threads ? THREADS[language] : '');
}
