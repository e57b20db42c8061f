// Entry point: mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<StrictMode><p>Prozesslotse</p></StrictMode>);
