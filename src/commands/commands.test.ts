import { completing, registerCommands } from "./commands";

describe("completing", () => {
  test("completes the event after a handler that succeeds, and reports nothing", async () => {
    const order: string[] = [];
    const report = jest.fn();
    await completing(
      "ok",
      () => Promise.resolve(void order.push("ran")),
      report,
    )({
      completed: () => void order.push("completed"),
    });
    expect(order).toEqual(["ran", "completed"]);
    expect(report).not.toHaveBeenCalled();
  });

  test("reports a failure with the command's name and still completes the event", async () => {
    const failure = new Error("cell-edit mode");
    const report = jest.fn();
    const completed = jest.fn();
    await completing("classifyNow", () => Promise.reject(failure), report)({ completed });
    expect(report).toHaveBeenCalledWith("classifyNow", failure);
    expect(completed).toHaveBeenCalledTimes(1);
  });
});

describe("registerCommands", () => {
  test("associates each handler under its name", () => {
    const associated: string[] = [];
    const names = registerCommands({ associate: (name) => void associated.push(name) }, jest.fn(), {
      classifyNow: () => Promise.resolve(),
      removeResults: () => Promise.resolve(),
    });
    expect(names).toEqual(["classifyNow", "removeResults"]);
    expect(associated).toEqual(["classifyNow", "removeResults"]);
  });
});
