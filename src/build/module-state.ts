/**
 * Whether a module keeps state at its top level (a `let` or `var`, or a `const` Map, Set, WeakMap,
 * WeakSet, object or array made empty, to be filled later — a set made from a constant list is a
 * constant): such a module must run once per worker, so
 * `background-more.js` takes `background.js`'s copy (worker-split.ts). The rest (pure functions,
 * constants) is bundled into both scripts: handing a module over keeps all its exports in `background.js`.
 */
export function hasModuleState(source: string): boolean {
  return /^(export )?(let|var) /m.test(source) ||
    /^(export )?const \w+(: [^=]+)? = (new (Map|Set|WeakMap|WeakSet)(<[^>]*>)?\(\)|\{\}|\[\])/m.test(source);
}

