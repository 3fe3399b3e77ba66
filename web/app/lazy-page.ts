import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * A page whose code is downloaded when it is first shown (a chunk of its own), from a module that
 * exports it by name. Render it inside a Suspense boundary (AppLayout and PublicLayout have one).
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
