/**
 * Local HTTPS server that pretends to be real AI sites (and ordinary ones). Chromium maps their names
 * to 127.0.0.1; a throwaway self-signed certificate covers them all. Every request is logged, so tests
 * can prove the extension itself fetched nothing.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tempDir } from '../../support/temp-dir';

export interface LoggedRequest { host: string; path: string }
export interface FakeSites { port: number; url: (host: string, path?: string) => string; requests: LoggedRequest[]; close: () => Promise<void> }

export type PageBody = (host: string, path: string) => string;

const defaultPage: PageBody = (host, path) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${host}${path}</title></head>` +
  `<body><h1>${host}</h1><textarea id="prompt"></textarea></body></html>`;

/** A throwaway self-signed certificate for these host names (and their subdomains). */
export function selfSignedCert(hosts: readonly string[]): { key: Buffer; cert: Buffer } {
  const dir = tempDir('cert');
  const san = hosts.flatMap((h) => [`DNS:${h}`, `DNS:*.${h}`]).join(',');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=ai-origin-test',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-addext', `subjectAltName=${san}`,
  ], { stdio: 'ignore' });
  const pair = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  rmSync(dir, { recursive: true, force: true });
  return pair;
}

export async function startFakeSites(hosts: readonly string[], body: PageBody = defaultPage): Promise<FakeSites> {
  const requests: LoggedRequest[] = [];
  const server: Server = createServer(selfSignedCert(hosts), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = req.url ?? '/';
    requests.push({ host, path });
    if (path === '/favicon.ico') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body(host, path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    url: (host, path = '/') => `https://${host}:${port}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
