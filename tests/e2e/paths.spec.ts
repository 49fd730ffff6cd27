import { expect, test, type Page } from "@playwright/test";
import { PATH_ORDER_NOTE } from "../../lib/graph/path-rank";
import { pathSentence } from "../../lib/graph/phrases";
import type { GraphPath } from "../../lib/graph/types";
import { details, GENAI, LLM, openExplorer, selectedIds } from "./support";

const EDGE = `${LLM}--IS_A--${GENAI}`;

async function expectLlmPathHighlighted(page: Page) {
  const paths = page.getByRole("list", { name: "Paths" });
  await expect(paths.getByRole("listitem").first()).toHaveText("Large Language Model is a Generative AI");
  await expect
    .poll(() =>
      page.evaluate(
        ({ llm, genai, edge }) => {
          const cy = window.cy;
          return {
            nodes: [llm, genai].every((id) => cy.$id(id).hasClass("path-node")),
            edge: cy.$id(edge).hasClass("path-edge"),
            dimmed: cy.elements(".dimmed").length > 0 && !cy.$id(llm).hasClass("dimmed"),
          };
        },
        { llm: LLM, genai: GENAI, edge: EDGE },
      ),
    )
    .toEqual({ nodes: true, edge: true, dimmed: true });
}

test("the search box runs path queries written with →, -> or to", async ({ page }) => {
  await openExplorer(page);
  const search = page.getByRole("combobox", { name: "Search concepts" });
  for (const typed of ["LLM → Generative AI", "LLM -> Generative AI", "LLM to Generative AI"]) {
    await search.fill(typed);
    await search.press("Enter");
    await expectLlmPathHighlighted(page);
    await expect(page).toHaveURL(new RegExp(`from=${LLM}&to=${GENAI}`));
    await expect(page.getByRole("combobox", { name: "From" })).toHaveValue("Large Language Model");
    await page.getByRole("button", { name: "Clear" }).click();
    await expect(page.getByRole("list", { name: "Paths" })).toBeHidden();
    await expect.poll(() => page.evaluate(() => window.cy.elements(".path-node, .path-edge, .dimmed").length)).toBe(0);
  }
});

test("a typed path query has both names looked up while typing, so Enter asks only for the path", async ({ page }) => {
  await openExplorer(page);
  const requests: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith("/api/")) requests.push(`${url.pathname}?${url.searchParams.toString()}`);
  });
  const search = page.getByRole("combobox", { name: "Search concepts" });
  await search.pressSequentially("LLM → Generative AI", { delay: 30 });
  const lookups = ["/api/search?q=LLM&limit=1", "/api/search?q=Generative+AI&limit=1"];
  await expect.poll(() => lookups.every((l) => requests.includes(l))).toBe(true);

  const before = requests.length;
  await search.press("Enter");
  await expectLlmPathHighlighted(page);
  const afterEnter = requests.slice(before);
  expect(afterEnter.filter((r) => r.startsWith("/api/search"))).toEqual([]);
  expect(afterEnter.filter((r) => r.startsWith("/api/paths"))).toHaveLength(1);
});

test("the path finder finds paths from its From and To pickers", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("combobox", { name: "From" }).fill("LLM");
  await page.getByRole("combobox", { name: "To" }).fill("GenAI");
  await page.getByRole("button", { name: "Find paths" }).click();
  await expectLlmPathHighlighted(page);
});

test("Enter in From moves on to To, and Enter in To runs the query", async ({ page }) => {
  await openExplorer(page);
  const from = page.getByRole("combobox", { name: "From" });
  const to = page.getByRole("combobox", { name: "To" });
  await from.fill("LLM");
  await from.press("Enter");
  await expect(to).toBeFocused();
  await expect(page.getByRole("list", { name: "Paths" })).toBeHidden();
  await to.fill("GenAI");
  await to.press("Enter");
  await expectLlmPathHighlighted(page);
  await page.getByRole("button", { name: "Clear" }).click();

  // A highlighted suggestion is taken and the query runs at once.
  await from.fill("LLM");
  await to.fill("Generative A");
  await to.press("ArrowDown");
  await to.press("Enter");
  await expect(to).toHaveValue("Generative AI");
  await expectLlmPathHighlighted(page);
});

test("a path against the arrows finds nothing when directed, and offers to relax", async ({ page }) => {
  await openExplorer(page, `from=${GENAI}&to=${LLM}&directed=true&types=IS_A`);
  await expect(page.getByText(/No path from Generative AI to Large Language Model/)).toBeVisible();
  await page.getByRole("button", { name: "Ignore direction" }).click();
  await expect(page.getByRole("list", { name: "Paths" }).getByRole("listitem").first()).toHaveText(
    "Generative AI includes Large Language Model",
  );
});

test("deep links reproduce the selection and the path", async ({ page }) => {
  await openExplorer(page, `node=${GENAI}`);
  await expect(details(page).getByRole("heading", { level: 2 })).toHaveText("Generative AI");
  await expect.poll(() => selectedIds(page)).toEqual([GENAI]);

  await openExplorer(page, `from=${LLM}&to=${GENAI}`);
  await expectLlmPathHighlighted(page);
});

test("the first path for Midjourney → Transformer passes no modality, in the API and in the explorer", async ({ page, request }) => {
  const { paths } = await (await request.get("/api/paths?from=midjourney&to=transformer&limit=25")).json();
  const first = paths[0] as GraphPath;
  expect(first.nodes.map((n) => n.kind)).not.toContain("Modality");
  await openExplorer(page, "from=midjourney&to=transformer");
  const listed = page.getByRole("list", { name: "Paths" }).getByRole("listitem");
  await expect(listed.first()).toHaveText(pathSentence(first));
  await expect(page.getByText(PATH_ORDER_NOTE)).toBeVisible();
});
