// Facts about words and names recur across articles (the same people, the same vocabulary),
// so pure functions of a string are memoised; the table is emptied when full, so a long
// editing session's memory stays bounded. Per-token facts use TokenMemo instead.

/** `f` memoised by its argument, holding at most `max` strings. */
export function memoByString<T>(f: (s: string) => T, max: number): (s: string) => T {
  const values = new Map<string, T>();
  return s => {
    let v = values.get(s);
    if (v === undefined) {
      if (values.size >= max) values.clear();
      v = f(s);
      values.set(s, v);
    }
    return v;
  };
}
