/**
 * `npm run examples`: writes the bundled example packages under examples/ from the readable data tables in
 * test/fixtures (the same code the tests use), so the example and the tests never disagree.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildPackageBuffer, exampleData, EXAMPLE_LAYOUT, SHAANXI_LAYOUT } from "../test/fixtures/build-package";

export const EXAMPLES_DIR = resolve(__dirname, "../examples");
export const EXAMPLE_FILES = {
  hunan: "示例县医疗保障局-2024年度绩效自评材料.xlsx",
  shaanxi: "示例县医疗保障局-2024年度绩效自评材料（陕西样式）.xlsx",
};

async function main() {
  mkdirSync(EXAMPLES_DIR, { recursive: true });
  writeFileSync(join(EXAMPLES_DIR, EXAMPLE_FILES.hunan), await buildPackageBuffer(exampleData(), EXAMPLE_LAYOUT));
  writeFileSync(join(EXAMPLES_DIR, EXAMPLE_FILES.shaanxi), await buildPackageBuffer(exampleData(), SHAANXI_LAYOUT));
  console.log(`已生成示例材料：\n  ${join(EXAMPLES_DIR, EXAMPLE_FILES.hunan)}\n  ${join(EXAMPLES_DIR, EXAMPLE_FILES.shaanxi)}`);
}

if (require.main === module) main();
