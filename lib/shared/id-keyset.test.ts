import { describe, expect, it } from "vitest";
import { idKeysetPage } from "./id-keyset";

const ids = (...n: number[]) => n.map((id) => ({ id }));

describe("idKeysetPage", () => {
  it("first page: no previous, next when one more row came back", () => {
    expect(idKeysetPage(ids(9, 8, 7), 2, {})).toEqual({ rows: ids(9, 8), previous: null, next: 8 });
    expect(idKeysetPage(ids(9, 8), 2, {})).toEqual({ rows: ids(9, 8), previous: null, next: null });
  });

  it("a page after another: previous is its first row, next only when more follow", () => {
    expect(idKeysetPage(ids(7, 6, 5), 2, { apres: 8 })).toEqual({ rows: ids(7, 6), previous: 7, next: 6 });
    expect(idKeysetPage(ids(7), 2, { apres: 8 })).toEqual({ rows: ids(7), previous: 7, next: null });
  });

  it("going back: rows read upwards come out newest first; previous only while newer rows are left", () => {
    expect(idKeysetPage(ids(7, 8, 9), 2, { avant: 6 })).toEqual({ rows: ids(8, 7), previous: 8, next: 7 });
    expect(idKeysetPage(ids(8, 9), 2, { avant: 7 })).toEqual({ rows: ids(9, 8), previous: null, next: 8 });
  });
});
