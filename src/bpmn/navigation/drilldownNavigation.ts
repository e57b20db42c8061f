// Opening a collapsed sub-process and going back by keyboard: bpmn-js's drill-down button ("… öffnen"
// on the sub-process) and its breadcrumb links ("Root") switch the plane shown, and the button or
// link that had the focus vanishes with the old plane, so the focus fell to the page's body and
// nothing was said. When the user switched the plane with one of them and it had the focus, the
// canvas takes the focus; either way the canvas's status line tells what happened ("Teilprozess
// „…“ geöffnet.", "Zurück in „Root“."). Other plane switches (the import, the app opening the plane
// of a step chosen elsewhere, the element search) move no focus and say nothing. Both controls
// show the app's focus ring, and the links are dark enough to read (drilldownNavigation.css).
import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { Element as DiagramElement } from 'diagram-js/lib/model/Types';
import { describeElement } from '../describeElement';
import type { Translate } from '../translate/translateModule';
import './drilldownNavigation.css';

/** bpmn-js's drill-down button on a collapsed sub-process, and a breadcrumb link to a plane above */
const DRILL_DOWN = 'button.bjs-drilldown';
const CRUMB = 'a.bjs-crumb';

/** the status line of the focused diagram (canvasAria.ts) */
interface CanvasStatus {
  say(message: string): void;
}

/** a plane switch the user asked for with a click (or Enter) on a drill-down button or a crumb */
interface Requested {
  /** what the crumb shows, the plane gone back to; none for the drill-down */
  crumb?: string;
  /** the control had the focus: the canvas takes it over */
  focused: boolean;
}

class DrilldownNavigation {
  static $inject = ['canvas', 'eventBus', 'canvasAria', 'translate'];

  private requested: Requested | undefined;

  constructor(
    private readonly canvas: Canvas,
    eventBus: EventBus,
    private readonly status: CanvasStatus,
    private readonly translate: Translate,
  ) {
    const container = canvas.getContainer();
    // captured before bpmn-js's own click handler on the control switches the plane (in the same task)
    const onClick = (event: MouseEvent) => {
      const control = event.target instanceof Element ? event.target.closest<HTMLElement>(`${DRILL_DOWN}, ${CRUMB}`) : null;
      if (!control) return;
      const focused = control.contains(document.activeElement);
      this.requested = control.matches(CRUMB) ? { crumb: control.textContent ?? '', focused } : { focused };
      setTimeout(() => {
        this.requested = undefined;
      });
    };
    container.addEventListener('click', onClick, true);
    eventBus.on('root.set', (event: { element: DiagramElement }) => this.switched(event.element));
    eventBus.on('diagram.destroy', () => container.removeEventListener('click', onClick, true));
  }

  private switched(root: DiagramElement): void {
    const requested = this.requested;
    this.requested = undefined;
    if (!requested) return;
    if (requested.focused) this.canvas.focus();
    this.status.say(
      requested.crumb === undefined
        ? this.translate('{element} opened.', { element: describeElement(root, this.translate) })
        : this.translate('Back to “{name}”.', { name: requested.crumb }),
    );
  }
}

export const drilldownNavigationModule = {
  __init__: ['drilldownNavigation'],
  drilldownNavigation: ['type', DrilldownNavigation],
};
