/**
 * Office.context.requirements.isSetSupported(name, minVersion): "minVersion … defaults to 1.1 if
 * not specified" (learn.microsoft.com/javascript/api/office/office.requirementsetsupport); versions
 * compare numerically (1.10 > 1.9).
 */
import { compareVersions, createOfficeShim } from "./office-shim";

test.each([
  ["ExcelApi", "1.8", true],
  ["ExcelApi", "1.9", false],
  ["excelapi", "1.4", true],
  ["ExcelApi", undefined, true],
  ["SharedRuntime", "1.1", false],
])("ExcelApi 1.8 host: isSetSupported(%s, %s) = %s", (name, version, expected) => {
  const office = createOfficeShim({ requirementSets: { ExcelApi: "1.8" } });
  expect(office.context.requirements.isSetSupported(name, version)).toBe(expected);
});

test("versions compare numerically", () => {
  expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
  expect(compareVersions("1.4", "1.4.0")).toBe(0);
});

test("onReady reports Excel", async () => {
  await expect(createOfficeShim().onReady()).resolves.toEqual({ host: "Excel", platform: "OfficeOnline" });
});
