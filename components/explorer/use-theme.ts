"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { Theme } from "@/lib/graph/style";

const STORAGE_KEY = "ai-explorer-theme";

function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null; // storage can be off (private windows, strict settings)
  }
}

const DARK_QUERY = "(prefers-color-scheme: dark)";

function subscribeToScheme(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

const systemTheme = (): Theme => (window.matchMedia(DARK_QUERY).matches ? "dark" : "light");

/** Another tab's choice arrives as a storage event. */
function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

/** The server knows neither the visitor's scheme nor their stored choice. */
const unknownOnServer = () => null;

/**
 * Follows prefers-color-scheme until the user picks a theme, which is then remembered. Until mounted the page relies on
 * the CSS media query alone (see globals.css), so a dark-mode visitor never sees a light flash.
 */
export function useTheme() {
  // Read as external stores: null while hydrating (matching the server's HTML), the browser's values right after.
  const system = useSyncExternalStore(subscribeToScheme, systemTheme, unknownOnServer);
  const stored = useSyncExternalStore(subscribeToStorage, storedTheme, unknownOnServer);
  // This tab's pick; it holds even where storage is off and the pick cannot be remembered.
  const [chosen, setChosen] = useState<Theme | null>(null);

  const theme = chosen ?? stored ?? system;

  useEffect(() => {
    if (!theme) return;
    const root = document.documentElement;
    root.classList.toggle("dark", theme === "dark");
    root.classList.toggle("light", theme === "light");
    root.style.colorScheme = theme;
  }, [theme]);

  const toggle = useCallback(() => {
    const next: Theme = theme === "dark" ? "light" : "dark";
    setChosen(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still applied
    }
  }, [theme]);

  return { theme: theme ?? "light", toggle };
}
