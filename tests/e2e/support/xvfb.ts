import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface VirtualDisplay {
  display: string;
  server: ChildProcess;
}

/** Starts a virtual X display; Xvfb picks a free number itself and writes it to fd 3. */
export async function startXvfb(): Promise<VirtualDisplay> {
  const server = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
  );
  const [number] = await once(server.stdio[3]!, 'data');
  return { display: `:${String(number).trim()}`, server };
}
