/** jsdom lacks TextDecoder/TextEncoder, which the .xlsx port and the CSV reader create at load time. */
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as unknown as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
