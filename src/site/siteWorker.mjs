// A page worker of `pathway build-site`. Worker threads start without the tsx loader the CLI runs under, so
// this plain-JavaScript entry registers it and then runs the TypeScript worker (renderShard.ts).
import { register } from 'tsx/esm/api';

register();
await import('./renderShard.ts');
