// A drop area for files: wraps its children, shows a hint while a file is dragged over it and
// hands the dropped files upward. The keyboard way to the same files is a file picker elsewhere.
import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { carriesFiles } from './strayFileDrops';

export interface FileDropProps {
  onFiles: (files: File[]) => void;
  /** text shown over the area while a file is dragged over it */
  hint: string;
  children: ReactNode;
  className?: string;
}

export function FileDrop({ onFiles, hint, children, className }: FileDropProps) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  return (
    <div
      className={`file-drop${dragging ? ' file-drop--active' : ''}${className ? ` ${className}` : ''}`}
      onDragEnter={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length > 0) onFiles(files);
      }}
    >
      {children}
      {dragging ? (
        <div className="file-drop__hint" aria-hidden="true">
          <p>{hint}</p>
        </div>
      ) : null}
    </div>
  );
}
