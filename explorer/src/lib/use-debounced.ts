import { useEffect, useState } from "react";

/** The value, updated only after it has been stable for `ms` (search-as-you-type without a request per key). */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}
