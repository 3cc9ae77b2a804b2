/**
 * The PDF fonts in the browser: the two DejaVu TTF files of the dejavu-fonts-ttf package, copied into the build
 * by webpack (asset/resource) and read from the add-in's own origin when the person first asks for the PDFs —
 * like the script chunks, never from a third party. Loaded once per page.
 */
import bold from "dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf";
import regular from "dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf";

async function bytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`police ${url} introuvable (${response.status})`);
  return response.arrayBuffer();
}

export async function bundledFontFiles(): Promise<{ regular: ArrayBuffer; bold: ArrayBuffer }> {
  const [r, b] = await Promise.all([bytes(regular), bytes(bold)]);
  return { regular: r, bold: b };
}
