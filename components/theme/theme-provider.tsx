"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import type { Theme } from "@/lib/graph/style";
import { storedTheme, THEME_STORAGE_KEY } from "@/lib/ui/theme";

interface ThemeState {
  theme: Theme;
  toggle: () => void;
}

const ThemeContext = createContext<ThemeState>({ theme: "light", toggle: () => {} });

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
 * Every page's theme: the stored choice, else the system's, followed live; the class on <html> drives Tailwind's dark
 * variant. Before hydration the inline script in the root layout and the CSS media query keep the first paint right.
 */
export function ThemeProvider({ children }: { children: ReactNode }) {
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
      window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // not remembered, still applied
    }
  }, [theme]);

  const value = useMemo(() => ({ theme: theme ?? "light", toggle }), [theme, toggle]);
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export const useTheme = () => useContext(ThemeContext);
