// The note under the catalogue's version that names the processes last scored with an earlier
// version: each with its department, as a link that opens it, and the version that last scored it,
// oldest first. A process counts as scored with the current version once an answer is given in it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentTitle } from '../../domain/recordNames';
import { useAppStore } from '../../state/AppStoreProvider';

export interface ScoredEarlierNoticeProps {
  /** the link that opens a process; names without links without it */
  processHref?: (id: string) => string;
}

export function ScoredEarlierNotice({ processHref }: ScoredEarlierNoticeProps) {
  const { t, i18n } = useTranslation('settings');
  const version = useAppStore((state) => state.document.catalogue.version);
  const processes = useAppStore((state) => state.document.processes);
  const departments = useAppStore((state) => state.document.departments);
  const scoredEarlier = useMemo(
    () =>
      processes
        .flatMap((process) => (process.catalogueVersion !== undefined && process.catalogueVersion < version ? [{ process, scoredWith: process.catalogueVersion }] : []))
        .sort((a, b) => a.scoredWith - b.scoredWith || a.process.name.localeCompare(b.process.name, i18n.language)),
    [processes, version, i18n.language],
  );
  if (scoredEarlier.length === 0) return null;

  return (
    <div className="catalogue-scored-earlier">
      <p>{t('catalogue.olderProcesses', { count: scoredEarlier.length, version })}</p>
      <ul>
        {scoredEarlier.map(({ process, scoredWith }) => {
          const department = departments.find((candidate) => candidate.id === process.departmentId);
          return (
            <li key={process.id}>
              {processHref ? <a href={processHref(process.id)}>{process.name}</a> : process.name}
              {department ? ` (${departmentTitle(department)})` : null}: {t('catalogue.scoredWithVersion', { version: scoredWith })}
            </li>
          );
        })}
      </ul>
      <p className="catalogue-scored-earlier__hint">{t('catalogue.scoredEarlierHint')}</p>
    </div>
  );
}
