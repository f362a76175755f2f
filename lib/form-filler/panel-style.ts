/**
 * The form panel's look: DSFR-like blue, docked on the right over the room the page leaves it
 * (see panel-dock.ts), readable in dark mode. The host is the dock itself, so its box is the
 * panel's.
 */
export const PANEL_STYLE = `
:host { all: initial; position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483647;
  display: block; box-sizing: border-box; }
.panel { box-sizing: border-box; height: 100%; overflow: auto; padding: 12px 14px;
  border-left: 1px solid #ddd; border-top: 6px solid #000091; background: #fff; color: #161616;
  font: 14px/1.4 system-ui, sans-serif; }
.panel[hidden], .tab[hidden], [hidden] { display: none; }
.tab { position: absolute; top: 30%; right: 0; width: 40px; padding: 12px 0;
  writing-mode: vertical-rl; border-radius: 8px 0 0 8px; border: 1px solid #000091;
  border-right: 0; background: #000091; color: #fff; font: 600 14px/1 system-ui, sans-serif; }
header { display: flex; gap: 6px; align-items: flex-start; }
h2 { flex: 1; margin: 0; font-size: 15px; }
.warning { margin: 8px 0; padding: 6px 8px; border-left: 4px solid #b34000; background: #fff4f3; }
.waiting { margin: 8px 0; color: #3a3a3a; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; padding: 8px 0;
  border-top: 1px solid #ddd; }
.field { font-weight: 600; }
.state { grid-column: 1; font-size: 12px; color: #3a3a3a; }
li[data-state="unplaced"] .state, li[data-state="unanswerable"] .state,
li[data-state="truncated"] .state { color: #b34000; }
li[data-state="kept"] .state { color: #0063cb; }
.value { grid-column: 1; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2;
  -webkit-box-orient: vertical; word-break: break-word; color: #555; }
.copy { grid-column: 2; grid-row: 1 / span 3; align-self: center; }
button { cursor: pointer; font: inherit; border: 1px solid #000091; border-radius: 4px;
  background: #fff; color: #000091; padding: 2px 8px; }
button.icon { border: 0; font-size: 18px; line-height: 1; padding: 2px 6px; }
button:focus-visible { outline: 2px solid #000091; outline-offset: 2px; }
.tab:focus-visible { outline-color: #fff; outline-offset: -4px; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@media (prefers-color-scheme: dark) {
  .panel { background: #1e1e1e; color: #eee; }
  .state, .waiting { color: #ccc; } .value { color: #bbb; }
  .warning { background: #3a2a20; }
  button { background: #1e1e1e; color: #9fb4ff; border-color: #9fb4ff; }
  .tab { background: #9fb4ff; color: #1e1e1e; }
}`;
