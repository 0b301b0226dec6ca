/** Vite's `?raw` imports: the file's text (tests check guides against the code). */
declare module "*.md?raw" {
  const text: string;
  export default text;
}
