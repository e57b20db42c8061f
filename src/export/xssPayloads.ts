// Test support (not used by the app): the hostile names from the Camunda Modeler XSS fixture
// (shared/fixtures/bpmn/camunda/modeler_xss.bpmn), read from the file, plus an entity-encoded one.
import fixture from '../../../shared/fixtures/bpmn/camunda/modeler_xss.bpmn?raw';

/** Every attribute value and text of the fixture that carries markup or quotes. */
export function xssPayloads(): string[] {
  const document = new DOMParser().parseFromString(fixture, 'application/xml');
  const values = [...document.getElementsByTagName('*')].flatMap((element) => [
    ...[...element.attributes].map((attribute) => attribute.value),
    ...[...element.childNodes].filter((node) => node.nodeType === node.TEXT_NODE).map((node) => node.textContent?.trim() ?? ''),
  ]);
  const hostile = values.filter((value) => /[<>"'\\]|\$\{/.test(value));
  return [...new Set([...hostile, '&#60;img src=x onerror=alert(1)&#62;'])];
}
