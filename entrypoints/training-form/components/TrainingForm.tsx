import { useState } from 'preact/hooks';
import { REPORT_CATEGORIES } from '../../../lib/reporting/report-categories';
import { InputGroup, RadioGroup, Step } from './fields';

const STEPS = ['Type de contenu', 'Description de la situation', 'Vos coordonnées', 'Validation'];
const PLACES = ['Site internet', 'Réseau social', 'Messagerie', 'Forum', 'Jeu en ligne', 'Autre'];
const DATE_HINT = 'Format attendu : jj/mm/aaaa';
const TIME_HINT = 'Format attendu : hh:mm';

/**
 * The training copy of PHAROS: its four steps as the public sources describe them, with the
 * wordings of the form filler's replicas, in the state design system's markup. It has no
 * address to send to; « Envoyer » only shows what a real report would have held.
 */
export function TrainingForm({ onSend }: { onSend: (form: HTMLFormElement) => void }) {
  const [step, setStep] = useState(1);
  const [category, setCategory] = useState<string>();
  const move = (to: number) => {
    setStep(to);
    document.getElementById(`step-${to}`)?.scrollIntoView({ block: 'start' });
  };
  const buttons = (previous: boolean, last = false) => (
    <ul class="fr-btns-group">
      {previous ? (
        <li>
          <button class="fr-btn fr-btn--secondary" type="button" onClick={() => move(step - 1)}>
            Précédent
          </button>
        </li>
      ) : null}
      <li>
        {last ? (
          <button class="fr-btn" type="submit">
            Envoyer
          </button>
        ) : (
          <button class="fr-btn" type="button" onClick={() => move(step + 1)}>
            Suivant
          </button>
        )}
      </li>
    </ul>
  );
  return (
    <form
      id="training-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSend(event.currentTarget);
      }}
    >
      <Step number={1} count={STEPS.length} title={STEPS[0]!} next={STEPS[1]} shown={step === 1}>
        <RadioGroup
          name="matiere"
          legend="Quel type de contenu souhaitez-vous signaler ? *"
          hint="Choisissez la catégorie la plus proche du contenu."
          options={REPORT_CATEGORIES.map((option) => option.pharosLabel)}
          onChoose={setCategory}
        />
        {REPORT_CATEGORIES.filter((option) => option.subChoices.length).map((option) => (
          <RadioGroup
            key={option.id}
            name={`precision-${option.id}`}
            legend="Précisez :"
            options={option.subChoices.map((choice) => choice.pharosLabel)}
            hidden={category !== option.pharosLabel}
          />
        ))}
        <RadioGroup
          name="victime"
          legend="Êtes-vous la victime de ce contenu ? *"
          hint="Si oui, nous vous conseillerons aussi de déposer plainte."
          options={['Oui', 'Non']}
        />
        {buttons(false)}
      </Step>
      <Step number={2} count={STEPS.length} title={STEPS[1]!} next={STEPS[2]} shown={step === 2}>
        <fieldset class="fr-fieldset">
          <legend class="fr-fieldset__legend">Quand le contenu a-t-il été publié ?</legend>
          <InputGroup id="dateFaits" label="Date des faits *" hint={DATE_HINT} />
          <InputGroup id="heureFaits" label="Heure des faits" hint={TIME_HINT} />
        </fieldset>
        <fieldset class="fr-fieldset">
          <legend class="fr-fieldset__legend">Quand l’avez-vous vu ?</legend>
          <InputGroup id="dateConstat" label="Date de constatation *" hint={DATE_HINT} />
          <InputGroup id="heureConstat" label="Heure de constatation" hint={TIME_HINT} />
        </fieldset>
        <RadioGroup name="support" legend="Où avez-vous vu ce contenu ? *" options={PLACES} />
        <InputGroup
          id="url"
          type="url"
          label="Adresse URL du contenu"
          hint="Si nécessaire. Pour un salon de discussion en direct, indiquez le pseudonyme de l’auteur et le contexte dans le commentaire."
        />
        <InputGroup
          id="commentaire"
          label="Commentaire *"
          hint="Décrivez le contenu et son contexte. 3000 caractères maximum."
          multiline
        />
        {buttons(true)}
      </Step>
      <Step number={3} count={STEPS.length} title={STEPS[2]!} next={STEPS[3]} shown={step === 3}>
        <fieldset class="fr-fieldset">
          <legend class="fr-fieldset__legend">
            Vos coordonnées (facultatif)
            <span class="fr-hint-text">Vous pouvez rester anonyme.</span>
          </legend>
          <InputGroup id="nom" label="Nom" />
          <InputGroup id="prenom" label="Prénom" />
          <InputGroup
            id="courriel"
            type="email"
            label="Courriel"
            hint="Format attendu : nom@domaine.fr"
          />
        </fieldset>
        <p class="training-code">
          Code de sécurité : <span>EX3RC1</span>
        </p>
        <InputGroup
          id="verif"
          label="Recopiez le code de sécurité *"
          hint="Les caractères affichés ci-dessus. C’est toujours à vous de le faire, jamais à Témoin."
        />
        {buttons(true)}
      </Step>
      <Step number={4} count={STEPS.length} title={STEPS[3]!} shown={step === 4}>
        <div class="fr-alert fr-alert--warning">
          <p>
            Un signalement volontairement mensonger est puni par la loi (article 226-10 du code
            pénal : jusqu’à 5 ans d’emprisonnement et 45 000 € d’amende).
          </p>
        </div>
        <div
          class="fr-checkbox-group"
          data-question="Je certifie l’exactitude des informations transmises *"
        >
          <input type="checkbox" id="certification" name="certification" value="O" />
          <label class="fr-label" for="certification">
            Je certifie l’exactitude des informations transmises *
          </label>
        </div>
        {buttons(true, true)}
      </Step>
    </form>
  );
}
