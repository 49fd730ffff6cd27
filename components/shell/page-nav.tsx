"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { compareUrl, explorerUrl, tasksUrl } from "@/lib/ui/url-state";

/** Compare opens on the comparison most readers come for; the page's pickers change it. */
const PAGES = [
  { label: "Explorer", href: explorerUrl(), path: "/", title: "The graph of AI concepts" },
  { label: "Compare", href: compareUrl("large-language-model", "generative-ai"), path: "/compare", title: "Compare two concepts side by side" },
  { label: "Tasks", href: tasksUrl(), path: "/tasks", title: "Which models and products suit a task" },
];

const navLinkClass =
  "rounded px-1.5 py-1 text-slate-700 hover:text-link hover:underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 dark:text-slate-300 dark:aria-[current=page]:text-white";

/** The links between the pages: a row in the wide header, a column in the narrow header's menu. */
export function PageNav({ className }: { className: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Pages" className={className}>
      {PAGES.map((p) => (
        <Link key={p.path} href={p.href} prefetch={false} title={p.title} aria-current={pathname === p.path ? "page" : undefined} className={navLinkClass}>
          {p.label}
        </Link>
      ))}
    </nav>
  );
}
