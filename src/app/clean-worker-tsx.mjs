// The clean worker's entry when roleprint runs from its TypeScript sources: worker threads do not inherit the main
// thread's tsx hooks, so the worker registers them itself (tsx is a dev dependency; the compiled build needs none).
import { register } from 'tsx/esm/api';

register();
await import('./clean-worker.ts');
