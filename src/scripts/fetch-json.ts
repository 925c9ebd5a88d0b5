/** JSON fetched from the same origin, once per URL. */
const requests = new Map<string, Promise<unknown>>();

/** Fetches `url` once: later calls share the request. One that fails is forgotten, so the next call tries again. */
export function fetchJson<T>(url: string): Promise<T> {
  let pending = requests.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<T>;
    });
    pending.catch(() => requests.delete(url));
    requests.set(url, pending);
  }
  return pending;
}
