import Link from "next/link";
import type { ComponentProps } from "react";

export const TEXT_LINK_CLASS = "text-link underline-offset-2 hover:text-link-hover hover:underline";

/** An in-app link in the link colour. Not prefetched: pages render per request, and most links are never followed. */
export function TextLink({ className = "", prefetch = false, ...rest }: ComponentProps<typeof Link>) {
  return <Link prefetch={prefetch} className={`${TEXT_LINK_CLASS} ${className}`} {...rest} />;
}
