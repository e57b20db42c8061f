// Test support for the browser tests of pictures (not used by the app): how many pixels of an image
// have a colour, read from the image drawn on a canvas.

/** How many pixels of the image (PNG, or any format the browser decodes) `matches` takes, by their red, green and blue. */
export async function countPixels(image: Blob, matches: (red: number, green: number, blue: number) => boolean): Promise<number> {
  const bitmap = await createImageBitmap(image);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const drawing = canvas.getContext('2d');
  if (!drawing) throw new Error('no 2D context');
  drawing.drawImage(bitmap, 0, 0);
  const { data } = drawing.getImageData(0, 0, bitmap.width, bitmap.height);
  let count = 0;
  for (let index = 0; index < data.length; index += 4) if (matches(data[index], data[index + 1], data[index + 2])) count += 1;
  return count;
}
