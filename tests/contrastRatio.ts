// Test support (never imported by the app): the WCAG 2.1 contrast ratio of two colours as a computed
// style gives them (`rgb(…)` or `rgba(…)`, alpha ignored), for the browser tests and the end-to-end
// specs that judge what a user can tell apart.

/** The red, green and blue (0–255) of a computed `rgb(…)` / `rgba(…)` colour. */
function channels(colour: string): number[] {
  return (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}

function luminance(colour: string): number {
  const [red, green, blue] = channels(colour).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** The WCAG 2.1 contrast ratio of two computed colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
