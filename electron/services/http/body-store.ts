import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { copyFile, open, rename, rm, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { StudioError } from '../../../shared/ipc/errors';

/** Bodies up to this size stay in memory; larger ones go to a temp file. */
export const DEFAULT_MAX_MEMORY_BYTES = 32 * 1024 * 1024;
/** `readAll()` refuses bodies larger than this unless told otherwise. */
export const DEFAULT_READ_ALL_LIMIT = 64 * 1024 * 1024;

let cleanupRegistered = false;
const DIR_PREFIX = 'connector-studio-';

/** The per-process folder for spilled bodies; removed when the process exits. */
export function bodyTempDir(): string {
  const dir = join(tmpdir(), `${DIR_PREFIX}${process.pid}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    removeStaleDirs();
  }
  return dir;
}

// A process killed by a signal never runs its exit handler, so the next one tidies up after it.
function removeStaleDirs(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.startsWith(DIR_PREFIX) ? name.slice(DIR_PREFIX.length) : NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The complete body of a response, in memory or in a temp file; never truncated. */
export class BodyStore {
  private disposed = false;

  private constructor(
    private readonly memory: Uint8Array | undefined,
    private readonly file: string | undefined,
    readonly size: number,
  ) {}

  /** A store over bytes already in memory. */
  static fromBytes(bytes: Uint8Array): BodyStore {
    return new BodyStore(bytes, undefined, bytes.byteLength);
  }

  /** A store over a temp file this store now owns (deleted on `dispose()`). */
  static fromFile(path: string, size: number): BodyStore {
    return new BodyStore(undefined, path, size);
  }

  /** Whether the body was spilled to a temp file. */
  get isOnDisk(): boolean {
    return this.file !== undefined;
  }

  /** Reads up to `length` bytes from `offset` (fewer only at the end of the body). */
  async readRange(offset: number, length: number): Promise<Uint8Array> {
    this.checkOpen();
    const start = Math.max(0, Math.min(offset, this.size));
    const end = Math.min(this.size, start + Math.max(0, length));
    if (this.memory) return this.memory.subarray(start, end);
    const buffer = Buffer.alloc(end - start);
    const handle = await open(this.file as string, 'r');
    try {
      let done = 0;
      while (done < buffer.length) {
        const { bytesRead } = await handle.read(buffer, done, buffer.length - done, start + done);
        if (bytesRead === 0)
          throw new StudioError('io', 'The stored response body is shorter than expected.');
        done += bytesRead;
      }
    } finally {
      await handle.close();
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
  }

  /** The whole body; refuses (rather than truncates) bodies over `maxBytes`. */
  async readAll(maxBytes = DEFAULT_READ_ALL_LIMIT): Promise<Uint8Array> {
    if (this.size > maxBytes) {
      throw new StudioError(
        'unsupported',
        `The response body is ${this.size} bytes, over the ${maxBytes}-byte limit for reading it whole; save it to a file instead.`,
      );
    }
    return this.readRange(0, this.size);
  }

  /** Writes the whole body to `path` atomically (a temp file beside it, then a rename). */
  async saveTo(path: string): Promise<void> {
    this.checkOpen();
    const temp = join(dirname(path), `.${randomBytes(6).toString('hex')}.partial`);
    try {
      if (this.memory) await writeFile(temp, this.memory);
      else await copyFile(this.file as string, temp);
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      const reason = error instanceof Error ? error.message : String(error);
      throw new StudioError('io', `Could not save the response body to ${path}: ${reason}`);
    }
  }

  /** Releases the body; a temp file is deleted. Safe to call twice. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    if (this.file) await rm(this.file, { force: true });
  }

  private checkOpen(): void {
    if (this.disposed) throw new StudioError('not-found', 'This response body has been released.');
  }
}

/** Collects a body chunk by chunk, spilling to a temp file past `maxMemoryBytes`. */
export class BodyWriter {
  private chunks: Uint8Array[] = [];
  private size = 0;
  private handle: FileHandle | undefined;
  private path: string | undefined;

  constructor(private readonly maxMemoryBytes = DEFAULT_MAX_MEMORY_BYTES) {}

  /** Appends a chunk; awaits the disk when the body has spilled. */
  async write(chunk: Uint8Array): Promise<void> {
    this.size += chunk.byteLength;
    if (!this.handle && this.size > this.maxMemoryBytes) await this.spill();
    if (this.handle) await writeFully(this.handle, chunk);
    else this.chunks.push(chunk);
  }

  /** Completes the body and hands it over as a store. */
  async finish(): Promise<BodyStore> {
    if (!this.handle) return BodyStore.fromBytes(Buffer.concat(this.chunks, this.size));
    await this.handle.close();
    this.handle = undefined;
    return BodyStore.fromFile(this.path as string, this.size);
  }

  /** Drops a partial body (cancel, timeout, network error). */
  async abort(): Promise<void> {
    this.chunks = [];
    await this.handle?.close().catch(() => undefined);
    this.handle = undefined;
    if (this.path) await rm(this.path, { force: true });
  }

  private async spill(): Promise<void> {
    this.path = join(bodyTempDir(), `body-${randomBytes(8).toString('hex')}.bin`);
    this.handle = await open(this.path, 'wx', 0o600);
    const earlier = this.chunks;
    this.chunks = [];
    for (const chunk of earlier) await writeFully(this.handle, chunk);
  }
}

async function writeFully(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  let done = 0;
  while (done < chunk.byteLength) {
    const { bytesWritten } = await handle.write(chunk, done, chunk.byteLength - done);
    done += bytesWritten;
  }
}
