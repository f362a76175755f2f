const TABBABLE = '[tabindex="0"], a[href], button:not([disabled]), input:not([disabled]), select';

/**
 * The page's first Tab stop, shown only when focused: it jumps past the header and the
 * controls to the element whose id it names, or to the first stop inside it. It moves the
 * focus itself rather than following its link, since the popup and the report page keep
 * their state in the address's hash.
 */
export function SkipLink({ target, label }: { target: string; label: string }) {
  return (
    <a
      class="skip-link"
      href={`#${target}`}
      onClick={(event) => {
        const element = document.getElementById(target);
        if (!element) return;
        event.preventDefault();
        const stop = element.hasAttribute('tabindex')
          ? element
          : (element.querySelector<HTMLElement>(TABBABLE) ?? element);
        stop.focus({ preventScroll: true });
        stop.scrollIntoView({ block: 'nearest' });
      }}
    >
      {label}
    </a>
  );
}
