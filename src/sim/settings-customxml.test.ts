/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- these heuristics target add-in code; here they misread ClientResult.value, isNullObject and set-then-load, and proxy.test.ts reads before sync on purpose */
/**
 * Workbook.settings (ExcelApi 1.4) and Workbook.customXmlParts (ExcelApi 1.5), per the reference:
 * SettingCollection.add "sets or adds" a key; values are JSON-serialisable and Dates come back as
 * Dates (Office.js converts them to "Date(ms)"); CustomXmlPart.namespaceUri is the root element's
 * namespace; getByNamespace / getOnlyItem / getXml / setXml / delete.
 */
import { createSimulator } from "./simulator";

test("settings: add, replace, read values of any JSON type and Dates, delete, getItemOrNullObject", async () => {
  const sim = createSimulator();
  const when = new Date(Date.UTC(2024, 2, 5, 12));
  await sim.run(async (ctx) => {
    const st = ctx.workbook.settings;
    st.add("mapping", { id: "客户编号", amount: "金额" });
    st.add("asOf", when);
    st.add("count", 1);
    st.add("count", 2);
    const m = st.getItem("mapping").load("value");
    const d = st.getItem("asOf").load("value");
    st.load("key");
    await ctx.sync();
    expect(m.value).toEqual({ id: "客户编号", amount: "金额" });
    expect(d.value).toBeInstanceOf(Date);
    expect((d.value as Date).getTime()).toBe(when.getTime());
    expect(st.items.map((s) => s.key)).toEqual(["mapping", "asOf", "count"]);
    st.getItem("count").delete();
    const gone = st.getItemOrNullObject("count");
    await ctx.sync();
    expect(gone.isNullObject).toBe(true);
    st.getItem("count").load("value");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
  expect(sim.workbook.settings()).toEqual({ mapping: { id: "客户编号", amount: "金额" }, asOf: when });
});

test("settings need ExcelApi 1.4", async () => {
  const sim = createSimulator(undefined, { requirementSets: { ExcelApi: "1.3" } });
  await sim.run(async (ctx) => {
    expect(() => ctx.workbook.settings).toThrow(expect.objectContaining({ code: "ApiNotFound" }) as Error);
    await ctx.sync();
  });
});

test("custom XML parts: add, namespace, getByNamespace, getXml/setXml, delete", async () => {
  const sim = createSimulator();
  const ns = "urn:custclass:standard";
  await sim.run(async (ctx) => {
    const parts = ctx.workbook.customXmlParts;
    const p = parts.add(`<standard xmlns="${ns}"><version>1</version></standard>`);
    parts.add("<other/>");
    p.load("id, namespaceUri");
    const scoped = parts.getByNamespace(ns);
    const count = scoped.getCount();
    await ctx.sync();
    expect(p.namespaceUri).toBe(ns);
    expect(p.id).toMatch(/^\{[0-9A-F-]+\}$/);
    expect(count.value).toBe(1);
    const only = scoped.getOnlyItem();
    only.setXml(`<standard xmlns="${ns}"><version>2</version></standard>`);
    const xml = parts.getItem(p.id).getXml();
    await ctx.sync();
    expect(xml.value).toContain("<version>2</version>");
    p.delete();
    const left = parts.getCount();
    await ctx.sync();
    expect(left.value).toBe(1);
  });
});

test("custom XML that is not well formed is InvalidArgument", async () => {
  const sim = createSimulator();
  await expect(
    sim.run(async (ctx) => {
      ctx.workbook.customXmlParts.add("<a><b></a>");
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "InvalidArgument" });
});
