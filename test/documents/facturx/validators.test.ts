/**
 * The harness itself: it must pass CEN's own valid example and reject broken XML, or the Factur-X tests
 * that rely on it prove nothing.
 */
import { readFileSync } from "fs";
import { EXAMPLE_VALID, describeFailures, fatal, ruleFailures, schemaErrors } from "./validators";

const RULES_TIMEOUT = 180_000; // the first run compiles the XSLT (~14 s alone, more on a busy machine)

describe("EN 16931 validation harness", () => {
  const example = readFileSync(EXAMPLE_VALID, "utf8");

  it(
    "accepts CEN's valid example: schema and rules",
    () => {
      expect(schemaErrors(example)).toBeNull();
      const failures = ruleFailures(example);
      expect(describeFailures(fatal(failures))).toBe("");
    },
    RULES_TIMEOUT,
  );

  it(
    "rejects a negative item net price (BR-27) and a wrong amount due (BR-CO-16)",
    () => {
      const broken = example
        .replace("<ram:ChargeAmount>9.95</ram:ChargeAmount>", "<ram:ChargeAmount>-9.95</ram:ChargeAmount>")
        .replace(
          /<ram:DuePayableAmount>[^<]*<\/ram:DuePayableAmount>/,
          "<ram:DuePayableAmount>1.00</ram:DuePayableAmount>",
        );
      expect(broken).not.toBe(example);
      const ids = fatal(ruleFailures(broken)).map((f) => f.id);
      expect(ids).toEqual(expect.arrayContaining(["BR-27", "BR-CO-16"]));
    },
    RULES_TIMEOUT,
  );

  it("rejects an element out of the schema's order (the document ID after its type code)", () => {
    const broken = example
      .replace("<ram:ID>12115118</ram:ID>", "")
      .replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>380</ram:TypeCode><ram:ID>12115118</ram:ID>");
    expect(broken).not.toBe(example);
    expect(schemaErrors(broken)).toMatch(/TypeCode|ID/);
  });
});
