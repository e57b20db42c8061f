// A modal dialog on the native <dialog> element: opens with showModal (the page behind becomes
// inert), keeps Tab inside, closes on Escape, and gives focus back to what had it before. A form
// dialog whose submit leaves a field marked invalid moves the focus to the first such field. What
// the caller names as its description is read with its title when the focus enters it. It opens
// with the focus on its first field, unless reaching that field would scroll the dialog's title
// and explanation away (a small window, 200 % zoom): then its title takes the focus, the dialog
// stays at its beginning, and Tab leads on to the first field (the WAI-ARIA dialog pattern).
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { useFocusFirstInvalid } from './useFocusFirstInvalid';
import { mainRegion } from './mainRegion';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** buttons at the bottom of the dialog */
  actions?: ReactNode;
  /** wraps the body in a form (checked by the app's own messages, not the browser's); the submit handler gets the event already prevented */
  onSubmit?: () => void;
  className?: string;
  /** ids of the elements that describe the dialog (aria-describedby): short, read with its title */
  describedBy?: string;
}

const focusableSelector =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function focusableIn(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(focusableSelector)).filter((element) => !element.hidden);
}

export function Dialog({ open, title, onClose, children, actions, onSubmit, className, describedBy }: DialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const onCloseRef = useRef(onClose);
  const focusFirstInvalid = useFocusFirstInvalid(dialogRef);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog) return;
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else {
      // environments without showModal (jsdom): an open dialog with the focus kept inside by hand
      dialog.setAttribute('open', '');
    }
    const autofocus = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? focusableIn(dialog)[0];
    // showModal may already have scrolled to what it focused
    dialog.scrollTop = 0;
    autofocus?.focus();
    if (dialog.scrollTop > 0) {
      dialog.scrollTop = 0;
      titleRef.current?.focus({ preventScroll: true });
    }
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      // the opener may be gone (a deleted item): then the main region takes the focus, not <body>
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
      else mainRegion()?.focus();
    };
  }, [open]);

  if (!open) return null;

  const handleKeyDown = (event: React.KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = focusableIn(dialogRef.current);
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const atStart = document.activeElement === first || document.activeElement === titleRef.current;
    if (event.shiftKey && atStart) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const body = (
    <>
      <h2 id={titleId} ref={titleRef} className="dialog__title" tabIndex={-1}>
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      {actions ? <div className="dialog__actions">{actions}</div> : null}
    </>
  );

  return (
    <dialog
      ref={dialogRef}
      className={className ? `dialog ${className}` : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={handleKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      {onSubmit ? (
        <form
          className="dialog__form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
            focusFirstInvalid();
          }}
        >
          {body}
        </form>
      ) : (
        body
      )}
    </dialog>
  );
}
