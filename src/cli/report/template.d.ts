/** HTML templates, bundled as text by the build. */
declare module '*.html' {
  const text: string;
  export default text;
}
