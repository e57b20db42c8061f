// Reads the steps of processes that are not open in the editor, for the portfolio report: each
// diagram is drawn once in a hidden canvas, so its steps come out exactly as the editor reads them
// (same order, lanes, names and shown diagram). One diagram at a time; the canvas goes away after.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { BpmnCanvas } from '../../bpmn/BpmnCanvas';
import type { Step } from '../../domain/assessment';

interface Request {
  id: number;
  xml: string;
  diagramId?: string;
  resolve: (steps: Step[]) => void;
  reject: (error: Error) => void;
}

export interface StepReader {
  /** the hidden canvas; render it while reading */
  element: ReactNode;
  /** the steps of a diagram; rejects with the canvas's message when it cannot be drawn */
  read(xml: string, diagramId?: string): Promise<Step[]>;
}

const hiddenStyle: CSSProperties = { position: 'fixed', left: -20_000, top: 0, width: 1200, height: 800, visibility: 'hidden' };

export function useStepReader(language: 'de' | 'en'): StepReader {
  const [request, setRequest] = useState<Request | null>(null);
  const nextId = useRef(0);
  const pending = useRef<Request | null>(null);

  // a reader that goes away mid-read leaves no promise hanging
  useEffect(
    () => () => {
      pending.current?.reject(new Error('cancelled'));
      pending.current = null;
    },
    [],
  );

  const read = useCallback(
    (xml: string, diagramId?: string) =>
      new Promise<Step[]>((resolve, reject) => {
        const id = ++nextId.current;
        const settle = (action: () => void) => {
          if (pending.current?.id !== id) return;
          pending.current = null;
          setRequest(null);
          action();
        };
        const next: Request = {
          id,
          xml,
          diagramId,
          resolve: (steps) => settle(() => resolve(steps)),
          reject: (error) => settle(() => reject(error)),
        };
        pending.current?.reject(new Error('superseded'));
        pending.current = next;
        setRequest(next);
      }),
    [],
  );

  const element = request ? (
    <div aria-hidden="true" style={hiddenStyle}>
      <BpmnCanvas
        key={request.id}
        xml={request.xml}
        diagramId={request.diagramId}
        language={language}
        onStepsRead={request.resolve}
        onError={(message) => request.reject(new Error(message))}
        ariaLabel=""
      />
    </div>
  ) : null;

  return { element, read };
}
