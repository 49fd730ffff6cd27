"use client";

import { useSyncExternalStore } from "react";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { AlertIcon } from "../ui/icons";
import { useOutage, useOutageState } from "./use-outage";

const subscribeToClock = (onTick: () => void) => {
  const timer = setInterval(onTick, 250);
  return () => clearInterval(timer);
};
const nowInSeconds = () => Math.floor(Date.now() / 1000);

function Countdown({ at }: { at: number }) {
  const now = useSyncExternalStore(subscribeToClock, nowInSeconds, () => 0);
  const seconds = Math.max(0, Math.ceil(at / 1000) - now);
  return seconds > 0 ? `Retrying automatically in ${seconds} s…` : "Retrying…";
}

/** Shown on every page while the API answers 503: the page keeps what it has, and retries on its own. */
export function OutageBanner() {
  const outage = useOutage();
  const { down, retryAt } = useOutageState();
  if (!down) return null;
  return (
    <div className="shrink-0 px-3 pt-2">
      <Alert tone="warn" className="shadow-sm">
        <AlertIcon className="shrink-0" />
        <span className="flex-1">
          <strong>The graph database is unreachable.</strong> {retryAt ? <Countdown at={retryAt} /> : "Retrying…"}
        </span>
        <Button variant="link" className="px-2 py-0.5 text-xs" onClick={outage.retryNow}>
          Retry now
        </Button>
      </Alert>
    </div>
  );
}
