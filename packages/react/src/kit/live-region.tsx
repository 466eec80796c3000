import { type ReactNode, useEffect, useRef, useState } from 'react';
import { visuallyHidden } from './tokens';

/**
 * A polite live region that announces `message` when it changes after the first render
 * (the first value is the page's content, not news). Empty on the server, so hydration
 * matches.
 */
export function LiveRegion({ message }: { message: string }): ReactNode {
  const [said, setSaid] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setSaid(message);
  }, [message]);
  return (
    <div aria-live="polite" aria-atomic="true" data-cl-live="" style={visuallyHidden}>
      {said}
    </div>
  );
}
