import type { Theme } from "@/lib/graph/style";

export const THEME_STORAGE_KEY = "ai-explorer-theme";

export function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null; // storage can be off (private windows, strict settings)
  }
}

/**
 * Runs in <head> before the first paint: applies a stored choice, so a visitor who picked light on a dark system never
 * sees a dark flash. With no stored choice the CSS media query already matches the system (see globals.css).
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark"){var r=document.documentElement;r.classList.add(t);r.style.colorScheme=t}}catch(e){}`;
