import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { settled } from "./support";

const PAGES = [
  { name: "explorer", url: "/?node=large-language-model", ready: "diagram" },
  { name: "compare", url: "/compare?a=large-language-model&b=generative-ai", ready: "relation-statement" },
  { name: "tasks", url: "/tasks?task=image-generation", ready: "task-outputs" },
  { name: "disagreements", url: "/contested", ready: "contested-claims" },
] as const;

for (const theme of ["light", "dark"] as const) {
  for (const p of PAGES) {
    test(`${p.name} in the ${theme} theme has no WCAG 2.1 AA violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(p.url);
      if (p.ready === "diagram") await settled(page);
      else await expect(page.getByTestId(p.ready)).toBeVisible();
      await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${theme}\\b`));
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")} (${v.nodes[0]?.failureSummary?.split("\n")[1]?.trim() ?? ""})`);
      expect(summary).toEqual([]);
    });
  }
}
