import { type ComponentType, createElement, type ReactNode, use } from 'react';

// A view whose code loads when first needed, and can be loaded ahead (`preload`): the panel loads the
// first view's code before its first render, so nothing suspends there (React holds a revealed
// Suspense boundary back for up to 300 ms, which tripled the time to the first contact list).

export interface LazyView<P> {
  (props: P): ReactNode;
  preload(): Promise<void>;
}

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = () => {
    pending ??= load().then((component) => {
      loaded = component;
    });
    return pending;
  };
  // biome-ignore lint/correctness/noComponentHookFactories: made once per view at module level, as React.lazy makes its components.
  const View = (props: P): ReactNode => {
    // Not loaded yet: suspend on the one shared load, then render it.
    if (!loaded) use(preload());
    return loaded ? createElement(loaded, props) : null;
  };
  return Object.assign(View, { preload });
}
