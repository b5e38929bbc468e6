declare module 'virtual:registry' {
  const tools: readonly import('./types').Tool[];
  export default tools;
}
