/** Three linked concepts, in the colours of the three most common kinds. */
export function Logo() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d="M6 17 12 6l6 11z" fill="none" stroke="currentColor" strokeOpacity="0.35" strokeWidth="1.5" />
      <rect x="8.5" y="2.5" width="7" height="7" rx="2" fill="#6366f1" />
      <circle cx="5.5" cy="17.5" r="3.5" fill="#0ea5e9" />
      <polygon points="18.5,13.5 22.5,20.5 14.5,20.5" fill="#84cc16" strokeLinejoin="round" />
    </svg>
  );
}
