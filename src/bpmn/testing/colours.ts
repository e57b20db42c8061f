// Test support for the heatmap tests (never imported by the app): a palette colour (#rrggbb) as
// its red, green and blue channels (0-255), and as the rgb() text a computed style gives.
export function hexChannels(hex: string): [number, number, number] {
  const channel = (offset: number) => parseInt(hex.slice(offset, offset + 2), 16);
  return [channel(1), channel(3), channel(5)];
}

export function cssRgb(hex: string): string {
  return `rgb(${hexChannels(hex).join(', ')})`;
}
