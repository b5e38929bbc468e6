/** Test stand-in for the build's `virtual:registry`: the same validated files, read from disk. */
import { loadRegistry } from '../../src/registry/load';

const { tools, errors } = loadRegistry();
if (errors.length > 0) throw new Error(`registry is invalid:\n${errors.join('\n')}`);
export default tools;
