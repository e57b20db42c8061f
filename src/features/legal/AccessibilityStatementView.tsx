// The accessibility statement as readers see it, in the structure BITV 2.0 asks for: scope,
// compliance status, non-accessible content, preparation, feedback and contact, enforcement.
// Details the administration has not given yet show as "[bitte anpassen: …]" placeholders.
import { useTranslation } from 'react-i18next';
import type { AccessibilityStatement } from '../../domain/recordSchemas';
import { uiLanguage } from '../../i18n/uiLocale';
import { formatDay } from '../settings/formatDateTime';
import { missingDetails, type StatementTextField } from './statementForm';

const knownLimits = ['canvas', 'diagram', 'heatmap', 'exports', 'imports'] as const;

export function AccessibilityStatementView({ statement }: { statement: AccessibilityStatement }) {
  const { t, i18n } = useTranslation('legal');
  const language = uiLanguage(i18n.language);
  const placeholderText = (field: StatementTextField) => t('placeholder', { what: t(`what.${field}`) });
  const placeholder = (field: StatementTextField) => <mark className="legal__placeholder">{placeholderText(field)}</mark>;
  const missing = new Set(missingDetails(statement));
  const organisation = statement.organisation || placeholderText('organisation');
  const showNonAccessible = statement.status !== 'full' || statement.nonAccessibleContent !== '';

  return (
    <>
      <section aria-labelledby="legal-scope" className="legal__section">
        <h2 id="legal-scope">{t('scope.title')}</h2>
        <p>{t('scope.text', { organisation })}</p>
      </section>

      <section aria-labelledby="legal-status" className="legal__section">
        <h2 id="legal-status">{t('status.title')}</h2>
        <p className="legal__status">{t(`status.${statement.status}`)}</p>
        <p>{t('status.known')}</p>
      </section>

      {showNonAccessible ? (
        <section aria-labelledby="legal-non-accessible" className="legal__section">
          <h2 id="legal-non-accessible">{t('nonAccessible.title')}</h2>
          {statement.nonAccessibleContent ? (
            <p className="legal__text">{statement.nonAccessibleContent}</p>
          ) : (
            <>
              <p>{t('nonAccessible.intro')}</p>
              <ul>
                {knownLimits.map((limit) => (
                  <li key={limit}>{t(`nonAccessible.items.${limit}`)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="legal-preparation" className="legal__section">
        <h2 id="legal-preparation">{t('preparation.title')}</h2>
        <p>
          {statement.preparedOn ? t('preparation.preparedOn', { date: formatDay(statement.preparedOn, language) }) : placeholder('preparedOn')}
          {statement.reviewedOn ? ` ${t('preparation.reviewedOn', { date: formatDay(statement.reviewedOn, language) })}` : null}
        </p>
        <p className="legal__text">{statement.preparationMethod || t('preparation.method')}</p>
      </section>

      <section aria-labelledby="legal-feedback" className="legal__section">
        <h2 id="legal-feedback">{t('feedback.title')}</h2>
        <p>{t('feedback.text')}</p>
        <p className="legal__text">{organisation}</p>
        <dl className="legal__contact">
          {statement.contactEmail || missing.has('contactEmail') ? (
            <div>
              <dt>{t('feedback.email')}</dt>
              <dd>{statement.contactEmail ? <a href={`mailto:${statement.contactEmail}`}>{statement.contactEmail}</a> : placeholder('contactEmail')}</dd>
            </div>
          ) : null}
          {statement.contactPhone || missing.has('contactPhone') ? (
            <div>
              <dt>{t('feedback.phone')}</dt>
              <dd>
                {statement.contactPhone ? <a href={`tel:${statement.contactPhone.replace(/[^\d+]/g, '')}`}>{statement.contactPhone}</a> : placeholder('contactPhone')}
              </dd>
            </div>
          ) : null}
          {statement.contactAddress || missing.has('contactAddress') ? (
            <div>
              <dt>{t('feedback.address')}</dt>
              <dd className="legal__text">{statement.contactAddress || placeholder('contactAddress')}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="legal-enforcement" className="legal__section">
        <h2 id="legal-enforcement">{t('enforcement.title')}</h2>
        <p>{t('enforcement.text')}</p>
        {statement.enforcementBody ? (
          <p className="legal__text">{statement.enforcementBody}</p>
        ) : (
          <>
            <p>{t('enforcement.default')}</p>
            <p>{placeholder('enforcementBody')}</p>
          </>
        )}
      </section>
    </>
  );
}
