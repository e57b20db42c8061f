// The report stylesheet's rules for markup that is read in another order or with other words than
// the page shows: a figure card's label (dt) is read first and its value (dd) shown large above it;
// a header showing an abbreviation ("DS") holds its full name as text kept off the page
// (.visually-hidden, named as the app's class), placed in the table's scroll region, so that a
// name at the end of a wide table scrolls with it instead of widening the page. reportDocument
// joins these rules to printCss.
export const readingCss = `
.figure { display: flex; flex-direction: column; }
.figure dd { order: -1; margin: 0; }
.table-scroll { position: relative; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
`;
