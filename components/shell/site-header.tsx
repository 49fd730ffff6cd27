import Link from "next/link";
import { explorerUrl } from "@/lib/ui/url-state";
import { Logo } from "../ui/logo";
import { HeaderMenu } from "./header-menu";
import { HeaderSlot } from "./header-slot";
import { PageNav } from "./page-nav";
import { ThemeToggle } from "./theme-toggle";

/**
 * Every page's header: the name, the pages, the page's own controls (its slot), and the theme. Below `lg` there is no
 * room for all of them: the pages, the theme and the page's tools move into a menu, and the slot keeps the search.
 */
export function SiteHeader() {
  return (
    <header className="relative z-20 flex h-14 shrink-0 items-center gap-2 border-b border-slate-200 px-3 lg:gap-4 lg:px-4 dark:border-slate-800">
      <Link href={explorerUrl()} prefetch={false} className="flex shrink-0 items-center gap-2 text-[15px] font-semibold tracking-tight">
        <Logo /> <span className="sr-only xl:not-sr-only">AI Concepts Explorer</span>
      </Link>
      <PageNav className="flex shrink-0 items-center gap-1 text-sm max-lg:hidden" />
      <HeaderSlot className="flex min-w-0 flex-1 items-center justify-end gap-4" />
      <div className="max-lg:hidden">
        <ThemeToggle />
      </div>
      <HeaderMenu />
    </header>
  );
}
