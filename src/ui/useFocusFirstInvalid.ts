// Moves the focus to a form's first invalid field (aria-invalid="true") after a failed save, once
// the fields are marked: call the returned function where the errors are set.
import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';

export function useFocusFirstInvalid(formRef: RefObject<HTMLElement | null>): () => void {
  /** counts up when the first invalid field should get the focus (after it is marked) */
  const [request, setRequest] = useState(0);

  useEffect(() => {
    if (request > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request, formRef]);

  return useCallback(() => setRequest((count) => count + 1), []);
}
