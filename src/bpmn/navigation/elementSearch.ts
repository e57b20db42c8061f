// What the element search (Ctrl/Cmd+F, diagram-js's search pad) finds and shows, in place of
// bpmn-js's own provider, which showed each result's technical id and found an element without a
// name only by that id. Each result now shows the element's name, or "Lane ohne Namen" and the like,
// on its first line, and on its second what it is and where: its type and its lane, pool or
// sub-process ("Benutzeraufgabe in Lane „Bürgerbüro“"), a lane's place among its pool's lanes
// ("Lane 2 von 3 in Pool „Stadtverwaltung“"), a connection's two ends ("Sequenzfluss von Gateway
// „Vollständig?“ nach Aufgabe „Gebühr erheben“"). All three are searched, the id too (shown only
// when nothing else matched), so the three unnamed lanes of a pool and a gateway's outcomes are
// told apart, and "ohne Namen" finds what still needs a name. Unnamed lanes are listed top to bottom.
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type { Element } from 'diagram-js/lib/model/Types';
import type { SearchResult, Token } from 'diagram-js/lib/features/search/search';
import { isConnection, isLabel } from 'diagram-js/lib/util/ModelUtil';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { describeElement, typeName } from '../describeElement';
import { innermostLanes, laneHolding, poolOf } from '../modelling/lanePlacement';
import { oneLine } from '../oneLine';
import { isShape } from '../shapes';
import type { Translate } from '../translate/translateModule';
import './elementSearch.css';

/** an item as diagram-js's search matches it: the texts under the keys searched */
interface SearchItem extends Record<string, string> {
  label: string;
  description: string;
  id: string;
}

type Search = (items: SearchItem[], pattern: string, options: { keys: string[] }) => SearchResult<SearchItem>[];

/** a result as diagram-js's search pad draws it */
interface SearchPadResult {
  element: Element;
  primaryTokens: Token[];
  secondaryTokens: Token[];
}

/** diagram-js's search pad (its type sits under a path the lint rules reserve for src/features) */
interface SearchPad {
  registerProvider(provider: { find(pattern: string): SearchPadResult[] }): void;
}

interface NamedBusinessObject {
  name?: string;
  text?: string;
}

/** searched in this order: a match in the name counts most */
const KEYS = ['label', 'description', 'id'];

function matched(tokens: Token[] | undefined): boolean {
  return (tokens ?? []).some((token) => (Array.isArray(token) ? token.some((part) => part.match) : token.match));
}

class ElementSearch {
  static $inject = ['canvas', 'elementRegistry', 'search', 'searchPad', 'translate'];

  constructor(
    private readonly canvas: Canvas,
    private readonly elementRegistry: ElementRegistry,
    private readonly search: Search,
    searchPad: SearchPad,
    private readonly translate: Translate,
  ) {
    searchPad.registerProvider({ find: (pattern) => this.find(pattern) });
  }

  find(pattern: string): SearchPadResult[] {
    const roots = new Set(this.canvas.getRootElements() as Element[]);
    const elements = (this.elementRegistry.getAll() as Element[]).filter((element) => !isLabel(element) && !roots.has(element));
    const byId = new Map(elements.map((element) => [element.id, element]));
    return this.search(
      elements.map((element) => this.itemOf(element)),
      pattern,
      { keys: KEYS },
    ).map(({ item, tokens }) => ({
      element: byId.get(item.id) as Element,
      primaryTokens: tokens.label ?? [],
      secondaryTokens: matched(tokens.id) && !matched(tokens.label) && !matched(tokens.description) ? tokens.id : (tokens.description ?? []),
    }));
  }

  private itemOf(element: Element): SearchItem {
    const business = element.businessObject as NamedBusinessObject | undefined;
    const name = oneLine(business?.name ?? business?.text);
    const label = name || this.translate('{type} without a name', { type: typeName(element, this.translate) });
    return { label, description: this.whereIs(element), id: element.id };
  }

  /** what the element is and where: a connection by its ends, a lane by its place among its pool's lanes, anything else by what holds it */
  private whereIs(element: Element): string {
    if (isConnection(element)) return describeElement(element, this.translate);
    const type = typeName(element, this.translate);
    if (is(element, 'bpmn:Lane') && element.parent) {
      const pool = poolOf(element) ?? element.parent;
      const siblings = innermostLanes(pool).sort((a, b) => a.y - b.y || a.x - b.x);
      const position = siblings.indexOf(element as (typeof siblings)[number]) + 1;
      const container = describeElement(pool, this.translate);
      return position > 0 && siblings.length > 1 ? this.translate('{type} {position} of {count} in {container}', { type, position: String(position), count: String(siblings.length), container }) : this.translate('{type} in {container}', { type, container });
    }
    const holder = this.holderOf(element);
    return holder ? this.translate('{type} in {container}', { type, container: describeElement(holder, this.translate) }) : type;
  }

  /** the innermost lane that holds the element's middle when its parent is a pool with lanes; else its parent, unless that is the diagram itself */
  private holderOf(element: Element): Element | undefined {
    const parent = element.parent;
    if (!parent || (this.canvas.getRootElements() as Element[]).includes(parent)) return undefined;
    return (is(parent, 'bpmn:Participant') && isShape(element) ? laneHolding(parent, element) : undefined) ?? parent;
  }
}

export const elementSearchModule = {
  __init__: ['elementSearch'],
  elementSearch: ['type', ElementSearch],
};
