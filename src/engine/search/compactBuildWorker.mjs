// Entry of a build worker thread (compactBuildWorkers.ts starts it): the worker is TypeScript, and a
// new thread has no loader for it, whatever runs the main thread (tsx, vitest), so tsx is registered
// here before the worker module is imported. tsx keeps its transforms on disk: later starts are quick.
import { register } from 'tsx/esm/api';

register();
await import('./compactBuildWorker.ts');
