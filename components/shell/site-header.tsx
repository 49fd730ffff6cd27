"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { compareUrl, explorerUrl, tasksUrl } from "@/lib/ui/url-state";
import { Logo } from "../ui/logo";
import { HeaderSlot } from "./header-slot";
import { ThemeToggle } from "./theme-toggle";

/** Compare opens on the comparison most readers come for; the page's pickers change it. */
const PAGES = [
  { label: "Explorer", href: explorerUrl(), path: "/", title: "The graph of AI concepts" },
  { label: "Compare", href: compareUrl("large-language-model", "generative-ai"), path: "/compare", title: "Compare two concepts side by side" },
  { label: "Tasks", href: tasksUrl(), path: "/tasks", title: "Which models and products suit a task" },
];

const navLinkClass =
  "rounded px-1.5 py-1 text-slate-700 hover:text-link hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 dark:text-slate-300 dark:aria-[current=page]:text-white";

/** Every page's header: the name, the pages, the page's own controls (its slot), and the theme. */
export function SiteHeader() {
  const pathname = usePathname();
  return (
    <header className="relative z-20 flex h-14 shrink-0 items-center gap-4 border-b border-slate-200 px-4 dark:border-slate-800">
      <Link href={explorerUrl()} prefetch={false} className="flex shrink-0 items-center gap-2 text-[15px] font-semibold tracking-tight">
        <Logo /> <span className="sr-only xl:not-sr-only">AI Concepts Explorer</span>
      </Link>
      <nav aria-label="Pages" className="flex shrink-0 items-center gap-1 text-sm">
        {PAGES.map((p) => (
          <Link key={p.path} href={p.href} prefetch={false} title={p.title} aria-current={pathname === p.path ? "page" : undefined} className={navLinkClass}>
            {p.label}
          </Link>
        ))}
      </nav>
      <HeaderSlot className="flex min-w-0 flex-1 items-center justify-end gap-4" />
      <ThemeToggle />
    </header>
  );
}
