import { useEffect, useRef } from 'preact/hooks';
import type { Locale, Translate } from '../../../lib/i18n/translate';
import type { GuidedStep } from '../../../lib/practice/guided-steps';
import type { Localized } from '../../../lib/reporting/localized';

/**
 * The guided walk-through, one step at a time: what to do, why in two sentences, the law it
 * rests on. The page outlines the part of the screen the step is about; Escape leaves.
 */
export function GuidedTour({
  step,
  index,
  count,
  law,
  done,
  t,
  locale,
  onPrevious,
  onNext,
  onGoTo,
  onClose,
}: {
  step: GuidedStep;
  index: number;
  count: number;
  law: { reference: Localized; summary: Localized } | undefined;
  done: boolean;
  t: Translate;
  locale: Locale;
  onPrevious: () => void;
  onNext: () => void;
  onGoTo: () => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step.id]);
  const last = index === count - 1;
  return (
    <section
      class="guided-tour"
      aria-labelledby="guided-title"
      data-guided-step={step.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p class="muted">{t('practice.guidedProgress', { step: index + 1, count })}</p>
      <h2 id="guided-title" tabindex={-1} ref={heading}>
        {step.title[locale]}
      </h2>
      <p class="guided-do">{t(`practice.step.${step.id}`)}</p>
      <p>{step.why[locale]}</p>
      <p class="guided-law">
        {law
          ? t('practice.law', { reference: law.reference[locale], summary: law.summary[locale] })
          : t('practice.lawOfCategory')}
      </p>
      <p role="status" class={done ? 'verdict-intact' : 'muted'}>
        {done ? t('practice.stepDone') : t('practice.stepToDo')}
      </p>
      <div class="row wrap">
        <button type="button" onClick={onPrevious} disabled={index === 0}>
          {t('practice.previous')}
        </button>
        <button type="button" onClick={onGoTo}>
          {t('practice.goTo')}
        </button>
        <button type="button" class="primary" onClick={last ? onClose : onNext}>
          {last ? t('practice.finish') : t('practice.next')}
        </button>
        <button type="button" onClick={onClose}>
          {t('practice.leaveGuided')}
        </button>
      </div>
    </section>
  );
}
