import browser from 'webextension-polyfill';
import { serialWrites } from '../concurrency/serial-writes';
import { defineCheckedItem } from '../storage/checked-item';
import * as z from '../validation/zod-mini';
import {
  fillPlanSchema,
  placedValueSchema,
  type FillPlan,
  type PlacedValue,
} from '../messaging/fill-plan';

/** Where the official forms Témoin can fill live: the filler acts on these origins only. */
export const FORM_ENTRY_URLS = {
  pharos: 'https://www.internet-signalement.gouv.fr/PharosS1/',
} as const;

export const FORM_FILLER_FILE = '/form-filler.js';

const formTabSchema = z.object({ plan: fillPlanSchema, placed: z.array(placedValueSchema) });
const formTabsSchema = z.record(z.string(), formTabSchema);
type FormTabs = z.infer<typeof formTabsSchema>;

/**
 * The tabs the user opened from Témoin on an official form, with what to fill in each. Kept in
 * session storage so a background stopped by the browser still knows them when it restarts.
 */
const formTabs = defineCheckedItem('session:formTabs', { schema: formTabsSchema, fallback: {} });
const readFormTabs = formTabs.read;

const writeFormTabs = serialWrites();

/** Read, change, write, one change at a time: two pages loading at once lose nothing. */
function changeFormTabs(change: (tabs: FormTabs) => void): Promise<void> {
  return writeFormTabs(async () => {
    const tabs = await readFormTabs();
    change(tabs);
    await formTabs.write(tabs);
  });
}

export function formOrigin(plan: Pick<FillPlan, 'form'>): string {
  return new URL(FORM_ENTRY_URLS[plan.form]).origin;
}

/** Opens the official form in a new tab and remembers the tab as one Témoin may fill. */
export async function openFormTab(plan: FillPlan, besideTabId?: number): Promise<number> {
  const tab = await browser.tabs.create({
    url: FORM_ENTRY_URLS[plan.form],
    active: true,
    ...(besideTabId === undefined ? {} : { openerTabId: besideTabId }),
  });
  await changeFormTabs((tabs) => {
    tabs[String(tab.id!)] = { plan, placed: [] };
  });
  return tab.id!;
}

/** The plan for a tab, only while that tab, opened from Témoin, shows its form's origin. */
export async function planForTab(
  tabId: number | undefined,
  url: string | undefined,
): Promise<{ plan: FillPlan; alreadyPlaced: PlacedValue[] } | null> {
  if (tabId === undefined || !url) return null;
  const entry = (await readFormTabs())[String(tabId)];
  if (!entry || new URL(url).origin !== formOrigin(entry.plan)) return null;
  return { plan: entry.plan, alreadyPlaced: entry.placed };
}

/** Adds what a page placed to what earlier pages placed; a value placed again is updated. */
export async function rememberPlaced(tabId: number, placed: readonly PlacedValue[]): Promise<void> {
  await changeFormTabs((tabs) => {
    const entry = tabs[String(tabId)];
    if (!entry) return;
    const keys = new Set(placed.map((value) => value.key));
    entry.placed = [...entry.placed.filter((value) => !keys.has(value.key)), ...placed];
  });
}

/**
 * Fills each page of the form as it loads in a tracked tab. A tab that leaves the form's
 * origin is forgotten: going back to the form later in it is no longer Témoin's doing. Without
 * the `tabs` permission the background sees no address for a site it has no access to: a
 * loaded page it cannot see is another site, so the tab is forgotten then too.
 */
export async function onFormTabUpdated(tabId: number, url: string | undefined): Promise<void> {
  const entry = (await readFormTabs())[String(tabId)];
  if (!entry) return;
  if (!url || new URL(url).origin !== formOrigin(entry.plan)) {
    await forgetFormTab(tabId);
    return;
  }
  await browser.scripting
    .executeScript({ target: { tabId }, files: [FORM_FILLER_FILE] })
    .catch((error: unknown) => console.warn('Témoin could not fill the form', error));
}

export async function forgetFormTab(tabId: number): Promise<void> {
  await changeFormTabs((tabs) => {
    delete tabs[String(tabId)];
  });
}
