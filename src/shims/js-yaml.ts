// Browser stand-in for js-yaml, which xmlbuilder2 imports only for its YAML reader. CAF Studio never reads
// YAML, so the 41 kB library is left out of the bundle (vite.config.ts aliases it here).
export function load(): never {
  throw new Error('YAML input is not supported');
}
export default { load };
