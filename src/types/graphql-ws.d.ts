// graphql-ws publishes its WebSocket adapter only through package.json "exports", which this project's
// "node" module resolution does not read; point the type checker at the same file Node loads.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
