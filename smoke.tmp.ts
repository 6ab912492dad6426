import { buildApp } from './test/support/app-build';
import { measureBundle } from './bench/size';
await buildApp({ VITE_COGNITO_REGION: 'us-east-1', VITE_COGNITO_USER_POOL_ID: 'local_abc', VITE_COGNITO_ENDPOINT: 'http://localhost:9229', VITE_COGNITO_DOMAIN: 'http://localhost:9229', VITE_COGNITO_CLIENT_ID: 'abc', VITE_API_URL: 'http://localhost:3001' }, 'test-results/smoke');
const r = measureBundle('test-results/smoke'); console.log(JSON.stringify({...r.signInFirstLoad, js: r.js, chunks: r.jsChunks}), r.topModules.slice(0,12).map(m => `${m.module} ${m.bytes}`).join('\n'));
