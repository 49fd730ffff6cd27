import { describe, expect, it } from "vitest";
import { chooseRenderer } from "@/lib/ui/renderer";

describe("renderer choice", () => {
  it.each([
    "ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)",
    "Apple M2",
    "Mesa Intel(R) UHD Graphics 620 (KBL GT2)",
  ])("draws with WebGL on a hardware GPU: %s", (renderer) => {
    expect(chooseRenderer({ context: true, renderer })).toBe("webgl");
  });

  it.each([
    "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)",
    "Google SwiftShader",
    "llvmpipe (LLVM 15.0.6, 256 bits)",
    "Mesa softpipe",
    "Microsoft Basic Render Driver",
    "Software Adapter",
  ])("keeps the 2D canvas on a software renderer: %s", (renderer) => {
    expect(chooseRenderer({ context: true, renderer })).toBe("canvas");
  });

  it("keeps the 2D canvas without a WebGL2 context, or when the renderer is not named", () => {
    expect(chooseRenderer({ context: false, renderer: null })).toBe("canvas");
    expect(chooseRenderer({ context: true, renderer: null })).toBe("canvas");
    expect(chooseRenderer({ context: true, renderer: "" })).toBe("canvas");
  });
});
