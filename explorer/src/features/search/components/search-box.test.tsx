import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Provider, type Client } from "urql";
import { fromValue, never } from "wonka";
import "../../../lib/i18n";
import { SearchBox } from "./search-box";

const hit = (id: string, type: string, name: string) => ({
  id,
  type,
  name,
  nameEn: null,
  properties: [],
  degree: 1,
  districtId: null,
  districtName: null,
  inChengdu: null,
  chainIds: [],
  year: null,
  amount: null,
});

/** A searchPage answer holding `nodes` (one page, every hit, counted per type). */
function pageOf(nodes: ReturnType<typeof hit>[]) {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
  return {
    searchPage: {
      nodes,
      total: nodes.length,
      totalCapped: false,
      ranked: nodes.length,
      nextOffset: null,
      typeCounts: [...counts].map(([type, count]) => ({ type, count })),
    },
  };
}

function mockClient(execute: (text: string) => unknown) {
  const calls: string[] = [];
  const client = {
    executeQuery: vi.fn((op: { variables: { text: string } }) => {
      calls.push(op.variables.text);
      const data = execute(op.variables.text);
      return data ? fromValue({ operation: op, data, stale: false, hasNext: false }) : never;
    }),
  } as unknown as Client;
  return { client, calls };
}

afterEach(cleanup);

describe("SearchBox", () => {
  it("queries after typing (debounced), lists hits in Chinese, and Enter picks the highlighted one", async () => {
    vi.useFakeTimers();
    const { client, calls } = mockClient((text) => ({
      ...pageOf(
        text === "cddx" ? [hit("U1", "Institution", "成都大学"), hit("U2", "Institution", "成都工业学院")] : [],
      ),
    }));
    const onPick = vi.fn();
    render(
      <Provider value={client}>
        <SearchBox onPick={onPick} debounceMs={100} />
      </Provider>,
    );
    const input = screen.getByTestId("search-input");
    fireEvent.change(input, { target: { value: "c" } });
    fireEvent.change(input, { target: { value: "cddx" } });
    expect(calls).toEqual([]); // nothing before the debounce
    await act(async () => {
      vi.advanceTimersByTime(150);
    });
    vi.useRealTimers();
    expect(calls).toEqual(["cddx"]); // one request, for the final text
    const options = await screen.findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["成都大学高校院所 · U1", "成都工业学院高校院所 · U2"]);
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick.mock.calls[0]![0].map((n: { id: string }) => n.id)).toEqual(["U2"]);
  });

  it("shows 'no matches' and adds all hits with the button", async () => {
    const { client } = mockClient((text) => ({
      ...pageOf(text === "无" ? [] : [hit("A", "Agency", "机构甲"), hit("B", "Broker", "经纪人乙")]),
    }));
    const onPick = vi.fn();
    render(
      <Provider value={client}>
        <SearchBox onPick={onPick} debounceMs={0} />
      </Provider>,
    );
    const input = screen.getByTestId("search-input");
    fireEvent.change(input, { target: { value: "无" } });
    expect(await screen.findByText("没有找到匹配项")).toBeTruthy();
    fireEvent.change(input, { target: { value: "机构" } });
    fireEvent.click(await screen.findByText(/全部加入画布/));
    expect(onPick.mock.calls[0]![0].map((n: { id: string }) => n.id)).toEqual(["A", "B"]);
  });

  it("says how many hits there are per type and asks again for one type", async () => {
    const asked: unknown[] = [];
    const client = {
      executeQuery: vi.fn((op: { variables: { text: string; types: string[] | null } }) => {
        asked.push(op.variables.types);
        const nodes = op.variables.types?.[0] === "Institution" ? [hit("U1", "Institution", "电子科技大学")] : [];
        const data = {
          searchPage: {
            nodes: nodes.length ? nodes : [hit("E1", "Enterprise", "蓉科科技有限公司")],
            total: nodes.length ? 19 : 26645,
            totalCapped: false,
            ranked: nodes.length ? 19 : 5000,
            nextOffset: nodes.length ? null : 20,
            typeCounts: [
              { type: "Enterprise", count: 26107 },
              { type: "Agency", count: 519 },
              { type: "Institution", count: 19 },
            ],
          },
        };
        return fromValue({ operation: op, data, stale: false, hasNext: false });
      }),
    } as unknown as Client;
    render(
      <Provider value={client}>
        <SearchBox onPick={vi.fn()} debounceMs={0} />
      </Provider>,
    );
    fireEvent.change(screen.getByTestId("search-input"), { target: { value: "科技" } });
    expect((await screen.findByTestId("search-total")).textContent).toBe("共 26,645 条");
    const chips = screen.getAllByTestId("search-type").map((b) => b.textContent);
    expect(chips).toEqual(["企业 26,107", "技术转移机构 519", "高校院所 19"]);
    expect(screen.getByTestId("search-range").textContent).toBe("第 1–1 条，共 26,645 条");
    fireEvent.click(screen.getAllByTestId("search-type")[2]!);
    expect(await screen.findByText("电子科技大学")).toBeTruthy();
    expect(asked.at(-1)).toEqual(["Institution"]);
  });
});
