/** fontkit ships no types; pdfkit accepts the object `create` returns as a font (it has `layout`). */
declare module "fontkit" {
  export function create(data: Uint8Array): { layout(text: string): unknown };
}
