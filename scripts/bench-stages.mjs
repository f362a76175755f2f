// Where a capture's time goes: the stages the benchmark build marks in the worker
// (lib/capture/stage-marks.ts) and in the page (lib/agent/page-marks.ts), each as the time from
// the menu click to the stage's end.
import { median, round } from './bench-support.mjs';

/** The agent's marks in the page's timeline, absolute, and the timeline cleared for the next. */
export function pageMarks(page) {
  return page.evaluate(() => {
    const marks = performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith('temoin:'))
      .map((mark) => ({
        stage: `page:${mark.name.slice('temoin:'.length)}`,
        at: performance.timeOrigin + mark.startTime,
      }));
    performance.clearMarks();
    return marks;
  });
}

/** One capture's stages as milliseconds after its menu click, the first of each name. */
export function stageTimes(marks) {
  const start = marks.find((mark) => mark.stage === 'menu-click')?.at;
  if (start === undefined) return {};
  const times = {};
  for (const { stage, at } of [...marks].sort((one, other) => one.at - other.at))
    if (stage !== 'menu-click' && !(stage in times)) times[stage] = round(at - start);
  return times;
}

/**
 * The medians of the three spans that make a capture: up to the screenshot's request, the
 * browser's screenshot itself, and from its return to the stored record.
 */
export function stageSpans(captures) {
  const span = (from, to) =>
    round(
      median(
        captures
          .filter((times) => (from === undefined || from in times) && to in times)
          .map((times) => times[to] - (from === undefined ? 0 : times[from])),
      ),
    );
  return {
    untilShotAskedMs: span(undefined, 'shot-start'),
    shotMs: span('shot-start', 'shot-end'),
    afterShotUntilStoredMs: span('shot-end', 'committed'),
  };
}

/** For each stage, the median of its times over the captures, in the order the stages end. */
export function stageMedians(captures) {
  const names = [...new Set(captures.flatMap((times) => Object.keys(times)))];
  const medians = names.map((name) => {
    const values = captures.map((times) => times[name]).filter((value) => value !== undefined);
    return [name, { medianMs: round(median(values)), seen: values.length }];
  });
  return Object.fromEntries(medians.sort((one, other) => one[1].medianMs - other[1].medianMs));
}
