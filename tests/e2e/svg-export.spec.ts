import { readFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { expect, test } from "@playwright/test";
import { openExplorer, settled } from "./support";

test("Export SVG downloads a drawing that parses as SVG and names the nodes in view", async ({ page }, testInfo) => {
  for (const query of ["map=start", "map=all&node=large-language-model&focus=large-language-model"]) {
    await openExplorer(page, query);
    await settled(page);
    const named = await page.evaluate(() =>
      window.cy
        .nodes()
        .filter((n) => !n.hasClass("hidden") && !n.hasClass("label-hidden"))
        .map((n) => String(n.data("label"))),
    );
    expect(named.length).toBeGreaterThan(5);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export SVG" }).click()]);
    expect(download.suggestedFilename()).toBe("ai-concepts.svg");
    // Saved under its own name: a browser opens a file as SVG by its extension.
    const file = testInfo.outputPath(`${testInfo.retry}-${query.length}-ai-concepts.svg`);
    await download.saveAs(file);
    const text = await readFile(file, "utf8");
    // Read back with the parser a browser uses.
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: doc.documentElement.localName,
        text: [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" "),
        nodes: doc.querySelectorAll("[data-node-id]").length,
      };
    }, text);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe("svg");
    for (const name of named) for (const word of name.split(" ")) expect(parsed.text, name).toContain(word);

    // And the file opens in a browser on its own.
    const viewer = await page.context().newPage();
    await viewer.goto(pathToFileURL(file).href);
    await expect.poll(() => viewer.evaluate(() => document.documentElement.localName)).toBe("svg");
    await viewer.close();
  }
});
