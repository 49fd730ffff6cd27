import type { ReactNode } from "react";

const TONES = {
  danger: "border-danger-line bg-danger-surface text-danger-ink",
  warn: "border-warn-line bg-warn-surface text-warn-ink",
  info: "border-info-line bg-info-surface text-info-ink",
} as const;

interface Props {
  tone: keyof typeof TONES;
  children: ReactNode;
  /** A failure is an alert; a notice (info) is a status, read out without interrupting. */
  role?: "alert" | "status";
  className?: string;
}

/** A boxed message in one of the shared tones. */
export function Alert({ tone, children, role = tone === "info" ? "status" : "alert", className = "" }: Props) {
  return (
    <div role={role} className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border px-3 py-2 text-sm ${TONES[tone]} ${className}`}>
      {children}
    </div>
  );
}
