/** `privrec lsp`: the Language Server on standard input and output (src/lsp/server.ts). */
export async function runLsp(): Promise<number> {
  const { startServer } = await import('../lsp/server.js');
  startServer();
  // The server runs until the client closes the connection; it ends the process itself.
  return new Promise<number>(() => {});
}
