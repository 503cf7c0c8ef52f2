/**
 * A folder of the temp directory that keeps build outputs across builds under the hash of what
 * makes them (the PNG exports, the font cuts): a fresh machine (CI) starts empty and makes them
 * all, and the files are the same either way. A leaf.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The bytes kept as `name` in the temp folder `folder`, made (and kept) if missing. */
export async function cachedFile(folder: string, name: string, make: () => Buffer | Promise<Buffer>): Promise<Buffer> {
  const dir = join(tmpdir(), folder);
  const file = join(dir, name);
  try {
    return readFileSync(file);
  } catch {
    const bytes = await make();
    try {
      mkdirSync(dir, { recursive: true });
      // Written whole then renamed, so a build that reads it never sees half a file.
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, bytes);
      renameSync(part, file);
    } catch {
      // A cache that cannot be written only costs time.
    }
    return bytes;
  }
}
