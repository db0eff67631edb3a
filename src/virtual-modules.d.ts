// Modules written at build time by the app's Vite plugins (scripts/).

declare module 'virtual:founding-xml' {
  /** The XML of the founding document, as the serializer writes it (scripts/founding-text.ts). */
  const text: string;
  export default text;
}
