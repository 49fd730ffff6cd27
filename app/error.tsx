"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";

/** The last line of defence: an unexpected render error shows this instead of a blank page. */
export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div role="alert" className="max-w-md space-y-3 text-center">
        <h1 className="text-lg font-semibold">Something went wrong in the explorer.</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          The page hit an unexpected error{error.digest ? ` (reference ${error.digest})` : ""}. Your view is in the address bar, so
          trying again brings it back.
        </p>
        <Button variant="primary" onClick={reset}>
          Try again
        </Button>
      </div>
    </main>
  );
}
