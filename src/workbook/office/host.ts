/**
 * What the Office.js code needs from its host: `Excel.run` and the requirement-set check. The task pane
 * passes the real ones (officeHost); tests pass an in-memory fake with the same load/sync semantics.
 */

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether the host implements that ExcelApi requirement set, e.g. ("ExcelApi", "1.9"). */
  isSetSupported(set: string, version: string): boolean;
}

/** The running Office host (Office.js loaded and ready). */
export function officeHost(): ExcelHost {
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Excel.run(batch),
    isSetSupported: (set, version) => {
      try {
        return Office.context.requirements.isSetSupported(set, version);
      } catch {
        return false;
      }
    },
  };
}

/** Excel on the web refuses requests and responses over 5 MB (RichApi.Error …PayloadSizeLimitExceeded). */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * What one request may carry, by our estimate (JSON of the data plus a fixed cost per operation): 4 MB, so
 * that the real request, whose envelope we do not count exactly, stays under the 5 MB limit.
 */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

/**
 * Bytes that Office.js sends per operation, by a generous estimate: an object-path record
 * ({"Id":122,"ObjectPathType":3,"Name":"GetRange","ParentObjectPathId":121,…}) and an action record
 * ({"Id":123,"ActionType":4,"Name":"Values","ObjectPathId":122,…}).
 */
export const OP_OVERHEAD = 200;

/** Estimated UTF-8 size of a value sent as JSON. */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value) ?? "null";
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) n += c > 0x7ff ? 2 : 1;
  }
  return n;
}

/** True for the errors Excel on the web gives when a request or response is too large. */
export function isPayloadTooLarge(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  const text = `${e?.code ?? ""} ${e?.message ?? ""}`;
  return /PayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded/i.test(text);
}
