import { NotUnderstood, XmlScanner } from "../../src/xlsx/xml-scanner";

/** Every token as text: open tags with the attributes asked for, decoded text, close tags. */
function tokens(xml: string, attrs: string[] = []): string[] {
  const x = new XmlScanner(xml);
  const out: string[] = [];
  while (x.next() !== "end") {
    if (x.kind === "text") out.push(JSON.stringify(x.text()));
    else if (x.kind === "close") out.push(`/${x.name}`);
    else out.push([x.name, ...attrs.map((a) => `${a}=${x.attr(a) ?? "-"}`)].join(" "));
  }
  return out;
}

describe("XmlScanner", () => {
  test("tags, self-closing tags, text; a BOM, the declaration and comments are skipped", () => {
    expect(tokens('\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<a><b/>x<!-- y --><c>1 &lt; 2</c ></a>')).toEqual([
      '"\\n"',
      "a",
      "b",
      "/b",
      '"x"',
      "c",
      '"1 < 2"',
      "/c",
      "/a",
    ]);
  });

  test("attributes: decoded, either quote, spaces around =, the last of two wins, absent ones undefined", () => {
    expect(tokens(`<c r = "A1" t='s' v="a&amp;b&#x4E2D;" w="x\ty\r\nz" r="B2"/>`, ["r", "t", "v", "w", "s"])).toEqual([
      "c r=B2 t=s v=a&b中 w=x y z s=-",
      "/c",
    ]);
  });

  test('a ">" inside an attribute value does not end the tag', () => {
    expect(tokens('<numFmt formatCode="[>=100]0;0.0" id="1">t</numFmt>', ["formatCode", "id"])).toEqual(['numFmt formatCode=[>=100]0;0.0 id=1', '"t"', "/numFmt"]);
  });

  test("text is normalised: CR LF and lone CR become LF", () => {
    expect(tokens("<t>a\r\nb\rc</t>")).toEqual(["t", '"a\\nb\\nc"', "/t"]);
  });

  test("match consumes a sticky expression at the current position, but not before a pending close", () => {
    const x = new XmlScanner('<row/><c r="A1"/>');
    expect(x.next()).toBe("open");
    expect(x.match(/<c r="(\w+)"\/>/y)).toBeNull(); // </row> comes first
    expect(x.next()).toBe("close");
    expect(x.match(/<d/y)).toBeNull();
    expect(x.match(/<c r="(\w+)"\/>/y)?.[1]).toBe("A1");
    expect(x.next()).toBe("end");
  });

  test.each([
    ["a DOCTYPE", '<!DOCTYPE x [<!ENTITY e "v">]><a/>'],
    ["CDATA", "<a><![CDATA[x]]></a>"],
    ["a bare & in an attribute nobody reads", '<a unread="x & y"/>'],
    ["an unknown entity in an attribute nobody reads", '<a unread="&nbsp;"/>'],
    ["a reference to a non-XML character in an attribute", '<a v="&#1;"/>'],
    ["an unquoted attribute", "<a v=1/>"],
    ["an attribute without a value", "<a v/>"],
    ["an unterminated tag", '<a v="1"'],
    ["an unterminated attribute", '<a v="1/>'],
    ["an unterminated comment", "<a><!-- x</a>"],
    ["an empty tag name", "< a/>"],
    ["another encoding", '<?xml version="1.0" encoding="GBK"?><a/>'],
  ])("refuses %s", (_, xml) => {
    expect(() => tokens(xml)).toThrow(NotUnderstood);
  });

  test.each([
    ["a bare &", "<t>a & b</t>"],
    ["an unknown entity", "<t>&constructor;</t>"],
  ])("refuses text with %s when the text is read", (_, xml) => {
    expect(() => tokens(xml)).toThrow(NotUnderstood);
  });
});
