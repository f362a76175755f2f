/**
 * The toast's style, inside its closed shadow root. The host's own rules are `!important`:
 * inside a shadow root those win over the page's, so a page rule such as
 * `div { display: none !important }` cannot hide or restyle the toast.
 */
export const TOAST_STYLE = `
:host { all: initial !important; display: block !important; position: static !important; }
.toast { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: flex;
  gap: 12px; align-items: flex-start; max-width: 380px; padding: 12px 14px; border-radius: 10px;
  font: 14px/1.4 system-ui, sans-serif; color: #161616; background: #fff; text-align: left;
  box-shadow: 0 4px 24px rgba(0,0,0,.25); border-left: 6px solid #18753c; }
.toast.error { border-left-color: #ce0500; }
img { width: 64px; height: 48px; object-fit: cover; border-radius: 4px; border: 1px solid #ddd; }
.text { display: flex; flex-direction: column; gap: 6px; min-width: 0; }
strong { display: block; font-weight: 700; }
.offer { border-top: 1px solid #ddd; padding-top: 6px; }
.preview { display: block; margin-top: 4px; color: #3a3a3a; overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; }
button { all: unset; cursor: pointer; border-radius: 4px; }
button:focus-visible { outline: 2px solid #000091; outline-offset: 2px; }
.action { padding: 4px 10px; font-weight: 600; color: #fff; background: #000091; }
.action:hover { background: #1212ff; }
.close { padding: 0 6px; font-size: 20px; line-height: 1; color: #555; }
@media (prefers-color-scheme: dark) {
  .toast { color: #eee; background: #1e1e1e; }
  .offer { border-top-color: #444; }
  .preview { color: #ccc; }
  .action { color: #000; background: #8585f6; }
  .action:hover { background: #a1a1f8; }
  .close { color: #bbb; }
}`;
