// The first-start sample: the department "Amt 32 – Ordnungsamt" with the process
// "Gewerbeanmeldung" modelled for this app, so a new user sees a working example at once.
import { createDepartment, createProcess } from '../domain/assessment';
import { sampleDiagramXml } from '../bpmn/sample/sampleDiagram';
import { i18n } from '../i18n/i18n';
import type { WorkspaceSeed } from '../state/documentSlice';

export function createSampleWorkspace(): WorkspaceSeed {
  const t = i18n.getFixedT(null, 'workspace');
  const department = createDepartment({ code: t('sample.departmentCode'), name: t('sample.departmentName') });
  const process = createProcess({
    departmentId: department.id,
    name: t('sample.processName'),
    diagramXml: sampleDiagramXml,
    lotse: t('sample.lotse'),
    description: t('sample.description'),
    status: 'draft',
  });
  return { departments: [department], processes: [process] };
}
