// Markdown files imported by the web suite arrive as their text (esbuild's `text` loader).
declare module '*.md' {
  const text: string;
  export default text;
}
