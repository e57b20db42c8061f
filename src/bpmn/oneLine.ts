// A name or label as one line: runs of whitespace (line breaks of a wrapped label included) as one
// space, trimmed. What the steps, the import's messages and the modeller's menus and editor names
// show of a diagram's text.

export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
