// The accessibility statement page (#/barrierefreiheit): the statement BITV 2.0 requires of
// public bodies, and the button with which the deploying administration edits it (disabled in a
// tab that only reads). The edited statement is kept in the workspace meta and saved by the autosave.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppActions, useAppStore } from '../../state/AppStoreProvider';
import { Button } from '../../ui/Button';
import { useReadOnly } from '../../ui/readOnly';
import { AccessibilityStatementForm } from './AccessibilityStatementForm';
import { AccessibilityStatementView } from './AccessibilityStatementView';
import { emptyStatement, missingDetails, todayAsDay } from './statementForm';
import './legal.css';

export function AccessibilityStatementScreen() {
  const { t } = useTranslation('legal');
  const stored = useAppStore((state) => state.document.meta.accessibilityStatement);
  const { updateAccessibilityStatement } = useAppActions();
  const readOnly = useReadOnly();
  const statement = stored ?? emptyStatement;
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButtonRef.current?.focus();
    }
  }, [editing]);

  function close() {
    returnFocus.current = true;
    setEditing(false);
  }

  return (
    <article className="legal">
      <div className="screen-head">
        <h1>{t('title')}</h1>
      </div>
      <p role="status" className="legal__saved">
        {message}
      </p>
      {editing ? (
        <AccessibilityStatementForm
          initial={statement}
          today={todayAsDay()}
          onCancel={close}
          onSave={(next) => {
            updateAccessibilityStatement(next);
            setMessage(t('edit.saved'));
            close();
          }}
        />
      ) : (
        <>
          <div className="legal__toolbar">
            <Button
              ref={editButtonRef}
              disabled={readOnly}
              onClick={() => {
                setMessage('');
                setEditing(true);
              }}
            >
              {t('edit.open')}
            </Button>
          </div>
          {missingDetails(statement).length > 0 ? <p className="legal__notice">{t('placeholderNotice')}</p> : null}
          <AccessibilityStatementView statement={statement} />
        </>
      )}
    </article>
  );
}
