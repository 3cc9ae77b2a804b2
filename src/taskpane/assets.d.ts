/** Font files bundled by webpack as assets of the build (asset/resource): the import is the file's URL. */
declare module "*.ttf" {
  const url: string;
  export default url;
}
