import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  defaultVariantColorsResolver,
  Loader,
  type MantineColorsTuple,
  parseThemeColor,
  rgba,
  TableScrollContainer,
  type VariantColorsResolver,
} from '@mantine/core';
import { contrast, darkenUntil, darker, overWhite } from '../lib/contrast';

/**
 * Colours that every text meets WCAG AA on (4.5:1, decision 0025). Mantine's palettes are kept
 * (charts, borders, tints); what changes is which shade text and filled controls use: the
 * "ink" of a colour is its darkest shade, darkened until it reads on the colour's own tint, and
 * its "fill" the first shade white text reads on. Pages ask for a colour ("red", "teal.9");
 * the theme decides the shade, so no page can pick an unreadable one.
 */
const AA = 4.5;
/** A little above AA, so a hovered row or a striped table does not drop below it. */
const TARGET = 4.8;
const WHITE = '#ffffff';
/** Grey text for secondary facts ("dimmed"): 6:1 on white, still lighter than body text. */
const DIMMED = '#5c636a';

interface Readable {
  /** Text on white and on the colour's light tint. */
  ink: string;
  /** Background under white text. */
  fill: string;
  /** The light tint behind badges and alerts. */
  tint: string;
}

function readable(palette: MantineColorsTuple): Readable {
  const tint = rgba(palette[6], 0.1);
  const hoveredTint = overWhite(palette[6], 0.12);
  const fill = palette.slice(6).find((shade) => contrast(shade, WHITE) >= TARGET);
  return {
    ink: darkenUntil(palette[9], (c) => contrast(c, hoveredTint) >= TARGET),
    fill: fill ?? darkenUntil(palette[9], (c) => contrast(c, WHITE) >= TARGET),
    tint,
  };
}

export const READABLE: Record<string, Readable> = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [name, readable(palette)]),
);

/** A shade the page asked for, if it is readable where it goes; else the colour's readable one. */
function shadeOr(color: string, shade: number | undefined, fallback: string, on: string): string {
  const asked = shade === undefined ? undefined : DEFAULT_THEME.colors[color]?.[shade];
  return asked && contrast(asked, on) >= AA ? asked : fallback;
}

const variantColorResolver: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color, theme: input.theme });
  const colors = READABLE[parsed.color];
  if (!parsed.isThemeColor || !colors) return defaults;
  const hoveredTint = overWhite(DEFAULT_THEME.colors[parsed.color]![6], 0.12);
  switch (input.variant) {
    case 'filled': {
      const fill = shadeOr(parsed.color, parsed.shade, colors.fill, WHITE);
      return { ...defaults, background: fill, hover: darker(fill, 0.12), color: WHITE };
    }
    case 'light':
      return {
        ...defaults,
        background: colors.tint,
        color: shadeOr(parsed.color, parsed.shade, colors.ink, hoveredTint),
      };
    case 'outline': {
      const ink = shadeOr(parsed.color, parsed.shade, colors.ink, WHITE);
      return { ...defaults, color: ink, border: `1px solid ${ink}` };
    }
    case 'subtle':
    case 'transparent':
    case 'white':
      return { ...defaults, color: shadeOr(parsed.color, parsed.shade, colors.ink, hoveredTint) };
    default:
      return defaults;
  }
};

/** The same readable shades for what Mantine colours through CSS variables (Text c="red", links, pager). */
const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': DIMMED,
    // Mantine shows a file input's "choose a file" as text, in the placeholder colour.
    '--mantine-color-placeholder': DIMMED,
    '--mantine-color-anchor': READABLE.teal!.ink,
    ...Object.fromEntries(
      Object.entries(READABLE).flatMap(([name, { ink, fill, tint }]) => [
        [`--mantine-color-${name}-text`, ink],
        [`--mantine-color-${name}-filled`, fill],
        [`--mantine-color-${name}-filled-hover`, darker(fill, 0.12)],
        [`--mantine-color-${name}-light`, tint],
        [`--mantine-color-${name}-light-color`, ink],
        [`--mantine-color-${name}-outline`, ink],
      ]),
    ),
  },
  dark: {},
});

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  defaultRadius: 'md',
  variantColorResolver,
  components: {
    // A spinner with a name is a status message (a bare span may not carry aria-label).
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
    // A table wider than the screen scrolls: keyboard users must be able to reach and scroll it.
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { tabIndex: 0 } }),
  },
});

export { cssVariablesResolver };
