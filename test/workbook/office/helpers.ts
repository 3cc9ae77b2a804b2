/** Test helpers: fill a fake Excel workbook with the input tables of a generated sample. */
import { generateSample, type SampleOptions } from "../../../scripts/sample/generate";
import type { FakeExcel, FakeValue } from "./fakeExcel";

export function fillFromSample(fake: FakeExcel, options: SampleOptions): { month: string } {
  const sample = generateSample(options);
  for (const sheet of sample.sheets) {
    fake.model.addSheetWithRows(sheet.name, [sheet.headers, ...sheet.rows] as (FakeValue | null)[][]);
  }
  return { month: sample.month };
}
