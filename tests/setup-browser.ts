// Set-up for the browser projects: the stylesheets bpmn-js needs to lay out its canvas, and a clean
// page for each test file. The projects run their files one after another in one page (`isolate:
// false` in vitest.config.ts), so each file starts here from what a page of its own would give it:
// nothing mounted or left in the body, the page scrolled to its top, real timers, and no stubs or
// spies left by the file before.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import { cleanup } from '@testing-library/react';
import { vi } from 'vitest';

cleanup();
document.body.replaceChildren();
window.scrollTo(0, 0);
vi.useRealTimers();
vi.unstubAllGlobals();
vi.restoreAllMocks();
