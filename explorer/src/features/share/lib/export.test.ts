import { describe, expect, it } from "vitest";
import { addSubgraph, EMPTY_CANVAS, hideNodes } from "../../../canvas-model/canvas-state";
import { EMPTY_FILTERS } from "../../../canvas-model/filters";
import { edge, node } from "../../../canvas-model/test-nodes";
import { csvCell, edgesCsv, nodesCsv } from "./csv";
import { toCyJson } from "./cyjson";
import { toGraphml, xmlEscape } from "./graphml";
import { visibleSubgraph } from "./visible";

const a = node("A", "Broker", { name: '王"五", <老师>', properties: { titleLevel: "SENIOR" } });
const b = node("B", "Deal", { amount: 12.5, year: 2024, properties: { kind: "LICENSE" } });
const ab = edge("A", "BROKERED", "B", { role: "LEAD" });

describe("CSV export", () => {
  it("quotes cells with commas, quotes or newlines", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("x\ny")).toBe('"x\ny"');
    expect(csvCell(null)).toBe("");
    expect(csvCell(3)).toBe("3");
  });

  it("writes nodes and edges with a BOM, a header and property columns", () => {
    const lines = nodesCsv([a, b]).split("\r\n");
    expect(lines[0]).toBe("\uFEFFid,type,name,nameEn,districtName,inChengdu,year,amount,degree,kind,titleLevel");
    expect(lines[1]).toBe('A,Broker,"王""五"", <老师>",,,,,,1,,SENIOR');
    expect(lines[2]).toBe("B,Deal,名B,,,,2024,12.5,1,LICENSE,");
    expect(edgesCsv([ab])).toBe("\uFEFFsource,type,target,role\r\nA,BROKERED,B,LEAD\r\n");
  });
});

describe("GraphML export", () => {
  it("escapes XML and writes keys, nodes and edges", () => {
    expect(xmlEscape(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    const xml = toGraphml([a, b], [ab], { A: { x: 1.4, y: 2 } });
    expect(xml).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<key id="amount" for="node" attr.name="amount" attr.type="double"/>');
    expect(xml).toContain('<key id="e_role" for="edge" attr.name="role" attr.type="string"/>');
    expect(xml).toContain(
      '<node id="A"><data key="type">Broker</data><data key="label">王&quot;五&quot;, &lt;老师&gt;</data><data key="degree">1</data><data key="x">1</data><data key="y">2</data><data key="n_titleLevel">SENIOR</data></node>',
    );
    expect(xml).toContain(
      '<edge id="A|BROKERED|B" source="A" target="B"><data key="e_type">BROKERED</data><data key="e_role">LEAD</data></edge>',
    );
    // well-formed: parses as XML without errors
    const doc = new DOMParser().parseFromString(xml, "application/xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.getElementsByTagName("node")).toHaveLength(2);
  });
});

describe("Cytoscape JSON export", () => {
  it("writes elements with data and positions", () => {
    const doc = JSON.parse(toCyJson([a, b], [ab], { B: { x: 3, y: 4 } }));
    expect(doc.elements.nodes[1]).toEqual({
      data: { id: "B", name: "名B", type: "Deal", year: 2024, amount: 12.5, degree: 1, kind: "LICENSE" },
      position: { x: 3, y: 4 },
    });
    expect(doc.elements.edges[0].data).toEqual({
      id: "A|BROKERED|B",
      source: "A",
      target: "B",
      interaction: "BROKERED",
      type: "BROKERED",
      role: "LEAD",
    });
  });
});

describe("visible subgraph", () => {
  it("drops hidden and filtered nodes and their edges", () => {
    const s = addSubgraph(EMPTY_CANVAS, { nodes: [a, b], edges: [ab] });
    expect(visibleSubgraph(s, EMPTY_FILTERS).edges).toHaveLength(1);
    const v = visibleSubgraph(hideNodes(s, ["A"]), EMPTY_FILTERS);
    expect(v.nodes.map((n) => n.id)).toEqual(["B"]);
    expect(v.edges).toEqual([]);
    expect(visibleSubgraph(s, { ...EMPTY_FILTERS, hiddenTypes: ["Deal"] }).nodes.map((n) => n.id)).toEqual(["A"]);
  });
});
