/** The form panel's look: DSFR-like blue, fixed on the right, readable in dark mode. */
export const PANEL_STYLE = `
:host { all: initial; }
.panel { position: fixed; top: 16px; right: 16px; z-index: 2147483647; width: 340px;
  max-height: calc(100vh - 32px); overflow: auto; box-sizing: border-box; padding: 12px 14px;
  border-radius: 10px; border-top: 6px solid #000091; background: #fff; color: #161616;
  font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 24px rgba(0,0,0,.25); }
header { display: flex; gap: 6px; align-items: flex-start; }
h2 { flex: 1; margin: 0; font-size: 15px; }
.warning { margin: 8px 0; padding: 6px 8px; border-left: 4px solid #b34000; background: #fff4f3; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; padding: 8px 0;
  border-top: 1px solid #ddd; }
.field { font-weight: 600; }
.state { grid-column: 1; font-size: 12px; color: #3a3a3a; }
li[data-state="unplaced"] .state, li[data-state="truncated"] .state { color: #b34000; }
li[data-state="kept"] .state { color: #0063cb; }
.value { grid-column: 1; overflow: hidden; display: -webkit-box; -webkit-line-clamp: 2;
  -webkit-box-orient: vertical; word-break: break-word; color: #555; }
.copy { grid-column: 2; grid-row: 1 / span 3; align-self: center; }
button { cursor: pointer; font: inherit; border: 1px solid #000091; border-radius: 4px;
  background: #fff; color: #000091; padding: 2px 8px; }
button.icon { border: 0; font-size: 18px; line-height: 1; padding: 2px 6px; }
button:focus-visible { outline: 2px solid #000091; outline-offset: 2px; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@media (prefers-color-scheme: dark) {
  .panel { background: #1e1e1e; color: #eee; }
  .state { color: #ccc; } .value { color: #bbb; }
  .warning { background: #3a2a20; }
  button { background: #1e1e1e; color: #9fb4ff; border-color: #9fb4ff; }
}`;
