"use client";

import { useTheme } from "../theme/theme-provider";
import { Button } from "../ui/button";
import { MoonIcon, SunIcon } from "../ui/icons";

export function ThemeToggle() {
  const { theme, toggle } = useTheme();
  const dark = theme === "dark";
  return (
    <Button variant="icon" aria-label="Dark mode" aria-pressed={dark} title={dark ? "Switch to light mode" : "Switch to dark mode"} onClick={toggle}>
      {dark ? <SunIcon /> : <MoonIcon />}
    </Button>
  );
}
