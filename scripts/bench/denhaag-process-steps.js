// Den Haag's process steps (React) as a portal would ship them: the component, React and
// react-dom/client in one bundle. Evaluating it registers nothing; `mount` renders a timeline.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Status } from '@gemeente-denhaag/process-steps';

export function mount(container, steps) {
  createRoot(container).render(createElement(Status, { steps }));
}
