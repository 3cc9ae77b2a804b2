/**
 * A minimal OLE2 compound file (what Excel 97-2003 .xls files and password-protected .xlsx files are), built
 * by hand for the input-detection tests: the 512-byte header, one FAT sector and one directory sector naming
 * the given streams (empty). Structure per [MS-CFB] 2.2 (header), 2.3 (FAT), 2.6 (directory entries).
 */
const SECTOR = 512;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;

export function compoundFile(streams: readonly string[]): Uint8Array {
  if (streams.length > 3) throw new Error("one directory sector holds the root and 3 streams");
  const bytes = new Uint8Array(SECTOR * 3);
  const view = new DataView(bytes.buffer);
  // Header.
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (bytes[i] = b));
  view.setUint16(24, 0x003e, true); // minor version
  view.setUint16(26, 0x0003, true); // major version 3 (512-byte sectors)
  view.setUint16(28, 0xfffe, true); // byte order
  view.setUint16(30, 9, true); // sector shift: 512
  view.setUint16(32, 6, true); // mini sector shift: 64
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, ENDOFCHAIN, true); // first mini FAT sector
  view.setUint32(68, ENDOFCHAIN, true); // first DIFAT sector
  view.setUint32(76, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(76 + 4 * i, FREESECT, true);
  // Sector 0 (file offset 512): the FAT.
  const fat = SECTOR;
  view.setUint32(fat, FATSECT, true);
  view.setUint32(fat + 4, ENDOFCHAIN, true);
  for (let i = 2; i < SECTOR / 4; i++) view.setUint32(fat + 4 * i, FREESECT, true);
  // Sector 1 (file offset 1024): the directory, root entry then the streams (siblings chained right).
  const names = ["Root Entry", ...streams];
  names.forEach((name, i) => {
    const at = 2 * SECTOR + 128 * i;
    for (let k = 0; k < name.length; k++) view.setUint16(at + 2 * k, name.charCodeAt(k), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2; // root storage / stream
    bytes[at + 67] = 1; // black
    view.setUint32(at + 68, FREESECT, true); // left sibling
    view.setUint32(at + 72, i > 0 && i + 1 < names.length ? i + 1 : FREESECT, true); // right sibling
    view.setUint32(at + 76, i === 0 && names.length > 1 ? 1 : FREESECT, true); // child
    view.setUint32(at + 116, i === 0 ? ENDOFCHAIN : 0, true); // start sector (empty streams)
  });
  for (let i = names.length; i < 4; i++) {
    const at = 2 * SECTOR + 128 * i;
    view.setUint32(at + 68, FREESECT, true);
    view.setUint32(at + 72, FREESECT, true);
    view.setUint32(at + 76, FREESECT, true);
  }
  return bytes;
}
