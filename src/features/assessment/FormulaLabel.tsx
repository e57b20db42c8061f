// A label that ends in the formula symbol the method's description uses, as the quantities' labels
// do ("Fallzahl (V)", "Nacharbeit (t_r)"): the symbol is set as in a formula, its letters in <var>,
// what follows the underscore as a subscript. A symbol with a subscript is kept out of the
// accessible name, as it would be read "t Unterstrich r" or "tr"; a single letter is read as it is.
import type { ReactNode } from 'react';

interface FormulaSymbol {
  base: string;
  subscript?: string;
}

const labelWithSymbol = /^(.*\S)\s+\(([A-Za-z]+)(?:_([A-Za-z]+))?\)$/;

/** The label's name and the formula symbol it ends in, if it ends in one. */
export function splitFormulaSymbol(label: string): { name: string; symbol?: FormulaSymbol } {
  const match = labelWithSymbol.exec(label);
  if (!match) return { name: label };
  const [, name, base, subscript] = match;
  return { name, symbol: { base, subscript } };
}

/** The label as a screen reader hears it from FormulaLabel: without a symbol that has a subscript. */
export function spokenLabel(label: string): string {
  const { name, symbol } = splitFormulaSymbol(label);
  return symbol?.subscript ? name : label;
}

export function FormulaLabel({ text }: { text: string }): ReactNode {
  const { name, symbol } = splitFormulaSymbol(text);
  if (!symbol) return text;
  const formula = (
    <>
      (<var>{symbol.base}</var>
      {symbol.subscript ? <sub>{symbol.subscript}</sub> : null})
    </>
  );
  return (
    <>
      {name} {symbol.subscript ? <span aria-hidden="true">{formula}</span> : formula}
    </>
  );
}
