// Which worksheet is open lives in the address (`#open=<id>`), so reloading keeps your place and the
// browser's Back button returns to the list.
import { useEffect, useState } from 'preact/hooks';

function readOpenId(): string | undefined {
  if (typeof location === 'undefined') return undefined;
  // Ids are letters, digits, "-" and "_" (core's idSchema), so nothing else is ever read from the address.
  return /^#open=([A-Za-z0-9_-]{1,64})$/.exec(location.hash)?.[1];
}

/** The open worksheet's id, and a function to open another (or none, for the list). */
export function useOpenWorksheet(): [string | undefined, (id: string | undefined) => void] {
  const [openId, setOpenId] = useState<string | undefined>(readOpenId);
  useEffect(() => {
    const follow = () => {
      setOpenId(readOpenId());
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);
  const open = (id: string | undefined) => {
    history.pushState(null, '', id ? `#open=${id}` : `${location.pathname}${location.search}`);
    setOpenId(id);
  };
  return [openId, open];
}
