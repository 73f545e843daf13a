// The bench writes this module before it builds the floor page (see bench-extension.ts).
declare module 'floor-rows' {
  const rows: unknown[];
  export default rows;
}
