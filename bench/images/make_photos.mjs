// Makes deterministic photo-like test pictures for bench/images.sh: 4000 × 3000 JPEGs (quality 90, 4:2:0) with
// camera EXIF including GPS, as a phone would take them. Encoding time depends on what is in the picture, so flat
// synthetic images would flatter every encoder: each picture is a drawn scene (sky, hills, buildings, trees),
// textured with fractal noise over every scale from a few pixels to a third of the frame (photos have detail at
// every scale) and sensor-like grain. Everything comes from one seeded generator per picture, so the same
// number always gives the same bytes (same sharp and libvips versions).
//   node bench/images/make_photos.mjs OUT_DIR [COUNT]        default 200; existing files are kept
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const [outDir, countText = "200"] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node make_photos.mjs OUT_DIR [COUNT]");
  process.exit(2);
}
const count = Number(countText);
const W = 4000, H = 3000;
fs.mkdirSync(outDir, { recursive: true });
// Two pictures at a time: one per core on the benchmark machine, and memory stays under a gigabyte.
sharp.concurrency(1);

/** mulberry32: small, fast and good enough for textures; the seed makes every picture reproducible. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The scene as SVG (rendered by librsvg inside sharp): the large shapes and colour areas of a photo. */
function scene(rnd) {
  const hue = Math.floor(rnd() * 360);
  const c = (h, s, l) => `hsl(${(h + 360) % 360},${s}%,${l}%)`;
  const parts = [];
  const horizon = 1100 + rnd() * 900;
  parts.push(`<defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="${c(hue + 200, 55, 35 + rnd() * 20)}"/><stop offset="1" stop-color="${c(hue + 180, 40, 75 + rnd() * 15)}"/></linearGradient>
    <linearGradient id="ground" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${c(hue + 90, 35, 40)}"/><stop offset="1" stop-color="${c(hue + 40, 30, 18)}"/></linearGradient>
    <radialGradient id="light" cx="${0.2 + rnd() * 0.6}" cy="${0.1 + rnd() * 0.2}" r="0.7"><stop offset="0" stop-color="#fff" stop-opacity="0.45"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
  </defs>`);
  parts.push(`<rect width="${W}" height="${H}" fill="url(#sky)"/>`);
  // Clouds: soft ellipses.
  for (let i = 0; i < 12; i++) {
    parts.push(`<ellipse cx="${rnd() * W}" cy="${rnd() * horizon * 0.7}" rx="${150 + rnd() * 500}" ry="${40 + rnd() * 120}" fill="#fff" fill-opacity="${0.15 + rnd() * 0.35}"/>`);
  }
  // Hills: three ranges of jagged ridges, farther ones lighter.
  for (let range = 0; range < 3; range++) {
    let d = `M0 ${H} L0 ${horizon - 300 + range * 200}`;
    for (let x = 0; x <= W; x += 80 + rnd() * 120) {
      d += ` L${x.toFixed(0)} ${(horizon - 350 + range * 220 + (rnd() - 0.5) * 260).toFixed(0)}`;
    }
    d += ` L${W} ${H} Z`;
    parts.push(`<path d="${d}" fill="${c(hue + 100 + range * 15, 30 + range * 5, 55 - range * 12)}"/>`);
  }
  parts.push(`<rect y="${horizon + 300}" width="${W}" height="${H - horizon}" fill="url(#ground)"/>`);
  // Buildings with rows of windows: hard edges, as in street photos.
  const buildings = 4 + Math.floor(rnd() * 8);
  for (let b = 0; b < buildings; b++) {
    const bw = 200 + rnd() * 500, bh = 400 + rnd() * 1200, bx = rnd() * (W - bw), by = horizon + 500 - bh + rnd() * 300;
    parts.push(`<rect x="${bx}" y="${by}" width="${bw}" height="${bh}" fill="${c(hue + rnd() * 60, 10 + rnd() * 30, 30 + rnd() * 50)}"/>`);
    for (let wy = by + 40; wy < by + bh - 80; wy += 90) {
      for (let wx = bx + 30; wx < bx + bw - 60; wx += 80) {
        parts.push(`<rect x="${wx.toFixed(0)}" y="${wy.toFixed(0)}" width="40" height="55" fill="${c(hue + 200, 20, 15 + rnd() * 60)}"/>`);
      }
    }
  }
  // Trees and people-sized blobs in the foreground.
  for (let t = 0; t < 40; t++) {
    const tx = rnd() * W, ty = horizon + 300 + rnd() * (H - horizon - 300), r = 60 + rnd() * 260;
    parts.push(`<rect x="${tx - r * 0.08}" y="${ty}" width="${r * 0.16}" height="${r * 1.2}" fill="${c(hue + 20, 30, 20)}"/>`);
    parts.push(`<circle cx="${tx}" cy="${ty}" r="${r}" fill="${c(hue + 80 + rnd() * 60, 35 + rnd() * 30, 20 + rnd() * 30)}"/>`);
  }
  parts.push(`<rect width="${W}" height="${H}" fill="url(#light)"/>`);
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${parts.join("")}</svg>`);
}

/**
 * Fractal value noise, three channels, at a quarter of the size: octaves from a 16-pixel lattice to a 1000-pixel
 * one (at full size), each half as strong as the next coarser one. Enlarged smoothly, it gives the mid and coarse
 * texture of foliage, walls and ground that makes up most of a photo's bytes.
 */
function fractal(rnd, w, h) {
  const out = new Float32Array(w * h * 3);
  for (let cell = 256; cell >= 4; cell /= 2) {
    const gw = Math.ceil(w / cell) + 2, gh = Math.ceil(h / cell) + 2;
    const weight = Math.pow(cell / 256, 0.55);
    for (let ch = 0; ch < 3; ch++) {
      const grid = new Float32Array(gw * gh);
      for (let i = 0; i < grid.length; i++) grid[i] = rnd() - 0.5;
      for (let y = 0; y < h; y++) {
        const gy = y / cell, y0 = Math.floor(gy), fy = gy - y0, sy = fy * fy * (3 - 2 * fy);
        for (let x = 0; x < w; x++) {
          const gx = x / cell, x0 = Math.floor(gx), fx = gx - x0, sx = fx * fx * (3 - 2 * fx);
          const a = grid[y0 * gw + x0], b = grid[y0 * gw + x0 + 1], c = grid[(y0 + 1) * gw + x0], d = grid[(y0 + 1) * gw + x0 + 1];
          out[(y * w + x) * 3 + ch] += weight * (a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy);
        }
      }
    }
  }
  const bytes = Buffer.alloc(w * h * 3);
  // Mostly shared between channels (brightness texture), a little per channel (colour variation).
  for (let i = 0; i < w * h; i++) {
    const mean = (out[i * 3] + out[i * 3 + 1] + out[i * 3 + 2]) / 3;
    for (let ch = 0; ch < 3; ch++) {
      const v = 128 + 220 * (0.75 * mean + 0.25 * out[i * 3 + ch]);
      bytes[i * 3 + ch] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
  }
  return bytes;
}

/** Sensor grain at full size: roughly Gaussian (sum of three uniforms), one value for all three channels. */
function grain(rnd, w, h, sigma) {
  const bytes = Buffer.alloc(w * h);
  const scale = sigma * 2; // the sum of three uniforms in [-0.5, 0.5] has a standard deviation of 0.5
  for (let i = 0; i < bytes.length; i++) {
    const v = 128 + scale * (rnd() + rnd() + rnd() - 1.5);
    bytes[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return bytes;
}

/** EXIF of a phone camera, with GPS (IFD3), as the photos editors upload carry it: InfoSiteGen must strip it. */
function exif(n, rnd) {
  const lat = 20.5 + rnd(), lon = 105.2 + rnd();
  const dms = (v) => {
    const d = Math.floor(v), m = Math.floor((v - d) * 60), s = Math.round(((v - d) * 60 - m) * 60 * 100);
    return `${d}/1 ${m}/1 ${s}/100`;
  };
  const day = String(1 + (n % 28)).padStart(2, "0");
  return {
    IFD0: { Make: "BenchPhone", Model: "BP-12", Software: "bench/images/make_photos.mjs", DateTime: `2023:11:${day} 09:30:00` },
    IFD2: { DateTimeOriginal: `2023:11:${day} 09:30:00`, ExposureTime: "1/120", FNumber: "18/10", ISOSpeedRatings: "100" },
    IFD3: { GPSLatitudeRef: "N", GPSLatitude: dms(lat), GPSLongitudeRef: "E", GPSLongitude: dms(lon), GPSAltitudeRef: "0", GPSAltitude: "12/1" },
  };
}

async function make(n) {
  const file = path.join(outDir, `photo-${String(n).padStart(3, "0")}.jpg`);
  if (fs.existsSync(file)) return false;
  const rnd = random(0x9e3779b9 ^ (n * 2654435761));
  const [qw, qh] = [W / 4, H / 4];
  const texture = await sharp(fractal(rnd, qw, qh), { raw: { width: qw, height: qh, channels: 3 } })
    .resize(W, H, { kernel: "cubic" }).raw().toBuffer();
  // Fine detail at two or three pixels (leaves, gravel, fabric), which a photo has and grain alone is not.
  const fine = await sharp(grain(rnd, W / 2, H / 2, 14), { raw: { width: W / 2, height: H / 2, channels: 1 } })
    .resize(W, H, { kernel: "cubic" }).raw().toBuffer();
  // Composite leaves an alpha channel; a photo has none.
  const picture = await sharp(scene(rnd))
    .composite([
      { input: texture, raw: { width: W, height: H, channels: 3 }, blend: "soft-light" },
      { input: fine, raw: { width: W, height: H, channels: 1 }, blend: "soft-light" },
      { input: grain(rnd, W, H, 8), raw: { width: W, height: H, channels: 1 }, blend: "soft-light" },
    ])
    .removeAlpha().raw().toBuffer();
  // Written aside and renamed: a generation stopped halfway never leaves a truncated photo in the corpus.
  await sharp(picture, { raw: { width: W, height: H, channels: 3 } })
    .withExif(exif(n, rnd))
    .jpeg({ quality: 90, chromaSubsampling: "4:2:0" })
    .toFile(file + ".tmp");
  fs.renameSync(file + ".tmp", file);
  return true;
}

const todo = Array.from({ length: count }, (_, i) => i + 1);
let made = 0;
async function worker() {
  for (let n = todo.shift(); n !== undefined; n = todo.shift()) {
    if (await make(n)) made++;
  }
}
await Promise.all([worker(), worker()]);
console.log(`${made} photos made, ${count - made} already there, in ${outDir}`);
