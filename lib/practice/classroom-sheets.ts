import { classroomText, type ClassroomTranslate } from '../i18n/classroom-text';
import type { Locale } from '../i18n/catalogue';
import { PageFlow } from '../pdf/page-flow';
import { PdfWriter } from '../pdf/pdf-writer';
import { channelById, OFFICIAL_CHANNELS } from '../reporting/official-channels';
import { recommendChannels } from '../reporting/recommend-channels';
import { GUIDED_STEPS } from './guided-steps';
import { SCENARIOS } from './scenarios';

/** The numbers every sheet gives: danger now, a child in danger, young people harassed. */
const EMERGENCY_CHANNELS = ['emergency', 'allo-119', 'e-enfance-3018'] as const;
const NEVER = ['dont.share', 'dont.answer', 'dont.childImages', 'dont.alone'] as const;

/**
 * The teacher's sheet for a one-hour session: what the practice space does, a plan, the six
 * steps with their laws, where to report, the emergency numbers, what never to do, and the
 * answer key as Témoin's routing gives it. Written with Témoin's own PDF writer.
 */
export function teacherSheetPdf(locale: Locale, createdAt = new Date()): Blob {
  const say = classroomText(locale);
  return sheet(say('teacherTitle'), say, createdAt, (flow) => {
    section(flow, say('aboutTitle'));
    flow.text(say('aboutText'), { size: 10 });
    section(flow, say('planTitle'));
    for (const part of [1, 2, 3, 4, 5, 6] as const) flow.text(say(`plan.${part}`), { size: 10 });
    section(flow, say('beforeTitle'));
    flow.text(say('beforeText'), { size: 10 });
    steps(flow, say, locale, true);
    emergencies(flow, say, locale);
    never(flow, say);
    channels(flow, say, locale);
    flow.newPage();
    section(flow, say('keyTitle'));
    for (const scenario of SCENARIOS) {
      flow.space(6);
      flow.text(scenario.title[locale], { font: 'bold', size: 11 });
      flow.field(say('keySetting'), scenario.setting[locale]);
      for (const recommendation of recommendChannels(scenario.answers)) {
        flow.field(channelById(recommendation.channelId).name, recommendation.reason[locale]);
      }
    }
  });
}

/**
 * The pupil's worksheet: the six steps, a few situations to answer on paper, where to report,
 * the emergency numbers and what never to do. Nothing about the pupil is asked or kept.
 */
export function pupilSheetPdf(locale: Locale, createdAt = new Date()): Blob {
  const say = classroomText(locale);
  return sheet(say('pupilTitle'), say, createdAt, (flow) => {
    emergencies(flow, say, locale);
    never(flow, say);
    steps(flow, say, locale, false);
    section(flow, say('exercisesTitle'));
    flow.text(say('exercisesHelp'), { size: 10 });
    for (const scenario of SCENARIOS) {
      flow.space(8);
      flow.text(scenario.title[locale], { font: 'bold', size: 11 });
      flow.text(scenario.setting[locale], { size: 10 });
      for (const question of ['public', 'role', 'where', 'why'] as const) {
        flow.field(say(`question.${question}`), say('blank'), { labelWidth: 170 });
      }
    }
    channels(flow, say, locale);
  });
}

function sheet(
  title: string,
  say: ClassroomTranslate,
  createdAt: Date,
  body: (flow: PageFlow) => void,
): Blob {
  const writer = new PdfWriter();
  const flow = new PageFlow(writer, (page, count) => say('footer', { title, page, count }));
  flow.text(title, { font: 'bold', size: 18 });
  flow.space(2);
  flow.text(say('subtitle'), { size: 11, grey: 0.3 });
  body(flow);
  flow.finish();
  return writer.finish({ title, creator: 'Témoin', createdAt });
}

function section(flow: PageFlow, title: string): void {
  flow.space(10);
  flow.text(title, { font: 'bold', size: 13 });
  flow.rule();
}

function steps(flow: PageFlow, say: ClassroomTranslate, locale: Locale, withLaw: boolean): void {
  section(flow, say('stepsTitle'));
  GUIDED_STEPS.forEach((step, index) => {
    flow.space(4);
    flow.text(`${index + 1}. ${step.title[locale]}`, { font: 'bold', size: 11 });
    flow.text(step.why[locale], { size: 10 });
    if (!withLaw) return;
    flow.text(
      step.law === 'category'
        ? say('stepLawCategory')
        : say('stepLaw', { law: `${step.law.reference[locale]}. ${step.law.summary[locale]}` }),
      { size: 9, grey: 0.3 },
    );
  });
}

function channels(flow: PageFlow, say: ClassroomTranslate, locale: Locale): void {
  section(flow, say('channelsTitle'));
  for (const channel of OFFICIAL_CHANNELS) {
    const reach = [
      ...channel.phones.map((phone) => `${phone.number} (${phone.label[locale]})`),
      ...(channel.url ? [channel.url] : []),
    ].join(' · ');
    flow.field(
      channel.name,
      reach ? `${channel.accepts[locale]}\n${reach}` : channel.accepts[locale],
    );
  }
}

function emergencies(flow: PageFlow, say: ClassroomTranslate, locale: Locale): void {
  section(flow, say('emergencyTitle'));
  flow.text(say('emergencyText'), { size: 10 });
  for (const phone of EMERGENCY_CHANNELS.flatMap((id) => channelById(id).phones)) {
    flow.field(phone.number, phone.label[locale], { labelWidth: 60 });
  }
}

function never(flow: PageFlow, say: ClassroomTranslate): void {
  section(flow, say('dontTitle'));
  for (const rule of NEVER) flow.text(`• ${say(rule)}`, { size: 10 });
}
