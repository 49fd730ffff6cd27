import { expect, test, type Page } from "@playwright/test";
// For the global window.cy type.
import "./support";

// Midjourney and LLMs meet at Generative AI: the "no" shows both chains on the diagram.
const CHAIN_NODES = ["midjourney", "image-generator", "generative-ai", "large-language-model"];
const CHAIN_EDGES = ["midjourney--IS_A--image-generator", "image-generator--IS_A--generative-ai", "large-language-model--IS_A--generative-ai"];

/** The evidence classes on the diagram; the question is answered while the layout may still be running. */
const evidenceShown = (page: Page) =>
  page.evaluate(
    ({ nodes, edges }) => {
      const cy = window.cy;
      if (!cy) return null;
      return {
        nodes: nodes.every((id) => cy.$id(id).hasClass("path-node")),
        edges: edges.every((id) => cy.$id(id).hasClass("path-edge")),
        others: cy.$id("gpt-4").hasClass("path-node"),
      };
    },
    { nodes: CHAIN_NODES, edges: CHAIN_EDGES },
  );

test("a question typed into the search box gets a verdict card and its evidence highlighted", async ({ page }) => {
  // Nothing here waits for the layout to settle, but the diagram itself may take long on a busy machine.
  test.slow();
  await page.goto("/?debug=1");
  const search = page.getByRole("combobox", { name: "Search concepts" });
  await search.fill("Is Midjourney an LLM?");
  await expect(page.getByRole("button", { name: "Ask", exact: true })).toBeVisible();
  await search.press("Enter");

  const card = page.getByRole("region", { name: "Answer" });
  await expect(card.getByRole("status")).toContainText("No: Midjourney is an Image Generator; Large Language Model is a separate branch of Generative AI.");
  await expect(card.getByRole("list", { name: "Sources" }).getByRole("listitem").first()).toBeVisible();
  await expect(card.getByRole("link", { name: "Compare Midjourney and Large Language Model" })).toHaveAttribute(
    "href",
    "/compare?a=midjourney&b=large-language-model",
  );
  await expect(page).toHaveURL(/[?&]ask=Is\+Midjourney\+an\+LLM%3F/);

  await expect.poll(() => evidenceShown(page), { timeout: 60_000 }).toEqual({ nodes: true, edges: true, others: false });

  // The link reproduces the answer; closing it clears the highlight and the URL.
  await page.reload();
  await expect(page.getByRole("region", { name: "Answer" }).getByRole("status")).toContainText("No: Midjourney");
  await page.getByRole("button", { name: "Close the answer" }).click();
  await expect(page.getByRole("region", { name: "Answer" })).toBeHidden();
  await expect.poll(() => page.evaluate(() => window.cy?.elements(".path-node, .path-edge").length), { timeout: 60_000 }).toBe(0);
  await expect(page).not.toHaveURL(/ask=/);
});
