// createListenerSet: subscribers are told of changes in order, an unsubscribed one no more, and
// clear() drops them all.
import { describe, expect, it } from 'vitest';
import { createListenerSet } from './listenerSet';

describe('createListenerSet', () => {
  it('given two listeners, when notified, then both get the arguments in the order they subscribed', () => {
    const listeners = createListenerSet<[string, number]>();
    const heard: string[] = [];
    listeners.subscribe((word, count) => heard.push(`a:${word}${count}`));
    listeners.subscribe((word, count) => heard.push(`b:${word}${count}`));

    listeners.notify('x', 1);

    expect(heard).toEqual(['a:x1', 'b:x1']);
  });

  it('given an unsubscribed listener, when notified, then only the others hear it', () => {
    const listeners = createListenerSet();
    const heard: string[] = [];
    const stop = listeners.subscribe(() => heard.push('gone'));
    listeners.subscribe(() => heard.push('kept'));

    stop();
    listeners.notify();

    expect(heard).toEqual(['kept']);
  });

  it('given listeners, when cleared, then a notification reaches nobody', () => {
    const listeners = createListenerSet();
    let calls = 0;
    listeners.subscribe(() => calls++);

    listeners.clear();
    listeners.notify();

    expect(calls).toBe(0);
  });
});
