import { fileURLToPath } from 'node:url';

/** Where the shipped OPML presets live: `src/feeds/presets/<name>.opml`. */
export const PRESETS_DIR = fileURLToPath(new URL('./presets/', import.meta.url));

/** The file of a shipped preset (`world` → src/feeds/presets/world.opml). */
export function presetPath(name: string): string {
  return `${PRESETS_DIR}${name}.opml`;
}
