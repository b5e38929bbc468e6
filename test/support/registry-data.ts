/** Test stand-in for the build's `virtual:registry`: the same validated files, read from disk. */
import { toBrief } from '../../src/registry/brief';
import { packBriefs } from '../../src/registry/packed-briefs';
import { runtimeEntry } from '../../src/registry/runtime-entry';
import { loadRegistry } from '../../src/registry/load';

const { tools, errors } = loadRegistry();
if (errors.length > 0) throw new Error(`registry is invalid:\n${errors.join('\n')}`);
export const briefs = tools.map(toBrief);
export const packedBriefs = packBriefs(briefs);
/** As the build's registry.json holds them (without quotes and notes). */
const entries = tools.map(runtimeEntry);
export const loadTools = async () => entries;
/** In memory from the start, so unit tests need not read them first (registry-on-need.test.ts tests the read). */
export const preloaded = entries;
export default tools;
