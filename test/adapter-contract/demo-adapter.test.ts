import { DemoAdapter } from '../../src/adapters/demo/demo-adapter.js';
import { describeAdapterContract } from './adapter-contract.js';

describeAdapterContract('DemoAdapter', async (now) => ({ adapter: new DemoAdapter({ now }) }));
