// The comparison of bench/images.sh: @11ty/eleventy-img (which runs sharp, on the same libvips as InfoSiteGen's
// NetVips) makes the copies InfoSiteGen makes of every photo — 480, 800, 1200 and 1600 pixels wide, never wider than
// the photo, in WebP (quality 80, effort 4) and JPEG (quality 80, progressive, optimised Huffman tables) — with its
// caches off, so every copy is decoded and encoded in this run, and with its default concurrency.
//   node bench/images/eleventy_img.mjs PHOTOS_DIR OUT_DIR        prints one line: photos, copies, bytes, concurrency
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import sharp from "sharp";
import Image from "@11ty/eleventy-img";

const [photosDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node eleventy_img.mjs PHOTOS_DIR OUT_DIR");
  process.exit(2);
}
const photos = fs.readdirSync(photosDir).filter((f) => f.endsWith(".jpg")).sort().map((f) => path.join(photosDir, f));

const options = {
  widths: [480, 800, 1200, 1600],
  formats: ["webp", "jpeg"],
  outputDir: outDir,
  // No in-memory or disk cache: a first build, as InfoSiteGen's with an empty picture cache.
  useCache: false,
  // sharp's defaults are already quality 80 and effort 4 for WebP, quality 80 and optimised coding for JPEG; stated
  // so that a change of defaults cannot change the comparison. Progressive, as InfoSiteGen's JPEGs.
  sharpWebpOptions: { quality: 80, effort: 4 },
  sharpJpegOptions: { quality: 80, progressive: true, optimiseCoding: true },
  // sharp drops EXIF (and with it GPS) unless told to keep it; eleventy-img keeps only the ICC profile, and these
  // photos have none, so the copies carry no metadata, as InfoSiteGen's.
};

// All photos at once, as a site build hands them over: eleventy-img's own queue decides how many run together.
const results = await Promise.all(photos.map((photo) => Image(photo, options)));
let copies = 0, bytes = 0;
for (const result of results) {
  for (const format of Object.values(result)) {
    for (const copy of format) {
      copies++;
      bytes += copy.size;
    }
  }
}
// Concurrency: photos eleventy-img processes at once; sharp's threads per operation (libvips); libuv's pool, which
// runs sharp's operations (UV_THREADPOOL_SIZE, default 4).
console.log(`${photos.length} photos, ${copies} copies, ${bytes} bytes; concurrency: eleventy-img ${Image.concurrency} photos, ` +
  `sharp ${sharp.concurrency()} thread(s) per operation, libuv pool ${process.env.UV_THREADPOOL_SIZE ?? 4}; ${os.availableParallelism()} cores`);
