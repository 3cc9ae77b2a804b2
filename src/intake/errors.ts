/** Thrown when a file or the workbook cannot be used for an import (empty file, no header, incomplete mapping, missing sheet). One-line reason. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportError";
  }
}
