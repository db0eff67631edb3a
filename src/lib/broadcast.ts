// A message channel between the tabs of this origin (BroadcastChannel). Where the browser has none, messages
// go nowhere and the tab still works on its own.

export interface Channel<T> {
  post(message: T): void;
  close(): void;
}

export function openChannel<T>(name: string, onMessage: (message: T) => void): Channel<T> {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(name);
  // Messages come from other tabs: the receiver checks their shape before trusting them.
  channel.onmessage = (e: MessageEvent) => onMessage(e.data as T);
  return {
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel or an uncloneable message: the other tabs learn of the change on their next load.
      }
    },
    close: () => channel.close(),
  };
}
