import { DEFAULT_THEME, defaultVariantColorsResolver } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrast, overWhite } from '../lib/contrast';
import { READABLE, theme } from './theme';

const WHITE = '#ffffff';
const resolve = (color: string, variant: string) =>
  theme.variantColorResolver!({
    color,
    variant,
    theme: { ...DEFAULT_THEME, ...theme } as typeof DEFAULT_THEME,
  });

describe('contrast', () => {
  it('follows the WCAG formula', () => {
    expect(contrast('#000000', WHITE)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
    // Mantine's gray.6 ("dimmed") and teal.8: the figures axe reported.
    expect(contrast('#868e96', WHITE)).toBeCloseTo(3.32, 2);
    expect(contrast('#099268', WHITE)).toBeCloseTo(3.95, 2);
  });
});

describe('the theme', () => {
  it.each(Object.keys(DEFAULT_THEME.colors))('gives %s an ink and a fill readable at AA', (name) => {
    const { ink, fill } = READABLE[name]!;
    const tint = overWhite(DEFAULT_THEME.colors[name]![6], 0.12);
    expect(contrast(ink, WHITE)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(ink, tint)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(fill, WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws a light badge in a readable shade even when the page asks for an unreadable one', () => {
    // Mantine would draw "teal.9" on a light badge in teal.6 (2.55 : 1) and "yellow.9" at 3 : 1.
    expect(
      defaultVariantColorsResolver({ color: 'teal.9', variant: 'light', theme: DEFAULT_THEME }).color,
    ).toBe('var(--mantine-color-teal-6)');
    for (const color of ['teal.9', 'yellow.9', 'green', 'orange.6', 'gray']) {
      const { color: text } = resolve(color, 'light');
      expect(contrast(text!, WHITE), color).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps a readable shade a page asked for, and puts white text only on fills it reads on', () => {
    expect(resolve('red.9', 'light').color).toBe(DEFAULT_THEME.colors.red[9]);
    for (const color of ['teal', 'teal.8', 'yellow', 'lime.5', 'orange.9', 'blue']) {
      const { background, color: text } = resolve(color, 'filled');
      expect(text).toBe(WHITE);
      expect(contrast(background!, WHITE), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
