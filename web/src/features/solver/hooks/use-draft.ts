// The learner's code for a problem, kept in localStorage per problem so a reload (or a crash)
// never loses it; the starter code until they type.
import { useCallback, useEffect, useRef, useState } from 'react';

const key = (slug: string) => `codementor.draft.${slug}`;

export function readDraft(slug: string): string | null {
  try {
    return localStorage.getItem(key(slug));
  } catch {
    return null;
  }
}

export function useDraft(slug: string, starterCode: string | undefined): [string, (code: string) => void, () => void] {
  const [code, setCode] = useState(() => readDraft(slug) ?? starterCode ?? '');
  const [source, setSource] = useState({ slug, starterCode });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A different problem, or the starter code arriving after the draft was looked up: load its
  // code while rendering (React's "adjusting some state when a prop changes"), not in an effect
  // that would first render the previous problem's code.
  if (source.slug !== slug || source.starterCode !== starterCode) {
    setSource({ slug, starterCode });
    setCode(readDraft(slug) ?? starterCode ?? '');
  }

  const update = useCallback(
    (next: string) => {
      setCode(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        try {
          localStorage.setItem(key(slug), next);
        } catch {
          // Storage full or disabled: the draft lives for this page only.
        }
      }, 250);
    },
    [slug],
  );

  const reset = useCallback(() => {
    clearTimeout(timer.current);
    try {
      localStorage.removeItem(key(slug));
    } catch {
      // ignore
    }
    setCode(starterCode ?? '');
  }, [slug, starterCode]);

  useEffect(() => () => clearTimeout(timer.current), []);
  return [code, update, reset];
}
