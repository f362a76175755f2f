import type { ChildProcess } from 'node:child_process';

/**
 * What Firefox prints while the add-on runs. With `devtools.console.stdout.content` it prints
 * the console of web pages and of extension pages (the background page included) as
 * "console.error: …"; uncaught errors and rejections come as "JavaScript error: <script>, …".
 */
export class AddonLog {
  /** Everything Firefox printed so far. */
  text = '';

  private readonly append = (chunk: Buffer) => (this.text += chunk.toString());

  constructor(
    private readonly firefox: ChildProcess,
    /** moz-extension://<uuid>/: what names the add-on's own scripts. */
    private readonly origin: string,
  ) {
    firefox.stdout?.on('data', this.append);
    firefox.stderr?.on('data', this.append);
  }

  /** Stops listening: the next test keeps its own log. */
  stop() {
    this.firefox.stdout?.off('data', this.append);
    this.firefox.stderr?.off('data', this.append);
  }

  /**
   * The add-on's uncaught errors and warnings, and every console error or warning of a page
   * (the test pages log nothing, so any such line is the add-on's). Firefox's own modules
   * print theirs behind their name ("console.error: RSLoader: …"); a page's values come
   * quoted or as objects.
   */
  problems(): string[] {
    return this.text
      .split('\n')
      .filter(
        (line) =>
          (/^JavaScript (error|warning):/.test(line) && line.includes(this.origin)) ||
          (/^console\.(error|warn):/.test(line) && !/^console\.\w+: [\w.-]+: /.test(line)),
      );
  }
}
