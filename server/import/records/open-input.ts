import fs from "node:fs";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { createGunzip } from "node:zlib";

/** The record formats an input file can hold, told by its name (`.csv`, `.json`, each optionally `.gz`). */
export type InputFormat = "csv" | "json";

export interface Input {
  /** The file's base name, as locators and error messages show it. */
  name: string;
  format: InputFormat;
  /** The decompressed text, streamed. */
  stream: Readable;
  /** Size of the file on disk, for the time left. */
  totalBytes: number;
  /** Bytes of the file read so far (compressed bytes for `.gz`). */
  bytesRead(): number;
}

/** Tells a file's record format from its name, or fails with the name in the message. */
export function inputFormat(file: string): InputFormat {
  const name = path.basename(file).toLowerCase().replace(/\.gz$/, "");
  if (name.endsWith(".csv")) return "csv";
  if (name.endsWith(".json")) return "json";
  throw new Error(`import: ${path.basename(file)}: expected a .csv, .json, .csv.gz or .json.gz file`);
}

/**
 * Opens a file for streaming, gunzipping `.gz` on the fly, and counts the bytes read from disk
 * so that progress can show how far through the file the import is.
 */
export function openInput(file: string): Input {
  const format = inputFormat(file);
  const totalBytes = fs.statSync(file).size;
  let bytesRead = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytesRead += chunk.length;
      done(null, chunk);
    },
  });
  const raw = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  let stream: Readable = raw.pipe(counter);
  raw.on("error", (error) => counter.destroy(error));
  if (file.toLowerCase().endsWith(".gz")) {
    const gunzip = createGunzip();
    counter.on("error", (error) => gunzip.destroy(error));
    stream = counter.pipe(gunzip);
  }
  return { name: path.basename(file), format, stream, totalBytes, bytesRead: () => bytesRead };
}
