/**
 * A stand-in for office.js in the end-to-end test: Office.onReady says "Excel", Excel.run is the in-memory
 * fake of test/workbook/office (same load/sync semantics as the port tests), CustomFunctions records what
 * functions.js registers. The test bundles this file with esbuild and serves it at office.js's CDN address.
 * The workbook to start from is given in window.__MILKPAY_WORKBOOK__ (sheet name → rows); Office's display
 * language in __MILKPAY_LANG__, its theme's body background in __MILKPAY_THEME_BODY__ (e.g. "#262626": dark).
 */
import { FakeExcel, type FakeValue } from "../workbook/office/fakeExcel";

interface StubWindow {
  __MILKPAY_WORKBOOK__?: Record<string, (FakeValue | null)[][]>;
  __MILKPAY_LANG__?: string;
  __MILKPAY_SYNC_DELAY__?: number;
  __MILKPAY_THEME_BODY__?: string;
  __fake?: FakeExcel;
  __registered?: string[];
  Office?: unknown;
  Excel?: unknown;
  CustomFunctions?: unknown;
}

const w = window as unknown as StubWindow;
const fake = new FakeExcel({ api: "1.12", syncDelayMs: w.__MILKPAY_SYNC_DELAY__ ?? 0 });
for (const [name, rows] of Object.entries(w.__MILKPAY_WORKBOOK__ ?? { Feuil1: [[null]] }))
  fake.model.addSheetWithRows(name, rows);
w.__fake = fake;
w.__registered = [];

const info = { host: "Excel", platform: "OfficeOnline" };
w.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  onReady(callback?: (i: typeof info) => void) {
    if (callback) callback(info);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: w.__MILKPAY_LANG__ ?? "fr-FR",
    officeTheme: { bodyBackgroundColor: w.__MILKPAY_THEME_BODY__ ?? "#ffffff" },
    requirements: { isSetSupported: (set: string, version: string) => fake.isSetSupported(set, version) },
  },
};
w.Excel = { run: fake.run };
w.CustomFunctions = {
  associate(id: string) {
    w.__registered!.push(id);
  },
};
