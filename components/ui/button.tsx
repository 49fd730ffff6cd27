import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-accent-hover disabled:opacity-50",
  secondary:
    "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800",
  /** A toolbar's icon button (give it an aria-label). */
  icon: "inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-sm text-slate-700 hover:bg-slate-100 disabled:opacity-40 disabled:hover:bg-transparent dark:text-slate-200 dark:hover:bg-slate-800",
  /** Looks like a text link; for actions that stay on the page. */
  link: "rounded font-medium text-link underline-offset-2 hover:text-link-hover hover:underline",
} as const;

const FOCUS = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent";

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof VARIANTS;
}

export function Button({ variant = "secondary", className = "", type = "button", ...rest }: Props) {
  return <button type={type} className={`${VARIANTS[variant]} ${FOCUS} ${className}`} {...rest} />;
}
