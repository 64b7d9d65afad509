/**
 * A tiny stand-in for the parts of the `Office` global a workbook layer consults:
 * `Office.context.requirements.isSetSupported(name, minVersion)` — "minVersion ... defaults to
 * 1.1 if not specified" (learn.microsoft.com/javascript/api/office/office.requirementsetsupport) —
 * plus host/platform/display language and `onReady`.
 */

export interface OfficeShimOptions {
  /** Supported sets and their highest version, e.g. { ExcelApi: "1.8", SharedRuntime: "1.1" }. */
  requirementSets?: Record<string, string>;
  platform?: "PC" | "OfficeOnline" | "Mac" | "iOS" | "Android" | "Universal";
  displayLanguage?: string;
}

export interface OfficeShim {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    displayLanguage: string;
    contentLanguage: string;
    platform: string;
    host: "Excel";
    diagnostics: { host: "Excel"; platform: string; version: string };
  };
  onReady(): Promise<{ host: "Excel"; platform: string }>;
  HostType: { Excel: "Excel" };
}

export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function createOfficeShim(options: OfficeShimOptions = {}): OfficeShim {
  const sets = options.requirementSets ?? {
    ExcelApi: "1.17",
    SharedRuntime: "1.1",
    CustomFunctionsRuntime: "1.4",
  };
  const platform = options.platform ?? "OfficeOnline";
  const lang = options.displayLanguage ?? "en-US";
  return {
    context: {
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const have = Object.entries(sets).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
          if (have === undefined) return false;
          return compareVersions(have, minVersion === undefined ? "1.1" : String(minVersion)) >= 0;
        },
      },
      displayLanguage: lang,
      contentLanguage: lang,
      platform,
      host: "Excel",
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
    },
    onReady: () => Promise.resolve({ host: "Excel", platform }),
    HostType: { Excel: "Excel" },
  };
}
