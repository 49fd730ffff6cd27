"use client";

import { useCallback, useEffect, useState } from "react";
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

/**
 * Follows prefers-color-scheme until the user picks a theme, which is then remembered. Until mounted the page relies on
 * the CSS media query alone (see globals.css), so a dark-mode visitor never sees a light flash.
 */
export function useTheme() {
  const [chosen, setChosen] = useState<Theme | null>(null);
  const [system, setSystem] = useState<Theme | null>(null);

  useEffect(() => {
    setChosen(storedTheme());
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const update = () => setSystem(query.matches ? "dark" : "light");
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);

  const theme = chosen ?? system;

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
