import { describe, expect, it } from "vitest";
import { buildSearchQuery, escapeLucene } from "../../../graph-api/src/graph/explore/lucene.js";
import { publicProperties } from "../../../graph-api/src/graph/explore/load-nodes.js";

describe("explore search query", () => {
  it("escapes every Lucene special character", () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^g"h~i*j?k:l\\m/n&&o||p')).toBe(
      'a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^g\\"h\\~i\\*j\\?k\\:l\\\\m\\/n\\&\\&o\\|\\|p',
    );
  });

  it("ASCII terms match exactly or as a prefix, lower-cased; all terms are required", () => {
    expect(buildSearchQuery("CDDX")).toBe("+(cddx OR cddx*)");
    expect(buildSearchQuery("chengdu  univ")).toBe("+(chengdu OR chengdu*) +(univ OR univ*)");
  });

  it("CJK and mixed terms become phrases with syntax stripped", () => {
    expect(buildSearchQuery("成都大学")).toBe('+"成都大学"');
    expect(buildSearchQuery('成都"大学 OR')).toBe('+"成都 大学" +(or OR or*)');
    expect(buildSearchQuery("BRK-000123")).toBe('+"BRK 000123"');
  });

  it("nothing searchable gives null", () => {
    expect(buildSearchQuery("  ")).toBeNull();
    expect(buildSearchQuery("*?~")).toBeNull();
  });
});

describe("explore node properties", () => {
  it("drops contact fields, the search key and top-level fields; sorts the rest", () => {
    expect(
      publicProperties({
        id: "B",
        name: "王",
        nameEn: "Wang",
        phone: "1",
        email: "e",
        pinyinInitials: "w",
        titleLevel: "SENIOR",
        commissioner: true,
        trl: null,
      }),
    ).toEqual([
      { key: "commissioner", value: "true" },
      { key: "titleLevel", value: "SENIOR" },
    ]);
  });
});

describe("one-character CJK search", () => {
  it("asks for a term starting or ending with the character (the cjk analyzer indexes bigrams only)", () => {
    expect(buildSearchQuery("蓉")).toBe("+(蓉* OR *蓉)");
    expect(buildSearchQuery("蓉 cd")).toBe("+(蓉* OR *蓉) +(cd OR cd*)");
    expect(buildSearchQuery("蓉城")).toBe('+"蓉城"');
  });
});
