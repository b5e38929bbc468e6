/** Test stand-in for the build's `virtual:registry`: the same validated files, read from disk. */
import { toBrief } from '../../src/registry/brief';
import { loadRegistry } from '../../src/registry/load';

const { tools, errors } = loadRegistry();
if (errors.length > 0) throw new Error(`registry is invalid:\n${errors.join('\n')}`);
export const briefs = tools.map(toBrief);
export const loadTools = async () => tools;
/** In memory from the start, so unit tests need not read them first (registry-on-need.test.ts tests the read). */
export const preloaded = tools;
export default tools;
