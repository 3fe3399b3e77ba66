/**
 * WCAG 2 contrast arithmetic on hex colours (#rrggbb), for the theme to choose readable shades.
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio
 */

type Rgb = [number, number, number];

function parse(hex: string): Rgb {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour, mixed towards black by `amount` (0–1). */
export function darker(hex: string, amount: number): string {
  return toHex(parse(hex).map((v) => v * (1 - amount)) as Rgb);
}

/** The colour `hex` at `alpha` over white, as one opaque colour (a tint's real background). */
export function overWhite(hex: string, alpha: number): string {
  return toHex(parse(hex).map((v) => 255 - (255 - v) * alpha) as Rgb);
}

/** The colour, darkened in small steps until `ok` holds (black at the latest). */
export function darkenUntil(hex: string, ok: (colour: string) => boolean): string {
  for (let amount = 0; amount < 1; amount += 0.02) {
    const colour = darker(hex, amount);
    if (ok(colour)) return colour;
  }
  return '#000000';
}
